/* test_extract.c — extraction over small pages: each test is one markup
 * variation from issue 2 (labels in th/font/b, markers by image, symbol or
 * emphasis, unclosed tags, layouts, missing sections, odd values). */
#include "parse/extract.h"
#include "parse/parse.h"
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

static void
parse_html(const char *html, struct bulletin *b)
{
	struct parse_opts o;
	char err[256];

	parse_opts_init(&o);
	o.isolate = 0;
	o.charset = "utf-8";
	ck_assert_int_eq(parse_page((const unsigned char *)html, strlen(html), &o, b, err, sizeof err), 0);
}

static int
has_warning(const struct bulletin *b, const char *part)
{
	for (size_t i = 0; i < b->warnings.n; i++)
		if (strstr(b->warnings.v[i], part))
			return 1;
	return 0;
}

#define HEAD "<html><head><title>t</title></head><body>"

/* Labels in <TH>, upper case, unclosed TD/TR; ● / ○ text markers. */
START_TEST(th_labels_unclosed_symbols)
{
	struct bulletin b;

	parse_html(HEAD "<TABLE BORDER=1><TR><TH>深刻度<TD>○1(緊急)<BR>●2(重要)<BR>○3(警告)<BR>○4(注意)"
	           "<TR><TH>攻撃コードの有無<TD>あり"
	           "<TR><TH>再起動の必要性<TD>必要(アプリケーションがすべて終了している場合は不要)"
	           "<TR><TH>アンインストール<TD>不可"
	           "<TR><TH>対象環境<TD>●サーバ<BR>○クライアント"
	           "<TR><TH>脆弱性識別番号<TD>MS05-048/907245/901017/906780</TABLE>"
	           "<P>見出し<P>(Official title)", &b);
	ck_assert_int_eq(b.kind, BULLETIN_ALERT);
	ck_assert_int_eq(b.severity, 2);
	ck_assert_int_eq(b.exploit_code, TRI_TRUE);
	ck_assert_int_eq(b.reboot_required, TRI_TRUE);
	ck_assert_str_eq(b.reboot, "必要(アプリケーションがすべて終了している場合は不要)");
	ck_assert_int_eq(b.uninstall, TRI_FALSE);
	ck_assert_uint_eq(b.targets, TARGET_SERVER);
	ck_assert_str_eq(b.id, "MS05-048");
	ck_assert_int_eq(b.kb.n, 3);
	ck_assert_str_eq(b.title, "見出し");
	ck_assert_str_eq(b.official_title, "Official title");
	ck_assert_int_eq(b.warnings.n, 0);
	bulletin_free(&b);
}
END_TEST

/* Image without alt in its own cell marks the option in its row; labels
 * in <td><font><b>; nested layout tables. */
START_TEST(image_cell_marker_nested_layout)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td><table><tr><td><font color=white><b>深刻度</b></font></td><td>"
	           "<table><tr><td>&nbsp;&nbsp;</td><td>1(緊急)</td></tr>"
	           "<tr><td>&nbsp;&nbsp;</td><td>2(重要)</td></tr>"
	           "<tr><td><img src=on.gif></td><td>3(警告)</td></tr>"
	           "<tr><td><img src=sp.gif width=1 height=1></td><td>4(注意)</td></tr></table>"
	           "</td></tr><tr><td><font><b>アンインストール</b></font></td><td><img src=ok.gif alt=\"可\"></td></tr>"
	           "<tr><td><b>対象環境</b></td><td><img src=c.gif alt=\"選択\">サーバ<br><img src=c.gif alt=\"○\">クライアント</td></tr>"
	           "</table></td></tr></table>", &b);
	ck_assert_int_eq(b.severity, 3);
	ck_assert_int_eq(b.uninstall, TRI_TRUE);
	ck_assert_uint_eq(b.targets, TARGET_SERVER);
	bulletin_free(&b);
}
END_TEST

/* Options in one row: an image cell before the chosen one. */
START_TEST(image_cell_same_row)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td>深刻度</td><td></td><td>1(緊急)</td><td><img src=x.gif alt=\"●\"></td>"
	           "<td>2(重要)</td><td></td><td>3(警告)</td><td></td><td>4(注意)</td></tr></table>", &b);
	ck_assert_int_eq(b.severity, 2);
	bulletin_free(&b);
}
END_TEST

