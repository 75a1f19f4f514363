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
	ck_assert(has_warning(&b, "深刻度: none of the 4 options"));
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

/* ---- page furniture (extract_furniture.c) ---- */

/* The furniture bits of the first block whose text starts with `text` in
 * html (UTF-8); -1 when no block does. */
static int
furniture_of(const char *html, const char *text)
{
	struct hdoc doc;
	struct page pg;
	char err[256];
	int mask = -1;

	ck_assert_int_eq(html_flatten(html, strlen(html), &doc, err, sizeof err), 0);
	memset(&pg, 0, sizeof pg);
	pg.doc = &doc;
	page_items(&pg);
	page_furniture(&pg);
	for (size_t b = 0; b < doc.blocks.n && mask < 0; b++)
		if (strncmp(doc.blocks.v[b].text, text, strlen(text)) == 0)
			mask = pg.furn[b];
	page_furniture_free(&pg);
	page_items_free(&pg);
	hdoc_free(&doc);
	return mask;
}

#define GAUGE "<table><tr><td colspan=3><b>緊急対応度:適用作業の至急開始</b></td></tr>" \
	"<tr><td>SP待ち</td><td>早期適用</td><td><img src=a.gif alt=\"▼\"><br>緊急適用</td></tr></table>"
#define LEGEND "<p>脆弱性による危険性を示す。「緊急適用」の場合、攻撃が始まる可能性がある。" \
	"「SP待ち」の場合、サービスパックを待ってよい。</p>"

/* A gauge's label cells and the legend quoting them; the caption and a
 * data table's header row are not furniture. */
START_TEST(furniture_gauge_cells_and_legend)
{
	const char *page = HEAD GAUGE LEGEND "<p>本文である。</p>"
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
	ck_assert_int_eq(furniture_of(HEAD "<p>SP待ち　早期適用　緊急適用</p><p>本文。</p>", "SP待ち"), FURN_GAUGE);
	ck_assert_int_eq(furniture_of(HEAD "<p>SP待ち 早期適用 <b>緊急適用</b></p>", "SP待ち"), FURN_GAUGE);
	ck_assert_int_eq(furniture_of(HEAD "<p>Windows XP SP2</p>", "Windows"), 0);
	ck_assert_int_eq(furniture_of(HEAD "<p>‥‥‥ 確認方法 ‥‥‥</p>", "‥‥‥"), 0);
	ck_assert_int_eq(furniture_of(HEAD "<p>緊急 緊急 緊急</p>", "緊急"), 0);
	ck_assert_int_eq(furniture_of(HEAD "<p>SP待ち 早期適用 緊急適用</p><p>『緊急適用』は至急、『早期適用』は早めに。</p>",
	                              "『緊急適用』"), FURN_GAUGE);
	/* a gauge image: the legend beside it quotes its alt among other terms */
	ck_assert_int_eq(furniture_of(HEAD "<p><img src=g3.gif alt=\"緊急適用\"></p>" LEGEND "<p>本文。</p>",
	                              "脆弱性による"), FURN_GAUGE);
	ck_assert_int_eq(furniture_of(HEAD "<p><img src=g3.gif alt=\"緊急適用\"></p>" LEGEND "<p>本文。</p>",
	                              "本文"), 0);
	ck_assert_int_eq(furniture_of(HEAD "<p><img src=s.gif alt=\"画面\"></p><p>「有効」と「無効」を選ぶ。</p>",
	                              "「有効」"), 0);
	/* quoted words alone do not make a legend: no gauge nearby */
	ck_assert_int_eq(furniture_of(HEAD "<p>「緊急適用」と「SP待ち」の違い。</p>", "「緊急適用」"), 0);
}
END_TEST

/* Link lists, breadcrumbs, links to the page's own top; one link in a
 * sentence is text. */
START_TEST(furniture_links)
{
	const char *nav = HEAD "<p><a href=/>トップページ</a> <a href=/s/>サービスの詳細</a> "
	                  "<a href=/a/>セキュリティ情報</a></p><p>本文は<a href=x.html>こちら</a>を参照。</p>";
	const char *cells = HEAD "<table><tr><td><a href=/>トップ</a><td><a href=/a/>情報</a>"
	                    "<td><a href=/n/>不具合</a></table><p>本文。</p>";

	ck_assert_int_eq(furniture_of(nav, "トップページ"), FURN_LINKS);
	ck_assert_int_eq(furniture_of(nav, "本文は"), 0);
	ck_assert_int_eq(furniture_of(cells, "トップ"), FURN_LINKS);
	ck_assert_int_eq(furniture_of(cells, "不具合"), FURN_LINKS);
	ck_assert_int_eq(furniture_of(HEAD "<p><a href=/a/>セキュリティ情報</a> &gt; <a href=/a/2005/>2005年</a>"
	                              " &gt; MS05-039</p>", "セキュリティ情報"), FURN_LINKS);
	ck_assert_int_eq(furniture_of(HEAD "<p>本文。</p><p><a href=\"#top\">ページの先頭へ</a></p><p>次。</p>",
	                              "ページの先頭へ"), FURN_LINKS);
	ck_assert_int_eq(furniture_of(HEAD "<p>a &gt; b &gt; c</p>", "a >"), 0);
}
END_TEST

