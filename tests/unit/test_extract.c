/* test_extract.c — extraction over small pages: each test is one markup
 * variation from issue 2 (labels in th/font/b, markers by image, symbol or
 * emphasis, unclosed tags, layouts, missing sections, odd values). */
#include "parse/extract.h"
#include "parse/parse.h"
#include "parse/text.h"
#include "core/util.h"
#include "testutil.h"
#include "core/url.h"
#include "publish/sanitize.h"

#include <stdio.h>
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
	ck_assert_int_eq(
		parse_page((const unsigned char *)html, strlen(html), &o, b, err, sizeof err), 0);
}

static int
has_warning(const struct bulletin *b, const char *part)
{
	for (size_t i = 0; i < b->warnings.n; i++)
		if (strstr(b->warnings.v[i], part))
			return 1;
	return 0;
}

/* The codes of b's diagnostics, "code,code,...", into out. */
static const char *
diag_codes(const struct bulletin *b, char *out, size_t size)
{
	size_t len = 0;

	out[0] = 0;
	for (size_t i = 0; i < b->diags.n && len < size; i++)
		len += (size_t)snprintf(out + len, size - len, "%s%s", i ? "," : "",
		                        b->diags.v[i].code);
	return out;
}

#define HEAD "<html><head><title>t</title></head><body>"

/* Labels in <TH>, upper case, unclosed TD/TR; ● / ○ text markers. */
START_TEST(th_labels_unclosed_symbols)
{
	struct bulletin b;

	parse_html(HEAD
	           "<TABLE BORDER=1><TR><TH>深刻度<TD>○1(緊急)<BR>●2(重要)<BR>○3(警告)<BR>○4(注意)"
	           "<TR><TH>攻撃コードの有無<TD>あり"
	           "<TR><TH>再起動の必要性<TD>必要(アプリケーションがすべて終了している場合は不要)"
	           "<TR><TH>アンインストール<TD>不可"
	           "<TR><TH>対象環境<TD>●サーバ<BR>○クライアント"
	           "<TR><TH>脆弱性識別番号<TD>MS05-048/907245/901017/906780</TABLE>"
	           "<P>見出し<P>(Official title)</BODY></HTML>",
	           &b);
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
	/* a header alone: nothing misread, only what the page lacks */
	char codes[256];
	ck_assert_str_eq(diag_codes(&b, codes, sizeof codes),
	                 "no-footer,no-overview,alert-incomplete,no-updated");
	ck_assert_int_eq(b.warnings.n, 3);
	bulletin_free(&b);
}
END_TEST

/* Image without alt in its own cell marks the option in its row; labels
 * in <td><font><b>; nested layout tables. */
START_TEST(image_cell_marker_nested_layout)
{
	struct bulletin b;

	parse_html(
		HEAD
		"<table><tr><td><table><tr><td><font color=white><b>深刻度</b></font></td><td>"
		"<table><tr><td>&nbsp;&nbsp;</td><td>1(緊急)</td></tr>"
		"<tr><td>&nbsp;&nbsp;</td><td>2(重要)</td></tr>"
		"<tr><td><img src=on.gif></td><td>3(警告)</td></tr>"
		"<tr><td><img src=sp.gif width=1 height=1></td><td>4(注意)</td></tr></table>"
		"</td></tr><tr><td><font><b>アンインストール</b></font></td><td><img src=ok.gif alt=\"可\"></td></tr>"
		"<tr><td><b>対象環境</b></td><td><img src=c.gif alt=\"選択\">サーバ<br><img src=c.gif alt=\"○\">クライアント</td></tr>"
		"</table></td></tr></table>",
		&b);
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

	parse_html(
		HEAD
		"<table><tr><td>深刻度</td><td></td><td>1(緊急)</td><td><img src=x.gif alt=\"●\"></td>"
		"<td>2(重要)</td><td></td><td>3(警告)</td><td></td><td>4(注意)</td></tr></table>",
		&b);
	ck_assert_int_eq(b.severity, 2);
	bulletin_free(&b);
}
END_TEST

/* The severity printed only as an image of the chosen level. */
START_TEST(image_is_the_option)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td>深刻度</td><td><img src=lv2.gif alt=\"2(重要)\"></td></tr>"
	                "<tr><td>対象環境</td><td>Windows</td></tr></table>",
	           &b);
	ck_assert_int_eq(b.severity, 2);
	ck_assert(has_warning(&b, "対象環境: no known option"));
	bulletin_free(&b);
}
END_TEST

/* One row per option, the image after the option it marks. */
START_TEST(image_after_option)
{
	struct bulletin b;

	parse_html(
		HEAD
		"<table><tr><td>深刻度</td><td><table>"
		"<tr><td>1(緊急)</td><td></td></tr><tr><td>2(重要)</td><td><img src=a.gif></td></tr>"
		"<tr><td>3(警告)</td><td></td></tr><tr><td>4(注意)</td><td></td></tr>"
		"</table></td></tr></table>",
		&b);
	ck_assert_int_eq(b.severity, 2);
	bulletin_free(&b);
}
END_TEST

/* Emphasis singles out the choice; → marker; full-width and kanji dates. */
START_TEST(emphasis_and_arrow)
{
	struct bulletin b;

	parse_html(
		HEAD
		"<p>HotFix Alert:<br>２００５<br>/０８/１１日版</p>"
		"<p>【登録日】２００５/０８/１０<br>【更新日】2005年8月11日</p>"
		"<table><tr><td>深刻度</td><td>1(緊急)<br><b>2(重要)</b><br>3(警告)<br>4(注意)</td></tr>"
		"<tr><td>対象環境</td><td>サーバ<br>→クライアント</td></tr></table>",
		&b);
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

	parse_html(
		HEAD
		"<table><tr><td>深刻度</td><td>1(緊急)<br>2(重要)<br>3(警告)<br>4(注意)</td></tr>"
		"<tr><td>再起動の必要性</td><td>場合による</td></tr></table>",
		&b);
	ck_assert_int_eq(b.severity, 0);
	ck_assert(has_warning(&b,
	                      "深刻度: 4 options, none differs from the others (all plain text)"));
	ck_assert_int_eq(b.reboot_required, TRI_NULL);
	ck_assert_str_eq(b.reboot, "場合による");
	ck_assert(has_warning(&b, "再起動の必要性"));
	bulletin_free(&b);
	parse_html(
		HEAD
		"<table><tr><td>深刻度</td><td>●1(緊急)<br>●2(重要)<br>3(警告)</td></tr></table>",
		&b);
	ck_assert_int_eq(b.severity, 0);
	ck_assert(has_warning(&b, "2 options are marked"));
	bulletin_free(&b);
	/* several options on one line, the marker on a later one */
	parse_html(HEAD
	           "<table><tr><td>深刻度</td><td>1(緊急)&nbsp; →2(重要)　3(警告) 4(注意)</td></tr>"
	           "<tr><td>対象環境</td><td>●サーバ ●クライアント</td></tr></table>",
	           &b);
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
	static const struct {
		const char *v;
		enum yesno_field f;
		enum tristate want;
		int understood;
	} cases[] = {
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
		{ "可", YN_REBOOT, TRI_NULL, 0 }, /* another field's word */
		{ "場合による", YN_REBOOT, TRI_NULL, 0 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		int understood = -1;
		enum tristate r = ex_yesno_read(cases[i].v, cases[i].f, &understood);
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
	                "<p>緊急対応度:適用作業の早期開始</p><p>本文。</p>",
	           &b);
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

	parse_html(
		HEAD
		"<table><tr><th>対策</th><th>攻撃コードの有無</th><th>再起動の必要性</th>"
		"<th>脆弱性識別番号</th></tr>"
		"<tr><td>早期適用</td><td>なし</td><td>不要</td><td>MS05-039/899588</td></tr></table>",
		&b);
	ck_assert_str_eq(b.action, "早期適用");
	ck_assert_int_eq(b.exploit_code, TRI_FALSE);
	ck_assert_int_eq(b.reboot_required, TRI_FALSE);
	bulletin_free(&b);
}
END_TEST

/* A typo id is normalized once, with one warning; missing sections are
 * empty, each said once, and so little an alert is an error. */
START_TEST(typo_id_missing_sections)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td>脆弱性識別番号</td><td>MS04-26/842436</td></tr></table>"
	                "<p>見出し</p><p>本文 MS04-26 MS05-019</p></body></html>",
	           &b);
	ck_assert_str_eq(b.id, "MS04-026");
	ck_assert_int_eq(b.ids.n, 2);
	ck_assert_str_eq(b.ids.v[1], "MS05-019");
	ck_assert_int_eq(b.warnings.n, 5);
	ck_assert_str_eq(b.warnings.v[0], "MS04-26 normalized to MS04-026");
	char codes[256];
	ck_assert_str_eq(diag_codes(&b, codes, sizeof codes),
	                 "id-typo,no-footer,no-overview,no-severity,alert-incomplete,no-updated");
	ck_assert_str_eq(b.diags.v[4].message,
	                 "only 2 of the 7 core fields found (missing: "
	                 "registered, severity, targets, affected, downloads)");
	ck_assert_int_eq(diag_list_count(&b.diags, DIAG_ERROR), 1);
	ck_assert_int_eq(diag_list_count(&b.diags, DIAG_NOTE), 1);
	ck_assert_int_eq(b.packages.n, 0);
	ck_assert_ptr_null(b.overview);
	bulletin_free(&b);
}
END_TEST