/* The severity printed only as an image of the chosen level. */
START_TEST(image_is_the_option)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td>深刻度</td><td><img src=lv2.gif alt=\"2(重要)\"></td></tr>"
	           "<tr><td>対象環境</td><td>Windows</td></tr></table>", &b);
	ck_assert_int_eq(b.severity, 2);
	ck_assert(has_warning(&b, "対象環境: no known option"));
	bulletin_free(&b);
}
END_TEST

/* One row per option, the image after the option it marks. */
START_TEST(image_after_option)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td>深刻度</td><td><table>"
	           "<tr><td>1(緊急)</td><td></td></tr><tr><td>2(重要)</td><td><img src=a.gif></td></tr>"
	           "<tr><td>3(警告)</td><td></td></tr><tr><td>4(注意)</td><td></td></tr>"
	           "</table></td></tr></table>", &b);
	ck_assert_int_eq(b.severity, 2);
	bulletin_free(&b);
}
END_TEST

/* Emphasis singles out the choice; → marker; full-width and kanji dates. */
START_TEST(emphasis_and_arrow)
{
	struct bulletin b;

	parse_html(HEAD "<p>HotFix Alert:<br>２００５<br>/０８/１１日版</p>"
	           "<p>【登録日】２００５/０８/１０<br>【更新日】2005年8月11日</p>"
	           "<table><tr><td>深刻度</td><td>1(緊急)<br><b>2(重要)</b><br>3(警告)<br>4(注意)</td></tr>"
	           "<tr><td>対象環境</td><td>サーバ<br>→クライアント</td></tr></table>", &b);
	ck_assert_int_eq(b.severity, 2);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	ck_assert_str_eq(b.edition, "2005-08-11");
	ck_assert_str_eq(b.registered, "2005-08-10");
	ck_assert_str_eq(b.updated, "2005-08-11");
	bulletin_free(&b);
}
END_TEST

/* No marker, or two: a warning, never a guess. */
START_TEST(unmarked_and_ambiguous)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td>深刻度</td><td>1(緊急)<br>2(重要)<br>3(警告)<br>4(注意)</td></tr>"
	           "<tr><td>再起動の必要性</td><td>場合による</td></tr></table>", &b);
	ck_assert_int_eq(b.severity, 0);
	ck_assert(has_warning(&b, "深刻度: 4 options, none differs from the others (all plain text)"));
	ck_assert_int_eq(b.reboot_required, TRI_NULL);
	ck_assert_str_eq(b.reboot, "場合による");
	ck_assert(has_warning(&b, "再起動の必要性"));
	bulletin_free(&b);
	parse_html(HEAD "<table><tr><td>深刻度</td><td>●1(緊急)<br>●2(重要)<br>3(警告)</td></tr></table>", &b);
	ck_assert_int_eq(b.severity, 0);
	ck_assert(has_warning(&b, "2 options are marked"));
	bulletin_free(&b);
	/* several options on one line, the marker on a later one */
	parse_html(HEAD "<table><tr><td>深刻度</td><td>1(緊急)&nbsp; →2(重要)　3(警告) 4(注意)</td></tr>"
	           "<tr><td>対象環境</td><td>●サーバ ●クライアント</td></tr></table>", &b);
	ck_assert_int_eq(b.severity, 2);
	ck_assert_uint_eq(b.targets, TARGET_SERVER | TARGET_CLIENT);
	bulletin_free(&b);
	/* a value naming several: all of them (targets) or a warning (severity) */
	parse_html(HEAD "<dl><dt>深刻度<dd>緊急/重要<dt>対象環境<dd>サーバ/クライアント</dl>", &b);
	ck_assert_int_eq(b.severity, 0);
	ck_assert(has_warning(&b, "深刻度: 2 options are marked"));
	ck_assert_uint_eq(b.targets, TARGET_SERVER | TARGET_CLIENT);
	bulletin_free(&b);
}
END_TEST