/* class/id: nav and menu words mark; side and header only with links. */
START_TEST(furniture_class_id)
{
	ck_assert_int_eq(furniture_of(HEAD "<div id=\"menu\"><p>概要</p></div>", "概要"), FURN_CLASS);
	ck_assert_int_eq(furniture_of(HEAD "<div class=\"gnavi top\"><p>概要</p></div>", "概要"), FURN_CLASS);
	ck_assert_int_eq(furniture_of(HEAD "<table><tr><td class=\"LeftMenu\">x</td></tr></table>", "x"), FURN_CLASS);
	ck_assert_int_eq(furniture_of(HEAD "<div class=\"canvas\"><p>概要</p></div>", "概要"), 0);
	ck_assert_int_eq(furniture_of(HEAD "<div class=\"side\"><p>深刻度</p></div>", "深刻度"), 0);
	ck_assert_int_eq(furniture_of(HEAD "<div class=\"sidebar\"><p><a href=/>トップ</a></p></div>", "トップ"),
	                 FURN_LINKS);
}
END_TEST

#define CONTENT "<p>本文の段落である。長い文章が続く。長い文章が続く。長い文章が続く。長い文章が続く。</p>" \
	"<p>二つ目の段落である。長い文章が続く。長い文章が続く。長い文章が続く。長い文章が続く。</p>" \
	"<p>三つ目の段落である。長い文章が続く。長い文章が続く。長い文章が続く。長い文章が続く。</p>"

/* A plain-text menu column beside the content column; a label/value
 * column is not a menu. */
START_TEST(furniture_menu_column)
{
	const char *menu = HEAD "<table><tr><td><div>概要</div><div>対策</div><div>参考情報</div></td>"
	                   "<td><table><tr><td>x</td></tr></table>" CONTENT "</td></tr></table>";
	const char *attrs = HEAD "<table><tr><td><table><tr><td>対策<td>至急適用<tr><td>再起動<td>必要"
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
	const char *page = HEAD CONTENT "<p>本文。</p><p><a href=\"#top\">ページの先頭へ</a></p>"
	                   "<table><tr><td>お問い合わせはinfoまで。</td></tr>"
	                   "<tr><td>(C) 2005 Example Corp. All Rights Reserved.</td></tr></table><p>後記</p>";

	ck_assert_int_eq(furniture_of(page, "本文"), 0);
	ck_assert_int_eq(furniture_of(page, "ページの先頭へ"), FURN_LINKS | FURN_FOOTER);
	ck_assert_int_eq(furniture_of(page, "お問い合わせ"), FURN_FOOTER);
	ck_assert_int_eq(furniture_of(page, "後記"), FURN_FOOTER);
	ck_assert_int_eq(furniture_of(HEAD CONTENT "<hr><p>無断転載禁止。</p><p>Copyright 2005 X</p>",
	                              "無断転載"), FURN_FOOTER);
	ck_assert_int_eq(furniture_of(HEAD "<p>著作権(C)について述べる。</p>", "著作権"), 0);
}
END_TEST

#define ALERT_HEAD "<table><tr><td>対策</td><td>至急適用</td></tr>" \
	"<tr><td>脆弱性識別番号</td><td>MS05-039/899588</td></tr></table><p>見出し</p>"

/* End to end: the summary holds no gauge, a plain menu's 対策 is no label,
 * the last section stops at the right-hand menu column. */
START_TEST(furniture_in_the_model)
{
	struct bulletin b;

	parse_html(HEAD "<table><tr><td><div>概要</div><div>対策</div><div>参考情報</div></td><td>"
	           "<table><tr><td>&nbsp;</td></tr></table>" ALERT_HEAD GAUGE LEGEND
	           "<p>リードの文である。</p><p>‥‥‥ 概要 ‥‥‥</p>" CONTENT "</td>"
	           "<td><p>関連リンク</p><p>用語集</p><p>バックナンバー</p></td></tr></table>", &b);
	ck_assert_str_eq(b.action, "至急適用");
	ck_assert_str_eq(b.summary, "リードの文である。");
	ck_assert_ptr_nonnull(b.overview);
	ck_assert_ptr_null(strstr(b.overview, "バックナンバー"));
	ck_assert_ptr_nonnull(strstr(b.overview, "三つ目の段落"));
	ck_assert_int_eq(b.warnings.n, 0);
	bulletin_free(&b);
	/* no section at all: the lead ends with its page column, before the
	 * other column's text (not a menu: a sentence) */
	parse_html(HEAD "<table><tr><td>" ALERT_HEAD "<p>緊急対応度:適用作業の早期開始</p>" CONTENT "</td>"
	           "<td><p>購読のお申し込みはこちらへ。</p></td></tr></table>", &b);
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
	tcase_add_test(tc, file_tables);
	tcase_add_test(tc, kinds);
	tcase_add_test(tc, section_not_understood);
	tcase_add_test(tc, labels);
	tcase_add_test(tc, links);
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