/* 含まれる過去の修正 naming 5000 ids, the bulletin's own among them: the
 * list stops at HF_MAX_ITEMS and never holds the own id. */
START_TEST(supersedes_bounded)
{
	struct bulletin b;
	struct buf h;
	char *html;

	buf_init(&h, 0);
	buf_puts(&h, HEAD "<table><tr><td>脆弱性識別番号</td><td>MS01-001/842436</td></tr>"
	                  "<tr><td>含まれる過去の修正</td><td>");
	for (int i = 0; i < 5000; i++)
		buf_printf(&h, "MS%02d-%03d ", 1 + i / 900, 1 + i % 900);
	buf_puts(&h, "</td></tr></table><p>見出し</p></body></html>");
	html = buf_steal(&h, NULL);
	parse_html(html, &b);
	ck_assert_str_eq(b.id, "MS01-001");
	ck_assert_uint_eq(b.supersedes.n, HF_MAX_ITEMS);
	ck_assert_str_eq(b.supersedes.v[0], "MS01-002");
	ck_assert_str_eq(b.supersedes.v[HF_MAX_ITEMS - 1], "MS05-497");
	ck_assert(!strlist_contains(&b.supersedes, "MS01-001"));
	bulletin_free(&b);
	buf_free(&h);
	free(html);
}
END_TEST

/* A closed page without the footer, an empty 概要, an 対象プラットフォーム
 * in no known form and an 更新日 that is not a date: told apart from a
 * clean page, each by its code. */
START_TEST(layout_not_recognised)
{
	struct bulletin b;
	char codes[256];

	parse_html(HEAD "<table><tr><th>深刻度<td>●1(緊急)<br>○2(重要)<br>○3(警告)<br>○4(注意)"
	                "<tr><th>対象環境<td>●サーバ<br>●クライアント"
	                "<tr><th>登録日<td>2005/08/10<tr><th>更新日<td>8月のどこか"
	                "<tr><th>脆弱性識別番号<td>MS05-039/899588</table>"
	                "<p>見出し<p>(Official)<p>要旨の文。"
	                "<p>‥‥‥ 概要 ‥‥‥<p>‥‥‥ 対象プラットフォーム ‥‥‥<p>・Windows 2000"
	                "</body></html>",
	           &b);
	ck_assert_str_eq(diag_codes(&b, codes, sizeof codes),
	                 "date-unparsed,section-empty,section-unread,no-footer,no-updated");
	ck_assert_str_eq(b.diags.v[0].message, "更新日: \"8月のどこか\" is not a date");
	ck_assert_str_eq(b.diags.v[1].message, "概要: the heading has nothing under it");
	ck_assert_int_eq(b.diags.v[3].level, DIAG_WARNING);
	ck_assert_int_eq(b.diags.v[4].level, DIAG_NOTE);
	ck_assert_int_eq(diag_list_count(&b.diags, DIAG_ERROR), 0);
	ck_assert_int_eq(b.warnings.n, 4);
	bulletin_free(&b);
}
END_TEST

/* An alert whose header is not recognised (no 脆弱性識別番号, no 深刻度)
 * is taken for "other", and says so: an error, never silence. */
START_TEST(alert_unrecognised)
{
	struct bulletin b;
	char codes[256];

	/* an id block, a headline and 緊急対応度: an alert (issue 8) */
	parse_html(HEAD "<p>HotFix Report<p>MS05-039/899588<p>プラグ・アンド・プレイの脆弱性"
	                "<p>緊急対応度: 至急<p>‥‥‥ 対象プラットフォーム ‥‥‥<p>・Windows 2000"
	                "</body></html>",
	           &b);
	ck_assert_int_eq(b.kind, BULLETIN_ALERT);
	ck_assert_ptr_null(strstr(diag_codes(&b, codes, sizeof codes), "alert-unrecognised"));
	bulletin_free(&b);
	/* the id only in running text: not taken for an alert, and said so */
	parse_html(HEAD "<p>HotFix Report<p>MS05-039 の修正プログラムについて"
	                "<p>‥‥‥ 対象プラットフォーム ‥‥‥<p>・Windows 2000</body></html>",
	           &b);
	ck_assert_int_eq(b.kind, BULLETIN_OTHER);
	ck_assert_str_eq(diag_codes(&b, codes, sizeof codes), "alert-unrecognised");
	ck_assert_str_eq(b.diags.v[0].message,
	                 "MS05-039 and 対象プラットフォーム, but no "
	                 "脆弱性識別番号 or 深刻度 row: taken for a page that is not a bulletin");
	ck_assert_int_eq(b.diags.v[0].level, DIAG_ERROR);
	bulletin_free(&b);
	/* the header's words where no label could be read (all on one line):
	 * still said, not silently "other" */
	parse_html(HEAD "<p>HotFix Report<p>【MS05-025】【深刻度】緊急【対象環境】サーバ "
	                "の修正プログラムについて</body></html>",
	           &b);
	ck_assert_int_eq(b.kind, BULLETIN_OTHER);
	ck_assert_str_eq(diag_codes(&b, codes, sizeof codes), "alert-unrecognised");
	bulletin_free(&b);
	/* an MS id in a tip is no alert, but the page that names it is told
	 * (a warning: a weblog entry about a bulletin looks the same) */
	parse_html(HEAD "<p>UpdateEXPERT TIPS<p>MS05-039の適用後に再起動を求められた場合"
	                "</body></html>",
	           &b);
	ck_assert_int_eq(b.kind, BULLETIN_OTHER);
	ck_assert_str_eq(diag_codes(&b, codes, sizeof codes), "other-names-bulletin");
	ck_assert_str_eq(b.diags.v[0].message,
	                 "names MS05-039 but has no bulletin header: taken for a page that is not "
	                 "a bulletin; if it is one, its layout was not recognised");
	ck_assert_int_eq(b.diags.v[0].level, DIAG_WARNING);
	bulletin_free(&b);
	/* a page naming no bulletin: silent */
	parse_html(HEAD "<p>UpdateEXPERT TIPS<p>カスタム インストールをバックアップする方法"
	                "</body></html>",
	           &b);
	ck_assert_int_eq(b.kind, BULLETIN_OTHER);
	ck_assert_uint_eq(b.diags.n, 0);
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
	                "<tr><td>a.exe<br>(Windows XP SP2)<td>18分<td>1時間34分</table>",
	           &b);
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

	parse_html(HEAD
	           "<table><tr><td>脆弱性識別番号</td><td>MS05-039/899588</td></tr></table>"
	           "<p>t</p><p>‥‥‥ 適用されるファイル情報 ‥‥‥</p><p>Windows XP SP2:</p>"
	           "<table><tr><td>サイズ<td>ファイル名<td>言語<td>日付"
	           "<tr><td>581,360<td>a.exe<td>日本語<td>2005/07/01</table>"
	           "<table><tr><td>機能<td>バージョン<td>ファイル名<td>日付<td>サイズ"
	           "<tr><td>展開フォルダ<br>(SP2GDR)<td colspan=4>%SystemRoot%\\system32\\"
	           "<tr><td>Service<td>5.1<td>b.dll<td>2005/06/30<td>51,136</table></body></html>",
	           &b);
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
	{ /* a fragment, not a whole page: only what it lacks */
		char c_[256];
		ck_assert_str_eq(diag_codes(&b, c_, sizeof c_),
		                 "no-footer,no-overview,no-severity,alert-incomplete,no-updated");
	}
	bulletin_free(&b);
}
END_TEST

/* The choice is the odd one out among siblings, whatever carries it. */
#define CHOICE(sev, tgt) \
	HEAD "<table><tr><td>深刻度</td><td>" sev "</td></tr>" \
	     "<tr><td>対象環境</td><td>" tgt "</td></tr></table></body></html>"