/* Yes/no values: the verdict as a whole word, negations winning. */
START_TEST(yesno_whole_values)
{
	static const struct { const char *v; enum yesno_field f; enum tristate want; int understood; } cases[] = {
		{ "公開されていない", YN_EXPLOIT, TRI_FALSE, 1 },
		{ "公開されています", YN_EXPLOIT, TRI_TRUE, 1 },
		{ "公開", YN_EXPLOIT, TRI_TRUE, 1 },
		{ "未公開", YN_EXPLOIT, TRI_FALSE, 1 },
		{ "確認されていない", YN_EXPLOIT, TRI_FALSE, 1 },
		{ "ありません", YN_EXPLOIT, TRI_FALSE, 1 },
		{ "あり(既に悪用を確認)", YN_EXPLOIT, TRI_TRUE, 1 },
		{ "無", YN_EXPLOIT, TRI_FALSE, 1 },
		{ "不明", YN_EXPLOIT, TRI_NULL, 1 },
		{ "必要(アプリケーションがすべて終了している場合は不要)", YN_REBOOT, TRI_TRUE, 1 },
		{ "不要", YN_REBOOT, TRI_FALSE, 1 },
		{ "必要なし", YN_REBOOT, TRI_FALSE, 1 },
		{ "再起動が必要です", YN_REBOOT, TRI_TRUE, 1 },
		{ "可能", YN_UNINSTALL, TRI_TRUE, 1 },
		{ "不可", YN_UNINSTALL, TRI_FALSE, 1 },
		{ "できません", YN_UNINSTALL, TRI_FALSE, 1 },
		{ "可", YN_REBOOT, TRI_NULL, 0 },           /* another field's word */
		{ "場合による", YN_REBOOT, TRI_NULL, 0 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		int understood = -1;
		enum tristate r = yesno_read(cases[i].v, cases[i].f, &understood);
		ck_assert_msg(r == cases[i].want && understood == cases[i].understood,
		              "%s: got %d (understood %d)", cases[i].v, r, understood);
	}
}
END_TEST

/* A label wrapped in its cell; the title in a one-cell row of the table. */
START_TEST(wrapped_label_title_in_table)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td>再起動の<br>必要性</td><td>不要</td></tr>"
	           "<tr><td>脆弱性識別番号</td><td>MS05-039/899588</td></tr>"
	           "<tr><td colspan=2><b>見出しの行</b><br>(公式の題名)</td></tr></table>"
	           "<p>緊急対応度:適用作業の早期開始</p><p>本文。</p>", &b);
	ck_assert_int_eq(b.reboot_required, TRI_FALSE);
	ck_assert_str_eq(b.reboot, "不要");
	ck_assert_str_eq(b.title, "見出しの行");
	ck_assert_str_eq(b.official_title, "公式の題名");
	ck_assert_str_eq(b.urgency, "適用作業の早期開始");
	ck_assert_str_eq(b.summary, "本文。");
	bulletin_free(&b);
}
END_TEST

/* Labels in a top row, values in the row below. */
START_TEST(labels_above_values)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><th>対策</th><th>攻撃コードの有無</th><th>再起動の必要性</th>"
	           "<th>脆弱性識別番号</th></tr>"
	           "<tr><td>早期適用</td><td>なし</td><td>不要</td><td>MS05-039/899588</td></tr></table>", &b);
	ck_assert_str_eq(b.action, "早期適用");
	ck_assert_int_eq(b.exploit_code, TRI_FALSE);
	ck_assert_int_eq(b.reboot_required, TRI_FALSE);
	bulletin_free(&b);
}
END_TEST

/* A typo id is normalized once, with one warning; missing sections are
 * simply empty. */
START_TEST(typo_id_missing_sections)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td>脆弱性識別番号</td><td>MS04-26/842436</td></tr></table>"
	           "<p>見出し</p><p>本文 MS04-26 MS05-019</p>", &b);
	ck_assert_str_eq(b.id, "MS04-026");
	ck_assert_int_eq(b.ids.n, 2);
	ck_assert_str_eq(b.ids.v[1], "MS05-019");
	ck_assert_int_eq(b.warnings.n, 1);
	ck_assert_str_eq(b.warnings.v[0], "MS04-26 normalized to MS04-026");
	ck_assert_int_eq(b.packages.n, 0);
	ck_assert_ptr_null(b.overview);
	bulletin_free(&b);
}
END_TEST