START_TEST(odd_one_out)
{
	struct bulletin b;

	/* a class word nobody knows: the one differing from three alike */
	parse_html(
		CHOICE("<span class=a>1(緊急)</span><br><span class=a>2(重要)</span><br>"
	               "<span class=b>3(警告)</span><br><span class=a>4(注意)</span>",
	               "<span class=x>サーバ</span><br><span class='x active'>クライアント</span>"),
		&b);
	ck_assert_int_eq(b.severity, 3);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	{ /* a fragment, not a whole page: only what it lacks */
		char c_[256];
		ck_assert_str_eq(
			diag_codes(&b, c_, sizeof c_),
			"no-id,no-title,no-footer,no-overview,alert-incomplete,no-updated");
	}
	bulletin_free(&b);
	/* three kinds of class: no odd one out, and the warning says what was seen */
	parse_html(CHOICE("<span class=a>1(緊急)</span><br><span class=b>2(重要)</span><br>"
	                  "<span class=c>3(警告)</span><br><span class=a>4(注意)</span>",
	                  "サーバ"),
	           &b);
	ck_assert_int_eq(b.severity, 0);
	ck_assert(has_warning(&b, "深刻度: 4 options, none differs from the others"));
	ck_assert_uint_eq(b.targets, TARGET_SERVER); /* the one option printed */
	bulletin_free(&b);
	/* colour with two options: red says "on", grey "off" */
	parse_html(
		CHOICE("<font color=#999>1(緊急)</font> <font color=#c00>2(重要)</font>",
	               "<span style='color: silver'>サーバ</span> <span style='color:red'>クライアント</span>"),
		&b);
	ck_assert_int_eq(b.severity, 2);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	bulletin_free(&b);
	/* image file names: nosel/sel, and an image against a spacer */
	parse_html(
		CHOICE("<img src=i/nosel.gif>1(緊急)<br><img src=i/nosel.gif>2(重要)<br>"
	               "<img src=i/sel.gif>3(警告)<br><img src=i/nosel.gif>4(注意)",
	               "<img src=sp.gif width=1 height=1>サーバ<br><img src=i/q.gif>クライアント"),
		&b);
	ck_assert_int_eq(b.severity, 3);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	bulletin_free(&b);
	/* the options are images, named by their alt text, chosen by file name */
	parse_html(
		CHOICE("<img src=i/sev_critical_off.gif alt=\"緊急\"> <img src=i/sev_important_on.gif "
	               "alt=\"重要\"> <img src=i/sev_moderate_off.gif alt=\"警告\"> "
	               "<img src=i/sev_low_off.gif alt=\"注意\">",
	               "<img src=s_off.gif alt=\"サーバ\"><img src=c_on.gif alt=\"クライアント\">"),
		&b);
	ck_assert_int_eq(b.severity, 2);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	bulletin_free(&b);
	/* ... all alike: none is taken for the first, and the warning says so */
	parse_html(
		CHOICE("<img src=i/lv.gif alt=\"緊急\"> <img src=i/lv.gif alt=\"重要\">", "サーバ"),
		&b);
	ck_assert_int_eq(b.severity, 0);
	ck_assert(has_warning(&b, "深刻度: 2 options, none differs from the others"));
	bulletin_free(&b);
	/* checked inputs; background colour */
	parse_html(
		CHOICE("<input type=radio>1(緊急)<br><input type=radio checked>2(重要)<br>"
	               "<input type=radio>3(警告)<br><input type=radio>4(注意)",
	               "<table><tr><td bgcolor=white>サーバ</td><td bgcolor=#ffcc00>クライアント</td></tr></table>"),
		&b);
	ck_assert_int_eq(b.severity, 2);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	bulletin_free(&b);
	/* an id on one list item; an inline style that is neither colour nor weight */
	parse_html(
		CHOICE("<ul><li>1(緊急)<li>2(重要)<li id=lv3>3(警告)<li>4(注意)</ul>",
	               "<span>サーバ</span> <span style='border: 1px solid'>クライアント</span>"),
		&b);
	ck_assert_int_eq(b.severity, 3);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	bulletin_free(&b);
	/* empty cells drawn by CSS: the coloured one before an option, in one
	 * row; a class every marker cell has, and one more on the chosen's */
	parse_html(
		CHOICE("<table><tr><td></td><td>1(緊急)</td><td bgcolor=white></td><td>2(重要)</td>"
	               "<td bgcolor=red>&nbsp;</td><td>3(警告)</td><td bgcolor=white></td><td>4(注意)</td></tr></table>",
	               "<table><tr><td class=mark></td><td>サーバ</td></tr>"
	               "<tr><td class='mark now'>&nbsp;</td><td>クライアント</td></tr></table>"),
		&b);
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
	                  "<span class=on>サーバ</span><br><span class=on>クライアント</span>"),
	           &b);
	ck_assert_int_eq(b.severity, 0);
	ck_assert(has_warning(
		&b, "深刻度: all 2 options are marked as not chosen (all with class \"off\")"));
	ck_assert_uint_eq(b.targets, TARGET_SERVER | TARGET_CLIENT);
	bulletin_free(&b);
	parse_html(CHOICE("<b>1(緊急)</b><br><b>2(重要)</b>", ""), &b);
	ck_assert_int_eq(b.severity, 0);
	ck_assert(has_warning(
		&b, "深刻度: 2 options are marked; cannot tell which applies (all alike)"));
	ck_assert(has_warning(&b, "対象環境: no known option in \"対象環境\""));
	bulletin_free(&b);
	/* a word after the option, in its text or a cell beside it */
	parse_html(
		CHOICE("<table><tr><td>1(緊急)</td><td></td></tr><tr><td>2(重要)</td><td>該当</td></tr>"
	               "<tr><td>3(警告)</td><td></td></tr></table>",
	               "サーバ（非該当）<br>クライアント（該当）"),
		&b);
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
	                "<p>■MS05-048/907245:見出し<br>本文。</p><hr><p>バックナンバー一覧</p>",
	           &b);
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

	ck_assert_str_eq(ex_label_match("【登録日】2005/08/10", "登録日"), "2005/08/10");
	ck_assert_str_eq(ex_label_match("緊急対応度:適用作業の至急開始", "緊急対応度"),
	                 "適用作業の至急開始");
	ck_assert_str_eq(ex_label_match("深刻度", "深刻度"), "");
	ck_assert_ptr_null(ex_label_match("対策が必要", "対策"));
	ck_assert_ptr_null(ex_label_match("再起動の必要性", "再起動"));
	s = ex_label_strip("‥‥‥ 確認方法 ‥‥‥");
	ck_assert_str_eq(s, "確認方法");
	free(s);
}
END_TEST

#define RESOLVE_EQ(base, href, want) \
	do { \
		char *r_ = ex_link_resolve(base, href); \
		ck_assert_str_eq(r_, want); \
		free(r_); \
	} while (0)

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
	/* an href is trimmed as a browser does, with or without a base */
	RESOLVE_EQ("http://h.jp/2005/x.html", " ../bulletin/MS05-039.mspx ",
	           "http://h.jp/bulletin/MS05-039.mspx");
	RESOLVE_EQ(NULL, " ../bulletin/MS05-039.mspx\n", "../bulletin/MS05-039.mspx");
	RESOLVE_EQ("http://h.jp/x/y/z.html", "mailto:a@h.jp", "mailto:a@h.jp");
}
END_TEST

/* One link, one URL: extraction (ex_link_resolve), the crawler (url_resolve
 * without the fragment) and publish (sanitize_url) read each href alike. */
static const struct {
	const char *base, *href, *want;
} same_cases[] = {
	{ "http://h.jp/2005/x.html", " ../bulletin/MS05-039.mspx ",
	  "http://h.jp/bulletin/MS05-039.mspx" },
	{ "http://h.jp/2005/x.html", "\tms05-\n039.html\r\n", "http://h.jp/2005/ms05-039.html" },
	{ "http://h.jp/2005/x.html", "a b.html", "http://h.jp/2005/a%20b.html" },
	{ "http://h.jp/2005/x.html", "//c.jp/a", "http://c.jp/a" },
	{ "http://h.jp/2005/x.html?y=1", "?page=2", "http://h.jp/2005/x.html?page=2" },
	{ "http://h.jp", "a.html", "http://h.jp/a.html" },
	{ "http://h.jp/a/b/c", "../../../g", "http://h.jp/g" },
	{ "http://h.jp/a/", "%e7%a5.html", "http://h.jp/a/%E7%A5.html" },
	{ "http://h.jp/a/b.html#top", " ./ ", "http://h.jp/a/" },
};

START_TEST(three_stages_one_url)
{
	const char *base = same_cases[_i].base, *href = same_cases[_i].href;
	const char *want = same_cases[_i].want;
	char *a = ex_link_resolve(base, href), *b = url_resolve(base, href, 0);
	char *c = sanitize_url(href, base);

	ck_assert_msg(a && !strcmp(a, want), "extract: %s -> %s", href, a ? a : "(null)");
	ck_assert_msg(b && !strcmp(b, want), "crawl: %s -> %s", href, b ? b : "(null)");
	ck_assert_msg(c && !strcmp(c, want), "publish: %s -> %s", href, c ? c : "(null)");
	free(a);
	free(b);
	free(c);
}
END_TEST

/* A section that is there but yields nothing is reported. */
START_TEST(section_not_understood)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td>脆弱性識別番号</td><td>MS05-039/899588</td></tr></table>"
	                "<p>t</p><p>‥‥‥ 確認方法 ‥‥‥</p><p>ファイルのバージョンを確認する。</p>",
	           &b);
	ck_assert_int_eq(b.verification.n, 0);
	ck_assert(
		has_warning(&b, "確認方法: the section is there but nothing in it was understood"));
	bulletin_free(&b);
}
END_TEST

/* Date forms of issue 8: each printed form and the date it is. */
#define DATE_EQ(text, want) \
	do { \
		char d_[11]; \
		ck_assert_msg(text_parse_date(text, d_) == 0, "no date in %s", text); \
		ck_assert_str_eq(d_, want); \
	} while (0)
#define NO_DATE(text) \
	do { \
		char d_[11]; \
		ck_assert_msg(text_parse_date(text, d_) < 0, "a date in %s", text); \
	} while (0)

START_TEST(date_forms)
{
	DATE_EQ("2005/08/11", "2005-08-11");
	DATE_EQ("2005年8月11日", "2005-08-11");
	DATE_EQ("2005.8.11", "2005-08-11");
	DATE_EQ("\xef\xbc\x92\xef\xbc\x90\xef\xbc\x90\xef\xbc\x95/\xef\xbc\x90\xef\xbc\x98/\xef\xbc\x91\xef\xbc\x91",
	        "2005-08-11");                     /* full-width digits */
	DATE_EQ("2005年 8月\n11日", "2005-08-11"); /* split over lines */
	DATE_EQ("2005\n/08/11日版", "2005-08-11");
	DATE_EQ("H17.8.11", "2005-08-11");
	DATE_EQ("H 17.8.11", "2005-08-11");
	DATE_EQ("平成17年8月11日", "2005-08-11");
	DATE_EQ("(平成15年10月16日版)", "2003-10-16");
	DATE_EQ("H31.4.30", "2019-04-30");
	DATE_EQ("更新日 H16/12/1", "2004-12-01");
	NO_DATE("MH17.8.11"); /* a letter before H: no era */
	NO_DATE("H0.1.1");
	NO_DATE("H17.13.1");
	NO_DATE("平成17年");
	NO_DATE("17.8.11");
	NO_DATE("2005/8");
	/* English pages */
	DATE_EQ("10-Aug-2005", "2005-08-10");
	DATE_EQ("Release Date: 11 Apr 2006", "2006-04-11");
	DATE_EQ("Aug. 10, 2005", "2005-08-10");
	DATE_EQ("Published: September 13 2005", "2005-09-13");
	DATE_EQ("Sept 13, 2005", "2005-09-13");
	DATE_EQ("7/13/2005", "2005-07-13"); /* month first */
	DATE_EQ("13/7/2005", "2005-07-13"); /* a day first: 13 is no month */
	DATE_EQ("2005/7/13", "2005-07-13"); /* year first stays */
	NO_DATE("Mayday 10 2005");          /* a month name as a whole word only */
	NO_DATE("10 Aug");                  /* no year */
	NO_DATE("Win7/13/2005");            /* inside a word */
	NO_DATE("13/13/2005");
	/* two-digit years: none anywhere; year first under a date label only */
	NO_DATE("05/08/10");
	{
		char d[11];
		ck_assert_int_eq(text_parse_short_date("05/08/10", d), 0);
		ck_assert_str_eq(d, "2005-08-10");
		ck_assert_int_eq(text_parse_short_date(" 99.12.31 更新", d), 0);
		ck_assert_str_eq(d, "1999-12-31");
		ck_assert_int_eq(text_parse_short_date("05/13/10", d), -1);    /* no month 13 */
		ck_assert_int_eq(text_parse_short_date("05/08/10/11", d), -1); /* four numbers */
		ck_assert_int_eq(text_parse_short_date("5/8/10", d), -1);      /* not two digits */
		ck_assert_int_eq(text_parse_short_date("版 05/08/10", d),
		                 -1); /* not at the start */
	}
}
END_TEST

/* Labels count only where a label can stand; values by cell, <dd>, block.
 * Each page and the 対策 / 再起動の必要性 values it must give (NULL: null). */
static const struct {
	const char *why, *html, *action, *reboot;
} label_cases[] = {
	{ "prose that starts with a label's word is not the label",
	  "<table><tr><td>脆弱性識別番号</td><td>MS05-043/896423</td></tr></table>"
	  "<p>見出し</p><p>対策 については後述します。</p>",
	  NULL, NULL },
	{ "closed by 】 or a colon: a label, with the value on its line",
	  "<p>【対策】至急適用<br>再起動の必要性:不要</p>"
	  "<table><tr><td>脆弱性識別番号</td><td>MS05-043</td></tr></table>",
	  "至急適用", "不要" },
	{ "a plain-text menu line is not a label; a cell of its own is",
	  "<table><tr><td>メニュー<br>対策<br>用語解説</td><td>"
	  "<table><tr><td>対策</td><td>早期適用</td></tr>"
	  "<tr><td>脆弱性識別番号</td><td>MS05-041/899591</td></tr></table></td></tr></table>",
	  "早期適用", NULL },
	{ "<dt>/<dd>; an emphasized label's value is the next block only",
	  "<dl><dt>対策<dd>至急適用<dt>脆弱性識別番号<dd>MS05-043/896423</dl>"
	  "<p><b>再起動の必要性</b></p><p>必要</p><p>次の段落</p>",
	  "至急適用", "必要" },
	{ "a value stays in its row: the row below is not read into it",
	  "<table><tr><th>対策</th><td><table><tr><td>至急適用</td></tr></table></td></tr>"
	  "<tr><td>未知の行</td><td>値</td></tr>"
	  "<tr><th>脆弱性識別番号</th><td>MS05-043</td></tr></table>",
	  "至急適用", NULL },
	{ "a label on the first line of a cell, when the next line reads as its value",
	  "<table><tr><td>再起動の必要性<br>不要</td></tr><tr><td>対策<br>至急適用</td></tr>"
	  "<tr><td>脆弱性識別番号<br>MS05-043/896423</td></tr></table>",
	  NULL, "不要" },
};

START_TEST(label_places)
{
	const char *html = label_cases[_i].html;
	char *page = xasprintf("%s%s", HEAD, html);
	struct bulletin b;

	parse_html(page, &b);
	ck_assert_msg(streq(b.action, label_cases[_i].action), "%s: action %s", label_cases[_i].why,
	              b.action ? b.action : "null");
	ck_assert_msg(streq(b.reboot, label_cases[_i].reboot), "%s: reboot %s", label_cases[_i].why,
	              b.reboot ? b.reboot : "null");
	ck_assert_str_eq(b.id, strstr(html, "MS05-041") ? "MS05-041" : "MS05-043");
	bulletin_free(&b);
	free(page);
}
END_TEST

/* The spellings of the first publication's label: 登録 alone and 通知日
 * (a notifying site's word) too, where a label stands; never a word of
 * prose that starts with 登録.  And a bilingual page's Revised. */
static const struct {
	const char *why, *html, *registered;
} registered_cases[] = {
	{ "登録 alone in a label cell", "<table><tr><td>登録</td><td>2005年8月10日</td></tr>",
	  "2005-08-10" },
	{ "登録 with a colon", "<p>登録: 2005年8月10日<br>更新: 2005年8月12日</p><table><tr>",
	  "2005-08-10" },
	{ "通知日 with a full-width colon", "<p>通知日：2005年12月14日</p><table><tr>",
	  "2005-12-14" },
	{ "prose starting with 登録 is no label",
	  "<p>登録ユーザーには 2005年9月1日 にメールで通知しました。</p><table><tr>", NULL },
	{ "English label words followed by a lower-case word are prose",
	  "<p>Published guidance 2005/09/01 applies.</p><p>Revised guidance follows 2005/10/20.</p>"
	  "<p>Updated version 2005/10/21</p><table><tr>",
	  NULL },
	{ "Published / 公開 and Revised / 更新 in <th>",
	  "<table><tr><th>Published / 公開</th><td>2005/10/12</td></tr>"
	  "<tr><th>Revised / 更新</th><td>2005/10/19</td></tr><tr>",
	  "2005-10-12" },
};

START_TEST(registered_labels)
{
	char *page = xasprintf("%s%s<td>脆弱性識別番号</td><td>MS05-043</td></tr></table>"
	                       "<p>本文です。</p></body></html>",
	                       HEAD, registered_cases[_i].html);
	struct bulletin b;

	parse_html(page, &b);
	ck_assert_msg(streq(b.registered, registered_cases[_i].registered), "%s: registered %s",
	              registered_cases[_i].why, b.registered ? b.registered : "null");
	if (strstr(registered_cases[_i].html, "Revised / "))
		ck_assert_str_eq(b.updated, "2005-10-19");
	else if (strstr(registered_cases[_i].html, "Revised"))
		ck_assert_ptr_null(b.updated);
	ck_assert_str_eq(b.id, "MS05-043");
	bulletin_free(&b);
	free(page);
}
END_TEST

/* A rating's legend whose separator is an ellipsis: folded (the line
 * has a full-width parenthesis) it is three periods. */