/* File tables: sizes, folders, a bad size is a warning naming the value. */
START_TEST(file_tables)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td>脆弱性識別番号</td><td>MS05-039/899588</td></tr></table>"
	           "<p>t</p><p>‥‥‥ 適用されるファイル情報 ‥‥‥</p><p>Windows XP SP2:</p>"
	           "<table><tr><td>ファイル名<td>日付<td>バージョン<td>サイズ"
	           "<tr><td>a.exe<td>2005/07/01<td>1.0.0.0<td>５８１,３６０</table>"
	           "<table><tr><td>ファイル名<td>日付<td>バージョン<td>サイズ<td>機能"
	           "<tr><td>展開フォルダ<br>(SP2GDR)<td colspan=4>%SystemRoot%\\system32\\"
	           "<tr><td>b.dll<td>2005/06/30<td>5.1<td>51B,136<td>Service</table>"
	           "<p>‥‥‥ 予想適用時間 ‥‥‥</p>"
	           "<table><tr><td>修正プログラム名<td>50台<td>500台"
	           "<tr><td>a.exe<br>(Windows XP SP2)<td>18分<td>1時間34分</table>", &b);
	ck_assert_int_eq(b.packages.n, 1);
	ck_assert_str_eq(b.packages.v[0].platform, "Windows XP SP2");
	ck_assert_int_eq(b.packages.v[0].size, 581360);
	ck_assert_int_eq(b.packages.v[0].files.n, 1);
	ck_assert_str_eq(b.packages.v[0].files.v[0].folder, "SP2GDR");
	ck_assert_str_eq(b.packages.v[0].files.v[0].path, "%SystemRoot%\\system32\\");
	ck_assert_int_eq(b.packages.v[0].files.v[0].size, -1);
	ck_assert(has_warning(&b, "size \"51B,136\" is not a number"));
	ck_assert_int_eq(b.deploy_time.n, 1);
	ck_assert_str_eq(b.deploy_time.v[0].platform, "Windows XP SP2");
	ck_assert_int_eq(b.deploy_time.v[0].minutes.n, 2);
	ck_assert_int_eq(b.deploy_time.v[0].minutes.v[1].hosts, 500);
	ck_assert_int_eq(b.deploy_time.v[0].minutes.v[1].minutes, 94);
	bulletin_free(&b);
}
END_TEST

/* File tables: columns found by their header words, in any order, with
 * an extra column; a table without バージョン leaves version null. */
START_TEST(file_columns_by_header)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td>脆弱性識別番号</td><td>MS05-039/899588</td></tr></table>"
	           "<p>t</p><p>‥‥‥ 適用されるファイル情報 ‥‥‥</p><p>Windows XP SP2:</p>"
	           "<table><tr><td>サイズ<td>ファイル名<td>言語<td>日付"
	           "<tr><td>581,360<td>a.exe<td>日本語<td>2005/07/01</table>"
	           "<table><tr><td>機能<td>バージョン<td>ファイル名<td>日付<td>サイズ"
	           "<tr><td>展開フォルダ<br>(SP2GDR)<td colspan=4>%SystemRoot%\\system32\\"
	           "<tr><td>Service<td>5.1<td>b.dll<td>2005/06/30<td>51,136</table>", &b);
	ck_assert_int_eq(b.packages.n, 1);
	ck_assert_str_eq(b.packages.v[0].file, "a.exe");
	ck_assert_str_eq(b.packages.v[0].date, "2005-07-01");
	ck_assert_ptr_null(b.packages.v[0].version);
	ck_assert_int_eq(b.packages.v[0].size, 581360);
	ck_assert_int_eq(b.packages.v[0].files.n, 1);
	ck_assert_str_eq(b.packages.v[0].files.v[0].name, "b.dll");
	ck_assert_str_eq(b.packages.v[0].files.v[0].version, "5.1");
	ck_assert_str_eq(b.packages.v[0].files.v[0].date, "2005-06-30");
	ck_assert_int_eq(b.packages.v[0].files.v[0].size, 51136);
	ck_assert_str_eq(b.packages.v[0].files.v[0].description, "Service");
	ck_assert_int_eq(b.warnings.n, 0);
	bulletin_free(&b);
}
END_TEST

/* The choice is the odd one out among siblings, whatever carries it. */
#define CHOICE(sev, tgt) HEAD "<table><tr><td>深刻度</td><td>" sev "</td></tr>" \
	"<tr><td>対象環境</td><td>" tgt "</td></tr></table>"