START_TEST(rating_legend_ellipsis)
{
	static const char *const legends[] = {
		"★★★★ … 緊急（直ちに適用）<br>★★★☆ … 重要（早期に適用）<br>★★☆☆ … 警告",
		"★★★★ … 緊急<br>★★★☆ … 重要<br>★★☆☆ … 警告",
		"★★★★ ... 緊急<br>★★★☆ ... 重要",
	};

	for (size_t i = 0; i < sizeof legends / sizeof *legends; i++) {
		char *page = xasprintf("%s<table><tr><td>脆弱性識別番号</td><td>MS05-047</td></tr>"
		                       "<tr><td>危険度</td><td>★★★☆</td></tr></table>"
		                       "<p>本文です。</p><hr><p>危険度の見方：<br>%s</p>",
		                       HEAD, legends[i]);
		struct bulletin b;
		parse_html(page, &b);
		ck_assert_msg(b.severity == 2, "legend %zu: severity %d", i, b.severity);
		bulletin_free(&b);
		free(page);
	}
}
END_TEST

/* A <dt>'s value is all of its <dd>: the items of a list in it, its
 * paragraphs; the chosen ones by their class.  The block after the <dd>
 * is not part of it. */
static const struct {
	const char *severity_dd, *targets_dd;
	int severity;
	unsigned targets;
} dd_cases[] = {
	{ "<ul class=\"rating\"><li>緊急</li><li class=\"on\">重要</li><li>警告</li><li>注意</li></ul>",
	  "<ul><li class=\"on\">サーバ</li><li class=\"on\">クライアント</li></ul>", 2,
	  TARGET_SERVER | TARGET_CLIENT },
	{ "<p>緊急</p><p>重要</p><p class=\"on\">警告</p><p>注意</p>",
	  "<ul><li>サーバ</li><li class=\"on\">クライアント</li></ul>", 3, TARGET_CLIENT },
	{ "<ul><li>緊急<li>重要<li>警告<li class=\"selected\">注意</ul>",
	  "<ul><li class=\"on\">サーバ</li><li>クライアント</li></ul><p>クライアント</p>", 4,
	  TARGET_SERVER },
};

START_TEST(dd_values)
{
	char *page =
		xasprintf("%s<dl><dt>脆弱性識別番号</dt><dd>MS06-040</dd><dt>深刻度</dt><dd>%s</dd>"
	                  "<dt>対象</dt><dd>%s</dd></dl><p>本文です。</p></body></html>",
	                  HEAD, dd_cases[_i].severity_dd, dd_cases[_i].targets_dd);
	struct bulletin b;

	parse_html(page, &b);
	ck_assert_int_eq(b.severity, dd_cases[_i].severity);
	ck_assert_uint_eq(b.targets, dd_cases[_i].targets);
	bulletin_free(&b);
	free(page);
}
END_TEST

/* The chosen option's cell in a strong background with white text: the
 * white is contrast, not a colour saying "not chosen". */
static const char *const contrast_rows[] = {
	"<td style=\"background-color:#ffffff\">1(緊急)</td>"
	"<td style=\"background-color:#ff6600;color:#ffffff\">2(重要)</td>"
	"<td style=\"background-color:#ffffff\">3(警告)</td><td style=\"background-color:#ffffff\">4(注意)</td>",
	"<td bgcolor=\"#ffffff\">1(緊急)</td><td bgcolor=\"#cc0000\"><font color=\"white\">2(重要)</font></td>"
	"<td bgcolor=\"#ffffff\">3(警告)</td><td bgcolor=\"#ffffff\">4(注意)</td>",
};

START_TEST(contrast_text)
{
	char *page = xasprintf("%s<table><tr><td>脆弱性識別番号</td><td>MS05-043</td></tr>"
	                       "<tr><td>深刻度</td>%s</tr></table><p>本文です。</p></body></html>",
	                       HEAD, contrast_rows[_i]);
	struct bulletin b;

	parse_html(page, &b);
	ck_assert_int_eq(b.severity, 2);
	bulletin_free(&b);
	free(page);
}
END_TEST

/* Article pages: a heading that is a label alone, its value the block
 * under it; dates strung on one line after a mark without a colon.  A
 * heading over prose that is not a value of its kind is no label. */
START_TEST(heading_labels)
{
	struct bulletin b;

	parse_html(HEAD "<h1>CDO の脆弱性により、リモートでコードが実行される危険性</h1>"
	                "<p>登録日 2005/10/12 ・ 更新日 2005/10/19</p>"
	                "<h2>深刻度</h2><p>3(警告)</p><h2>対象環境</h2><p>サーバ</p>"
	                "<h2>脆弱性識別番号</h2><p>MS05-048/907245</p><h2>解説</h2><p>本文。</p>",
	           &b);
	ck_assert_int_eq(b.kind, BULLETIN_ALERT);
	ck_assert_int_eq(b.severity, 3);
	ck_assert_uint_eq(b.targets, TARGET_SERVER);
	ck_assert_str_eq(b.registered, "2005-10-12");
	ck_assert_str_eq(b.updated, "2005-10-19");
	bulletin_free(&b);
	parse_html(HEAD "<h1>用語解説: 深刻度</h1><h2>深刻度</h2>"
	                "<p>マイクロソフトはセキュリティ情報の深刻度を 4 段階で示しています。</p>"
	                "<h2>対象環境</h2><p>この記事の対象は管理者です。</p>",
	           &b);
	ck_assert_int_eq(b.severity, 0);
	ck_assert_uint_eq(b.targets, 0);
	bulletin_free(&b);
}
END_TEST

/* Labels numbered with circled digits ("③ 深刻度"). */
START_TEST(circled_labels)
{
	struct bulletin b;

	parse_html(HEAD "<h1>テレフォニー サービスの脆弱性</h1><table>"
	                "<tr><td>① 脆弱性識別番号</td><td>MS05-040</td></tr>"
	                "<tr><td>②サポート技術情報</td><td>893756</td></tr>"
	                "<tr><td>③ 深刻度</td><td>重要</td></tr>"
	                "<tr><td>⑳　対象環境</td><td>サーバ</td></tr></table><p>本文。</p>",
	           &b);
	ck_assert_str_eq(b.id, "MS05-040");
	ck_assert_int_eq(b.kb.n, 1);
	ck_assert_str_eq(b.kb.v[0], "893756");
	ck_assert_int_eq(b.severity, 2);
	ck_assert_uint_eq(b.targets, TARGET_SERVER);
	bulletin_free(&b);
}
END_TEST

/* A label qualified in parentheses ("深刻度(マイクロソフト社評価)") is the
 * label; a value in them is not ("深刻度（緊急）" stays no label).  And the
 * spellings 掲載, Posted, Max Severity. */
static const struct {
	const char *rows;
	int severity;
	const char *registered;
} qualified_cases[] = {
	{ "<tr><td>深刻度(マイクロソフト社評価)</td><td>緊急</td></tr>", 1, NULL },
	{ "<tr><td>深刻度（マイクロソフト社評価）</td><td>重要</td></tr>"
	  "<tr><td>登録日（初版）</td><td>2006/08/08</td></tr>",
	  2, "2006-08-08" },
	{ "<tr><td>深刻度（緊急）</td><td>重要</td></tr>", 0, NULL },
	{ "<tr><td>掲載</td><td>2005/08/11</td></tr><tr><td>深刻度</td><td>注意</td></tr>", 4,
	  "2005-08-11" },
	{ "<tr><td>Max Severity</td><td>Critical</td></tr><tr><td>Posted</td><td>2006/04/11</td></tr>",
	  1, "2006-04-11" },
};

START_TEST(qualified_labels)
{
	char *page = xasprintf("%s<h1>見出しの脆弱性</h1><table><tr><td>脆弱性識別番号</td>"
	                       "<td>MS06-040</td></tr>%s</table><p>本文です。</p></body></html>",
	                       HEAD, qualified_cases[_i].rows);
	struct bulletin b;

	parse_html(page, &b);
	ck_assert_int_eq(b.severity, qualified_cases[_i].severity);
	ck_assert_msg(streq(b.registered, qualified_cases[_i].registered), "registered %s",
	              b.registered ? b.registered : "null");
	bulletin_free(&b);
	free(page);
}
END_TEST

/* Two dates on one line beside the headline, each by its own part: the
 * one followed by 更新 is the update. */
static const char *const date_lines[] = {
	"2005年6月15日 登録／2005年6月16日 更新",
	"2005.06.15 (2005.06.16 更新)",
	"2005/06/15 | 2005/06/16 更新",
};

START_TEST(headline_date_parts)
{
	char *page = xasprintf(
		"%s<h1>SMB の脆弱性により、リモートでコードが実行される</h1><p>%s</p>"
		"<p>MS05-027 (サポート技術情報 896422) が公開されました。</p></body></html>",
		HEAD, date_lines[_i]);
	struct bulletin b;

	parse_html(page, &b);
	ck_assert_str_eq(b.id, "MS05-027");
	ck_assert_str_eq(b.registered, "2005-06-15");
	ck_assert_str_eq(b.updated, "2005-06-16");
	bulletin_free(&b);
	free(page);
}
END_TEST

/* A glossary in a definition list defines the label words: a <dd> that
 * lists every level, or a sentence that is no value, is no value; a
 * bulletin's <dd> that says its level in a sentence is one. */
START_TEST(glossary_definitions)
{
	struct bulletin b;

	parse_html(
		"<html><head><title>用語集</title></head><body><h2>セキュリティ用語集</h2><dl>"
		"<dt>深刻度</dt><dd>マイクロソフトが付ける評価。緊急、重要、警告、注意の4段階。</dd>"
		"<dt>セキュリティ情報</dt><dd>MS05-039 のように番号で示される公表文書。</dd>"
		"<dt>登録日</dt><dd>当サイトで情報を掲載した日。</dd></dl></body></html>",
		&b);
	ck_assert_int_eq(b.kind, BULLETIN_OTHER);
	ck_assert_int_eq(b.severity, 0);
	ck_assert_ptr_null(b.registered);
	bulletin_free(&b);
	parse_html(HEAD
	           "<h1>Print Spooler の脆弱性</h1><dl><dt>脆弱性識別番号</dt><dd>MS05-043</dd>"
	           "<dt>深刻度</dt><dd>緊急。直ちに適用してください。</dd>"
	           "<dt>登録日</dt><dd>2005年8月10日。</dd></dl><p>本文。</p></body></html>",
	           &b);
	ck_assert_int_eq(b.kind, BULLETIN_ALERT);
	ck_assert_int_eq(b.severity, 1);
	ck_assert_str_eq(b.registered, "2005-08-10");
	bulletin_free(&b);
}
END_TEST

/* Microsoft's rating named as such beside a vendor's own scale: the
 * former is the severity, never the latter; and the level written right
 * after 深刻度を/は/が in a sentence, never the start of a longer word. */
START_TEST(microsoft_rating)
{
	struct bulletin b;

	parse_html(HEAD "<h1>IGMP の脆弱性</h1><table>"
	                "<tr><td><b>弊社評価 危険度：</b></td><td>中</td></tr>"
	                "<tr><td><b>MS深刻度：</b></td><td>重要</td></tr>"
	                "<tr><td>脆弱性識別番号</td><td>MS06-007</td></tr></table><p>本文。</p>",
	           &b);
	ck_assert_int_eq(b.severity, 2);
	bulletin_free(&b);
	parse_html(HEAD "<h1>UPnP の脆弱性</h1><table><tr><th>Bulletin</th><th>KB</th>"
	                "<th>Microsoft Rating</th><th>Our Risk</th></tr><tr><td>MS05-039</td>"
	                "<td>899588</td><td>Moderate</td><td>High</td></tr></table><p>本文。</p>",
	           &b);
	ck_assert_int_eq(b.severity, 3);
	bulletin_free(&b);
	parse_html(HEAD "<h1>UPnP の脆弱性</h1><p>MS05-039 (KB899588) が公開されました。"
	                "マイクロソフトは本脆弱性の深刻度を Critical（緊急）と評価しています。</p>",
	           &b);
	ck_assert_int_eq(b.severity, 1);
	bulletin_free(&b);
	parse_html(HEAD "<h1>UPnP の脆弱性</h1><p>MS05-039 (KB899588) が公開されました。"
	                "深刻度は重要度の高いものから順に並べています。</p>",
	           &b);
	ck_assert_int_eq(b.severity, 0);
	bulletin_free(&b);
}
END_TEST

/* Labels drawn as images: the alt text is the label word; an image that
 * is a value (its alt an option) stays the value. */
START_TEST(image_labels)
{
	struct bulletin b;

	parse_html(
		HEAD
		"<h1>WMF の脆弱性</h1><table>"
		"<tr><td><img src=l1.gif alt=\"【番号】\"></td><td>MS06-001 / 912919</td></tr>"
		"<tr><td><img src=l2.gif alt=\"登録日\"></td><td>2006/01/06</td></tr>"
		"<tr><th><img src=l4.gif alt=\"深刻度\"></th><td><img src=s1.gif alt=\"緊急\"></td></tr>"
		"<tr><td><img src=l5.gif alt=\"【対象】\"></td><td>クライアント</td></tr>"
		"</table><p>本文です。</p>",
		&b);
	ck_assert_int_eq(b.kind, BULLETIN_ALERT);
	ck_assert_str_eq(b.id, "MS06-001");
	ck_assert_int_eq(b.kb.n, 1);
	ck_assert_str_eq(b.registered, "2006-01-06");
	ck_assert_int_eq(b.severity, 1);
	ck_assert_uint_eq(b.targets, TARGET_CLIENT);
	bulletin_free(&b);
}
END_TEST

/* Labels strung on one line: after a space when a value of the label's
 * kind follows, after a sentence's 。 only when closed by a colon. */
START_TEST(strung_after_space)
{
	struct bulletin b;

	parse_html(
		HEAD
		"<h2>Explorer の脆弱性</h2><p>登録日 2006/04/12　更新日 2006/04/13</p>"
		"<p>【深刻度】緊急。対象：サーバ</p><table><tr><td>KB Article:</td><td>908531</td></tr>"
		"<tr><td>脆弱性識別番号</td><td>MS06-015</td></tr></table><p>本文。</p>",
		&b);
	ck_assert_str_eq(b.registered, "2006-04-12");
	ck_assert_str_eq(b.updated, "2006-04-13");
	ck_assert_int_eq(b.severity, 1);
	ck_assert_uint_eq(b.targets, TARGET_SERVER);
	ck_assert_int_eq(b.kb.n, 1);
	ck_assert_str_eq(b.kb.v[0], "908531");
	bulletin_free(&b);
}
END_TEST

/* ASCII radio buttons in a check sheet: (*) chosen, ( ) not. */
START_TEST(ascii_radio_marks)
{
	struct bulletin b;

	parse_html(
		HEAD
		"<h3>テレフォニー サービスの脆弱性</h3><table>"
		"<tr><td>脆弱性識別番号</td><td>MS05-040</td></tr>"
		"<tr><td>深刻度</td><td>( ) 緊急 (*) 重要 ( ) 警告 () 注意</td></tr>"
		"<tr><td>対象環境</td><td>(x) サーバ (　) クライアント</td></tr></table><p>本文。</p>",
		&b);
	ck_assert_int_eq(b.severity, 2);
	ck_assert_uint_eq(b.targets, TARGET_SERVER);
	bulletin_free(&b);
}
END_TEST

/* A date label over a two-digit year: read year first. */
START_TEST(short_year_labels)
{
	struct bulletin b;

	parse_html(
		HEAD
		"<h3>IE 累積パッチ</h3><table><tr><td>脆弱性識別番号</td><td>MS05-038</td></tr>"
		"<tr><td>登録日</td><td>05/08/10</td></tr><tr><td>更新日</td><td>05.08.16</td></tr>"
		"</table><p>本文。</p>",
		&b);
	ck_assert_str_eq(b.registered, "2005-08-10");
	ck_assert_str_eq(b.updated, "2005-08-16");
	bulletin_free(&b);
}
END_TEST