START_TEST(odd_one_out)
{
	struct bulletin b;

	/* a class word nobody knows: the one differing from three alike */
	parse_html(CHOICE("<span class=a>1(緊急)</span><br><span class=a>2(重要)</span><br>"
	                  "<span class=b>3(警告)</span><br><span class=a>4(注意)</span>",
	                  "<span class=x>サーバ</span><br><span class='x active'>クライアント</span>"), &b);
	ck_assert_int_eq(b.severity, 3);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	ck_assert_int_eq(b.warnings.n, 2);      /* no id, no title: nothing on the choices */
	bulletin_free(&b);
	/* three kinds of class: no odd one out, and the warning says what was seen */
	parse_html(CHOICE("<span class=a>1(緊急)</span><br><span class=b>2(重要)</span><br>"
	                  "<span class=c>3(警告)</span><br><span class=a>4(注意)</span>", "サーバ"), &b);
	ck_assert_int_eq(b.severity, 0);
	ck_assert(has_warning(&b, "深刻度: 4 options, none differs from the others"));
	ck_assert_uint_eq(b.targets, TARGET_SERVER);    /* the one option printed */
	bulletin_free(&b);
	/* colour with two options: red says "on", grey "off" */
	parse_html(CHOICE("<font color=#999>1(緊急)</font> <font color=#c00>2(重要)</font>",
	                  "<span style='color: silver'>サーバ</span> <span style='color:red'>クライアント</span>"), &b);
	ck_assert_int_eq(b.severity, 2);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	bulletin_free(&b);
	/* image file names: nosel/sel, and an image against a spacer */
	parse_html(CHOICE("<img src=i/nosel.gif>1(緊急)<br><img src=i/nosel.gif>2(重要)<br>"
	                  "<img src=i/sel.gif>3(警告)<br><img src=i/nosel.gif>4(注意)",
	                  "<img src=sp.gif width=1 height=1>サーバ<br><img src=i/q.gif>クライアント"), &b);
	ck_assert_int_eq(b.severity, 3);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	bulletin_free(&b);
	/* checked inputs; background colour */
	parse_html(CHOICE("<input type=radio>1(緊急)<br><input type=radio checked>2(重要)<br>"
	                  "<input type=radio>3(警告)<br><input type=radio>4(注意)",
	                  "<table><tr><td bgcolor=white>サーバ</td><td bgcolor=#ffcc00>クライアント</td></tr></table>"), &b);
	ck_assert_int_eq(b.severity, 2);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	bulletin_free(&b);
	/* an id on one list item; an inline style that is neither colour nor weight */
	parse_html(CHOICE("<ul><li>1(緊急)<li>2(重要)<li id=lv3>3(警告)<li>4(注意)</ul>",
	                  "<span>サーバ</span> <span style='border: 1px solid'>クライアント</span>"), &b);
	ck_assert_int_eq(b.severity, 3);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	bulletin_free(&b);
	/* empty cells drawn by CSS: the coloured one before an option, in one
	 * row; a class every marker cell has, and one more on the chosen's */
	parse_html(CHOICE("<table><tr><td></td><td>1(緊急)</td><td bgcolor=white></td><td>2(重要)</td>"
	                  "<td bgcolor=red>&nbsp;</td><td>3(警告)</td><td bgcolor=white></td><td>4(注意)</td></tr></table>",
	                  "<table><tr><td class=mark></td><td>サーバ</td></tr>"
	                  "<tr><td class='mark now'>&nbsp;</td><td>クライアント</td></tr></table>"), &b);
	ck_assert_int_eq(b.severity, 3);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	bulletin_free(&b);
}
END_TEST

/* All alike: the vocabulary decides, or a warning names what was seen. */
START_TEST(all_alike)
{
	struct bulletin b;

	parse_html(CHOICE("<span class=off>1(緊急)</span><br><span class=off>2(重要)</span>",
	                  "<span class=on>サーバ</span><br><span class=on>クライアント</span>"), &b);
	ck_assert_int_eq(b.severity, 0);
	ck_assert(has_warning(&b, "深刻度: all 2 options are marked as not chosen (all with class \"off\")"));
	ck_assert_uint_eq(b.targets, TARGET_SERVER | TARGET_CLIENT);
	bulletin_free(&b);
	parse_html(CHOICE("<b>1(緊急)</b><br><b>2(重要)</b>", ""), &b);
	ck_assert_int_eq(b.severity, 0);
	ck_assert(has_warning(&b, "深刻度: 2 options are marked; cannot tell which applies (all alike)"));
	ck_assert(has_warning(&b, "対象環境: no known option in \"対象環境\""));
	bulletin_free(&b);
	/* a word after the option, in its text or a cell beside it */
	parse_html(CHOICE("<table><tr><td>1(緊急)</td><td></td></tr><tr><td>2(重要)</td><td>該当</td></tr>"
	                  "<tr><td>3(警告)</td><td></td></tr></table>",
	                  "サーバ（非該当）<br>クライアント（該当）"), &b);
	ck_assert_int_eq(b.severity, 2);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	bulletin_free(&b);
}
END_TEST