/* Page kinds from evidence, headlines, and pages cut off. */
START_TEST(kinds_from_evidence)
{
	struct bulletin b;

	parse_html(
		HEAD
		"<p><b>MS04-011/835732</b></p><p><font size=4><b>見出し</b></font><br>(Official)</p>"
		"<p><b>緊急対応度:適用作業の至急開始</b></p><p>本文。</p></body></html>",
		&b);
	ck_assert_int_eq(b.kind, BULLETIN_ALERT);
	ck_assert_str_eq(b.id, "MS04-011");
	ck_assert_str_eq(b.kb.v[0], "835732");
	ck_assert_str_eq(b.title, "見出し");
	ck_assert_str_eq(b.official_title, "Official");
	ck_assert_str_eq(b.summary, "本文。");
	{ /* a fragment, not a whole page: only what it lacks */
		char c_[256];
		ck_assert_str_eq(diag_codes(&b, c_, sizeof c_),
		                 "no-footer,no-overview,no-severity,alert-incomplete,no-updated");
	}
	bulletin_free(&b);
	/* the id/title block in nested tables (2005-2006 archive copies) */
	parse_html(HEAD
	           "<table><tr><td><table><tr><td><table><tr><td><b>MS05-039/899588</b></td></tr>"
	           "<tr><td><font size=4><b>見出しの文</b></font></td></tr>"
	           "<tr><td>(Official title)</td></tr></table></td></tr></table>"
	           "<table><tr><td><b>緊急対応度:</b>適用作業の至急開始</td></tr></table>"
	           "<p>本文。</p></td></tr></table></body></html>",
	           &b);
	ck_assert_int_eq(b.kind, BULLETIN_ALERT);
	ck_assert_str_eq(b.id, "MS05-039");
	ck_assert_str_eq(b.kb.v[0], "899588");
	ck_assert_str_eq(b.title, "見出しの文");
	ck_assert_str_eq(b.official_title, "Official title");
	ck_assert_str_eq(b.urgency, "適用作業の至急開始");
	ck_assert_str_eq(b.summary, "本文。");
	bulletin_free(&b);
	/* an id block alone, with plain prose under it: not a bulletin */
	parse_html(HEAD "<p>MS04-011/835732</p><p>本文。</p></body></html>", &b);
	ck_assert_int_eq(b.kind, BULLETIN_OTHER);
	bulletin_free(&b);
	parse_html("<html><head><title>HotFix Report</title></head><body>"
	           "<table><tr><td><b>HotFix Report 不具合情報</b></td></tr></table>"
	           "<table><tr><td><b>セキュリティ番号</b></td><td>MS03-045/824141</td></tr>"
	           "<tr><td><b>報告日</b></td><td>2003/11/05</td></tr></table>"
	           "<p><b>不具合の見出し</b></p><p>本文。</p></body></html>",
	           &b);
	ck_assert_int_eq(b.kind, BULLETIN_NOTICE);
	ck_assert_str_eq(b.title, "不具合の見出し");
	ck_assert_str_eq(b.registered, "2003-11-05");
	ck_assert_str_eq(b.updated, "2003-11-05");
	ck_assert_str_eq(b.kb.v[0], "824141");
	ck_assert_str_eq(b.id, "MS03-045"); /* one patch, named once */
	bulletin_free(&b);
	parse_html("<html><head><title>Windows HotFix Briefings</title></head><body>"
	           "<h1>Windows HotFix Briefings</h1><p>(2004年9月10日版)</p><h2>今号の見出し</h2>"
	           "<p>本文。</p></body></html>",
	           &b);
	ck_assert_int_eq(b.kind, BULLETIN_NOTICE);
	ck_assert_str_eq(b.title, "今号の見出し");
	ck_assert_str_eq(b.edition, "2004-09-10");
	ck_assert_str_eq(b.updated, "2004-09-10");
	ck_assert_ptr_null(b.registered);
	bulletin_free(&b);
	parse_html("<html><head><title>HotFix Report</title></head><body>"
	           "<p><b>HotFix Report</b></p><p><b>UpdateEXPERT TIPS</b></p>"
	           "<p><b>[UE 6.1]見出し</b></p><p>本文。</p></body></html>",
	           &b);
	ck_assert_int_eq(b.kind, BULLETIN_OTHER);
	ck_assert_str_eq(b.title, "[UE 6.1]見出し");
	bulletin_free(&b);
	parse_html(
		"<html><head><title>HotFix Report</title></head><body><p>本文。</p></body></html>",
		&b);
	ck_assert_ptr_null(b.title); /* only the banner: no title */
	bulletin_free(&b);
	/* cut off: no </html> and no footer */
	parse_html(HEAD "<table><tr><th>脆弱性識別番号</th><td>MS05-043</td></tr></table>"
	                "<p>見出し</p><table><tr><td>Windows",
	           &b);
	ck_assert_int_eq(b.kind, BULLETIN_ALERT);
	ck_assert(has_warning(&b, "the page ends early"));
	bulletin_free(&b);
	parse_html(HEAD "<table><tr><th>脆弱性識別番号</th><td>MS05-043</td></tr></table>"
	                "<p>見出し</p><p>Copyright (C) Digital Advantage Corp.</p>",
	           &b);
	ck_assert(!has_warning(&b, "the page ends early")); /* a footer: complete */
	bulletin_free(&b);
}
END_TEST

/* ---- page furniture (extract_furniture.c) ---- */

/* The furniture bits of the first block whose text starts with `text` in
 * html (UTF-8); -1 when no block does. */
static int
furniture_of(const char *html, const char *text)
{
	struct hdoc doc;
	struct line_index pg;
	char err[256];
	int mask = -1;

	ck_assert_int_eq(html_flatten(html, strlen(html), &doc, err, sizeof err), 0);
	memset(&pg, 0, sizeof pg);
	pg.doc = &doc;
	ex_page_items(&pg);
	ex_page_furniture(&pg);
	for (size_t b = 0; b < doc.blocks.n && mask < 0; b++)
		if (strncmp(doc.blocks.v[b].text, text, strlen(text)) == 0)
			mask = pg.furn[b];
	ex_page_furniture_free(&pg);
	ex_page_items_free(&pg);
	hdoc_free(&doc);
	return mask;
}

#define GAUGE \
	"<table><tr><td colspan=3><b>緊急対応度:適用作業の至急開始</b></td></tr>" \
	"<tr><td>SP待ち</td><td>早期適用</td><td><img src=a.gif alt=\"▼\"><br>緊急適用</td></tr></table>"
#define LEGEND \
	"<p>脆弱性による危険性を示す。「緊急適用」の場合、攻撃が始まる可能性がある。" \
	"「SP待ち」の場合、サービスパックを待ってよい。</p>"

/* A gauge's label cells and the legend quoting them; the caption and a
 * data table's header row are not furniture. */
START_TEST(furniture_gauge_cells_and_legend)
{
	const char *page = HEAD GAUGE LEGEND
		"<p>本文である。</p>"
		"<table><tr><td>ファイル名<td>日付<td>バージョン<td>サイズ<td>機能"
		"<tr><td>a.dll<td>2005/06/30<td>5.1<td>1,024<td>Service</table>";

	ck_assert_int_eq(furniture_of(page, "SP待ち"), FURN_GAUGE);
	ck_assert_int_eq(furniture_of(page, "緊急適用"), FURN_GAUGE);
	ck_assert_int_eq(furniture_of(page, "脆弱性による"), FURN_GAUGE);
	ck_assert_int_eq(furniture_of(page, "緊急対応度"), 0);
	ck_assert_int_eq(furniture_of(page, "本文"), 0);
	ck_assert_int_eq(furniture_of(page, "ファイル名"), 0);
	ck_assert_int_eq(furniture_of(page, "日付"), 0);
}
END_TEST

/* Labels on one line (ideographic or ASCII spaces) are a gauge even
 * without a legend; a line of short ASCII words or a heading is not. */
START_TEST(furniture_gauge_line)
{
	ck_assert_int_eq(
		furniture_of(HEAD "<p>SP待ち　早期適用　緊急適用</p><p>本文。</p>", "SP待ち"),
		FURN_GAUGE);
	ck_assert_int_eq(furniture_of(HEAD "<p>SP待ち 早期適用 <b>緊急適用</b></p>", "SP待ち"),
	                 FURN_GAUGE);
	ck_assert_int_eq(furniture_of(HEAD "<p>Windows XP SP2</p>", "Windows"), 0);
	ck_assert_int_eq(furniture_of(HEAD "<p>‥‥‥ 確認方法 ‥‥‥</p>", "‥‥‥"), 0);
	ck_assert_int_eq(furniture_of(HEAD "<p>緊急 緊急 緊急</p>", "緊急"), 0);
	ck_assert_int_eq(
		furniture_of(
			HEAD
			"<p>SP待ち 早期適用 緊急適用</p><p>『緊急適用』は至急、『早期適用』は早めに。</p>",
			"『緊急適用』"),
		FURN_GAUGE);
	/* a gauge image: the legend beside it quotes its alt among other terms */
	ck_assert_int_eq(furniture_of(HEAD "<p><img src=g3.gif alt=\"緊急適用\"></p>" LEGEND
	                                   "<p>本文。</p>",
	                              "脆弱性による"),
	                 FURN_GAUGE);
	ck_assert_int_eq(furniture_of(HEAD "<p><img src=g3.gif alt=\"緊急適用\"></p>" LEGEND
	                                   "<p>本文。</p>",
	                              "本文"),
	                 0);
	ck_assert_int_eq(
		furniture_of(HEAD
	                     "<p><img src=s.gif alt=\"画面\"></p><p>「有効」と「無効」を選ぶ。</p>",
	                     "「有効」"),
		0);
	/* quoted words alone do not make a legend: no gauge nearby */
	ck_assert_int_eq(
		furniture_of(HEAD "<p>「緊急適用」と「SP待ち」の違い。</p>", "「緊急適用」"), 0);
}
END_TEST

/* Link lists, breadcrumbs, links to the page's own top; one link in a
 * sentence is text. */
START_TEST(furniture_links)
{
	const char *nav = HEAD
		"<p><a href=/>トップページ</a> <a href=/s/>サービスの詳細</a> "
		"<a href=/a/>セキュリティ情報</a></p><p>本文は<a href=x.html>こちら</a>を参照。</p>";
	const char *cells = HEAD "<table><tr><td><a href=/>トップ</a><td><a href=/a/>情報</a>"
				 "<td><a href=/n/>不具合</a></table><p>本文。</p>";

	ck_assert_int_eq(furniture_of(nav, "トップページ"), FURN_LINKS);
	ck_assert_int_eq(furniture_of(nav, "本文は"), 0);
	ck_assert_int_eq(furniture_of(cells, "トップ"), FURN_LINKS);
	ck_assert_int_eq(furniture_of(cells, "不具合"), FURN_LINKS);
	ck_assert_int_eq(
		furniture_of(HEAD
	                     "<p><a href=/a/>セキュリティ情報</a> &gt; <a href=/a/2005/>2005年</a>"
	                     " &gt; MS05-039</p>",
	                     "セキュリティ情報"),
		FURN_LINKS);
	ck_assert_int_eq(
		furniture_of(HEAD
	                     "<p>本文。</p><p><a href=\"#top\">ページの先頭へ</a></p><p>次。</p>",
	                     "ページの先頭へ"),
		FURN_LINKS);
	ck_assert_int_eq(furniture_of(HEAD "<p>a &gt; b &gt; c</p>", "a >"), 0);
}
END_TEST

/* class/id: nav and menu words mark; side and header only with links. */
START_TEST(furniture_class_id)
{
	ck_assert_int_eq(furniture_of(HEAD "<div id=\"menu\"><p>概要</p></div>", "概要"),
	                 FURN_CLASS);
	ck_assert_int_eq(furniture_of(HEAD "<div class=\"gnavi top\"><p>概要</p></div>", "概要"),
	                 FURN_CLASS);
	ck_assert_int_eq(
		furniture_of(HEAD "<table><tr><td class=\"LeftMenu\">x</td></tr></table>", "x"),
		FURN_CLASS);
	ck_assert_int_eq(furniture_of(HEAD "<div class=\"canvas\"><p>概要</p></div>", "概要"), 0);
	ck_assert_int_eq(furniture_of(HEAD "<div class=\"side\"><p>深刻度</p></div>", "深刻度"), 0);
	ck_assert_int_eq(furniture_of(HEAD
	                              "<div class=\"sidebar\"><p><a href=/>トップ</a></p></div>",
	                              "トップ"),
	                 FURN_LINKS);
}
END_TEST

#define CONTENT \
	"<p>本文の段落である。長い文章が続く。長い文章が続く。長い文章が続く。長い文章が続く。</p>" \
	"<p>二つ目の段落である。長い文章が続く。長い文章が続く。長い文章が続く。長い文章が続く。</p>" \
	"<p>三つ目の段落である。長い文章が続く。長い文章が続く。長い文章が続く。長い文章が続く。</p>"

/* A plain-text menu column beside the content column; a label/value
 * column is not a menu. */
START_TEST(furniture_menu_column)
{
	const char *menu =
		HEAD "<table><tr><td><div>概要</div><div>対策</div><div>参考情報</div></td>"
		     "<td><table><tr><td>x</td></tr></table>" CONTENT "</td></tr></table>";
	const char *attrs =
		HEAD "<table><tr><td><table><tr><td>対策<td>至急適用<tr><td>再起動<td>必要"
		     "<tr><td>深刻度<td>1(緊急)</table></td><td>" CONTENT "</td></tr></table>";

	ck_assert_int_eq(furniture_of(menu, "対策"), FURN_COLUMN);
	ck_assert_int_eq(furniture_of(menu, "本文"), 0);
	ck_assert_int_eq(furniture_of(attrs, "対策"), 0);
	ck_assert_int_eq(furniture_of(attrs, "至急適用"), 0);
}
END_TEST

/* The footer: from the copyright line's box, with the page links just
 * before it, to the end; a table of content before it is not. */
START_TEST(furniture_footer)
{
	const char *page = HEAD CONTENT
		"<p>本文。</p><p><a href=\"#top\">ページの先頭へ</a></p>"
		"<table><tr><td>お問い合わせはinfoまで。</td></tr>"
		"<tr><td>(C) 2005 Example Corp. All Rights Reserved.</td></tr></table><p>後記</p>";

	ck_assert_int_eq(furniture_of(page, "本文"), 0);
	ck_assert_int_eq(furniture_of(page, "ページの先頭へ"), FURN_LINKS | FURN_FOOTER);
	ck_assert_int_eq(furniture_of(page, "お問い合わせ"), FURN_FOOTER);
	ck_assert_int_eq(furniture_of(page, "後記"), FURN_FOOTER);
	ck_assert_int_eq(furniture_of(HEAD CONTENT
	                              "<hr><p>無断転載禁止。</p><p>Copyright 2005 X</p>",
	                              "無断転載"),
	                 FURN_FOOTER);
	ck_assert_int_eq(furniture_of(HEAD "<p>著作権(C)について述べる。</p>", "著作権"), 0);
}
END_TEST

#define ALERT_HEAD \
	"<table><tr><td>対策</td><td>至急適用</td></tr>" \
	"<tr><td>脆弱性識別番号</td><td>MS05-039/899588</td></tr></table><p>見出し</p>"

/* End to end: the summary holds no gauge, a plain menu's 対策 is no label,
 * the last section stops at the right-hand menu column. */
START_TEST(furniture_in_the_model)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td><div>概要</div><div>対策</div><div>参考情報</div></td><td>"
	                "<table><tr><td>&nbsp;</td></tr></table>" ALERT_HEAD GAUGE LEGEND
	                "<p>リードの文である。</p><p>‥‥‥ 概要 ‥‥‥</p>" CONTENT "</td>"
	                "<td><p>関連リンク</p><p>用語集</p><p>バックナンバー</p></td></tr></table>"
	                "</body></html>",
	           &b);
	ck_assert_str_eq(b.action, "至急適用");
	ck_assert_str_eq(b.summary, "リードの文である。");
	ck_assert_ptr_nonnull(b.overview);
	ck_assert_ptr_null(strstr(b.overview, "バックナンバー"));
	ck_assert_ptr_nonnull(strstr(b.overview, "三つ目の段落"));
	{ /* a fragment, not a whole page: only what it lacks */
		char c_[256];
		ck_assert_str_eq(diag_codes(&b, c_, sizeof c_),
		                 "no-footer,no-severity,alert-incomplete,no-updated");
	}
	bulletin_free(&b);
	/* no section at all: the lead ends with its page column, before the
	 * other column's text (not a menu: a sentence) */
	parse_html(HEAD "<table><tr><td>" ALERT_HEAD "<p>緊急対応度:適用作業の早期開始</p>" CONTENT
	                "</td>"
	                "<td><p>購読のお申し込みはこちらへ。</p></td></tr></table>",
	           &b);
	ck_assert_ptr_nonnull(b.summary);
	ck_assert_ptr_nonnull(strstr(b.summary, "三つ目の段落"));
	ck_assert_ptr_null(strstr(b.summary, "購読"));
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
	tcase_add_test(tc, supersedes_bounded);
	tcase_add_test(tc, file_tables);
	tcase_add_test(tc, kinds);
	tcase_add_test(tc, section_not_understood);
	tcase_add_test(tc, labels);
	tcase_add_test(tc, layout_not_recognised);
	tcase_add_test(tc, alert_unrecognised);
	tcase_add_test(tc, links);
	tcase_add_loop_test(tc, three_stages_one_url, 0, sizeof same_cases / sizeof *same_cases);
	tcase_add_test(tc, yesno_whole_values);
	tcase_add_test(tc, file_columns_by_header);
	tcase_add_test(tc, odd_one_out);
	tcase_add_test(tc, all_alike);
	tcase_add_test(tc, date_forms);
	tcase_add_loop_test(tc, label_places, 0, (int)(sizeof label_cases / sizeof *label_cases));
	tcase_add_test(tc, rating_legend_ellipsis);
	tcase_add_test(tc, heading_labels);
	tcase_add_test(tc, circled_labels);
	tcase_add_test(tc, glossary_definitions);
	tcase_add_test(tc, microsoft_rating);
	tcase_add_test(tc, image_labels);
	tcase_add_test(tc, strung_after_space);
	tcase_add_test(tc, ascii_radio_marks);
	tcase_add_test(tc, short_year_labels);
	tcase_add_loop_test(tc, headline_date_parts, 0,
	                    (int)(sizeof date_lines / sizeof *date_lines));
	tcase_add_loop_test(tc, qualified_labels, 0,
	                    (int)(sizeof qualified_cases / sizeof *qualified_cases));
	tcase_add_loop_test(tc, contrast_text, 0,
	                    (int)(sizeof contrast_rows / sizeof *contrast_rows));
	tcase_add_loop_test(tc, dd_values, 0, (int)(sizeof dd_cases / sizeof *dd_cases));
	tcase_add_loop_test(tc, registered_labels, 0,
	                    (int)(sizeof registered_cases / sizeof *registered_cases));
	tcase_add_test(tc, kinds_from_evidence);
	suite_add_tcase(s, tc);
	tc = tcase_create("furniture");
	tcase_add_test(tc, furniture_gauge_cells_and_legend);
	tcase_add_test(tc, furniture_gauge_line);
	tcase_add_test(tc, furniture_links);
	tcase_add_test(tc, furniture_class_id);
	tcase_add_test(tc, furniture_menu_column);
	tcase_add_test(tc, furniture_footer);
	tcase_add_test(tc, furniture_in_the_model);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(extract_suite)