START_TEST(kinds)
{
	struct bulletin b;

	parse_html("<html><head><title>用語集: GDR</title></head><body><p>GDR とは…</p>", &b);
	ck_assert_int_eq(b.kind, BULLETIN_OTHER);
	ck_assert_str_eq(b.title, "用語集: GDR");
	bulletin_free(&b);
	parse_html(HEAD "<p><b>HotFix Report 不具合情報</b></p><p>【登録日】2005/10/20</p>"
	           "<p><b>10月の不具合</b></p><p>まとめ。</p><p>‥‥‥ 報告 ‥‥‥</p>"
	           "<p>■MS05-048/907245:見出し<br>本文。</p><hr><p>バックナンバー一覧</p>", &b);
	ck_assert_int_eq(b.kind, BULLETIN_NOTICE);
	ck_assert_str_eq(b.title, "10月の不具合");
	ck_assert_str_eq(b.summary, "まとめ。");
	ck_assert_int_eq(b.notes.n, 1);
	ck_assert_str_eq(b.notes.v[0].text, "本文。");
	ck_assert_int_eq(b.kb.n, 1);
	ck_assert_ptr_null(b.id);
	bulletin_free(&b);
	parse_html("", &b);
	ck_assert_int_eq(b.kind, BULLETIN_OTHER);
	bulletin_free(&b);
}
END_TEST

START_TEST(labels)
{
	char *s;

	ck_assert_str_eq(label_match("【登録日】2005/08/10", "登録日"), "2005/08/10");
	ck_assert_str_eq(label_match("緊急対応度:適用作業の至急開始", "緊急対応度"), "適用作業の至急開始");
	ck_assert_str_eq(label_match("深刻度", "深刻度"), "");
	ck_assert_ptr_null(label_match("対策が必要", "対策"));
	ck_assert_ptr_null(label_match("再起動の必要性", "再起動"));
	s = label_strip("‥‥‥ 確認方法 ‥‥‥");
	ck_assert_str_eq(s, "確認方法");
	free(s);
}
END_TEST

#define RESOLVE_EQ(base, href, want) do { char *r_ = link_resolve(base, href); \
	ck_assert_str_eq(r_, want); free(r_); } while (0)

START_TEST(links)
{
	RESOLVE_EQ(NULL, "../a.html", "../a.html");
	RESOLVE_EQ("http://h.jp/x/y/z.html", "http://o/", "http://o/");
	RESOLVE_EQ("http://h.jp/x/y/z.html", "/a.html", "http://h.jp/a.html");
	RESOLVE_EQ("http://h.jp/x/y/z.html", "a.html", "http://h.jp/x/y/a.html");
	RESOLVE_EQ("http://h.jp/x/y/z.html", "../a.html", "http://h.jp/x/a.html");
	RESOLVE_EQ("http://h.jp/x/y/z.html", "//c.jp/a", "http://c.jp/a");
	RESOLVE_EQ("http://h.jp/x/y/z.html", "#DETAIL", "http://h.jp/x/y/z.html#DETAIL");
	RESOLVE_EQ("http://h.jp", "a.html", "http://h.jp/a.html");
}
END_TEST

/* A section that is there but yields nothing is reported. */
START_TEST(section_not_understood)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td>脆弱性識別番号</td><td>MS05-039/899588</td></tr></table>"
	           "<p>t</p><p>‥‥‥ 確認方法 ‥‥‥</p><p>ファイルのバージョンを確認する。</p>", &b);
	ck_assert_int_eq(b.verification.n, 0);
	ck_assert(has_warning(&b, "確認方法: the section is there but nothing in it was understood"));
	bulletin_free(&b);
}
END_TEST

static Suite *
extract_suite(void)
{
	Suite *s = suite_create("extract");
	TCase *tc = tcase_create("variations");

	tcase_add_test(tc, th_labels_unclosed_symbols);
	tcase_add_test(tc, image_cell_marker_nested_layout);
	tcase_add_test(tc, image_cell_same_row);
	tcase_add_test(tc, image_after_option);
	tcase_add_test(tc, image_is_the_option);
	tcase_add_test(tc, emphasis_and_arrow);
	tcase_add_test(tc, unmarked_and_ambiguous);
	tcase_add_test(tc, labels_above_values);
	tcase_add_test(tc, wrapped_label_title_in_table);
	tcase_add_test(tc, typo_id_missing_sections);
	tcase_add_test(tc, file_tables);
	tcase_add_test(tc, kinds);
	tcase_add_test(tc, section_not_understood);
	tcase_add_test(tc, labels);
	tcase_add_test(tc, links);
	tcase_add_test(tc, yesno_whole_values);
	tcase_add_test(tc, file_columns_by_header);
	tcase_add_test(tc, odd_one_out);
	tcase_add_test(tc, all_alike);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(extract_suite)
