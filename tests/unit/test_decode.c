/* test_decode.c — parse/decode.h: each decoder byte for byte against the
 * WHATWG Encoding Standard, the label table, the HTML Standard's sniffing
 * order, detection, and hotfeed's override policy. */
#include "parse/decode.h"
#include "tests/unit/testutil.h"

#include <stdio.h>
#include <string.h>

/* Decode a byte literal with one decoder; compare the UTF-8 exactly. */
#define EXPECT(enc, in, want, bad) \
	expect_bytes(enc, (const unsigned char *)(in), sizeof(in) - 1, want, sizeof(want) - 1, \
	             bad, __LINE__)

static void
expect_bytes(enum encoding e, const unsigned char *in, size_t n, const char *want, size_t wlen,
             size_t bad, int line)
{
	char *out = NULL;
	size_t olen = 0;
	size_t invalid = decode_bytes(e, in, n, &out, &olen);

	ck_assert_msg(olen == wlen && memcmp(out, want, wlen) == 0,
	              "line %d: %s decoded to \"%s\" (%zu bytes), want \"%s\"", line,
	              encoding_name(e), out, olen, want);
	ck_assert_msg(invalid == bad, "line %d: %zu invalid, want %zu", line, invalid, bad);
	ck_assert_msg(out[olen] == '\0', "line %d: not NUL-terminated", line);
	free(out);
}

START_TEST(shift_jis_table)
{
	EXPECT(ENC_SHIFT_JIS, "\x5C\x7E", "\\~", 0);
	EXPECT(ENC_SHIFT_JIS, "\x80", "\xC2\x80", 0);
	EXPECT(ENC_SHIFT_JIS, "\x81\x60", "\uFF5E", 0);
	EXPECT(ENC_SHIFT_JIS, "\x81\x61", "\u2225", 0);
	EXPECT(ENC_SHIFT_JIS, "\x81\x7C", "\uFF0D", 0);
	EXPECT(ENC_SHIFT_JIS, "\x81\x91\x81\x92\x81\xCA", "\uFFE0\uFFE1\uFFE2", 0);
	EXPECT(ENC_SHIFT_JIS, "\x87\x40\x87\x54\x87\x55\x87\x8A", "①ⅠⅡ㈱", 0);
	EXPECT(ENC_SHIFT_JIS, "\xFB\xFC\xFB\x9C\xFA\x40", "髙\u856Bⅰ", 0); /* IBM */
	EXPECT(ENC_SHIFT_JIS, "\xED\x40", "\u7E8A", 0);                    /* NEC-selected IBM */
	EXPECT(ENC_SHIFT_JIS, "\xF0\x40\xF9\xFC", "\uE000\uE757", 0);      /* user-defined */
	EXPECT(ENC_SHIFT_JIS, "\xA1\xB1\xDF", "\uFF61ｱ\uFF9F", 0);
	EXPECT(ENC_SHIFT_JIS, "\x88\x9F\x82\xA0\x83\x41", "亜あア", 0);
	/* 0x5C as a trail byte, and as a backslash: never a yen sign */
	EXPECT(ENC_SHIFT_JIS, "\x95\x5C\x83\x5C\x94\x5C", "表ソ能", 0);
	EXPECT(ENC_SHIFT_JIS, "%SystemRoot%\\system32\\", "%SystemRoot%\\system32\\", 0);
	EXPECT(ENC_SHIFT_JIS, "HKEY_LOCAL_MACHINE\\SOFTWARE\\\x95\x5C",
	       "HKEY_LOCAL_MACHINE\\SOFTWARE\\表", 0);
}
END_TEST

/* How many of the byte sequences with the given lead bytes decode cleanly:
 * the WHATWG index jis0208 has 7724 entries (7336 reachable from EUC-JP),
 * jis0212 has 6067, and Shift_JIS adds 1880 user-defined pairs. */
static size_t
count_clean(enum encoding e, unsigned prefix, unsigned lo1, unsigned hi1, unsigned lo2,
            unsigned hi2)
{
	size_t clean = 0;

	for (unsigned l = lo1; l <= hi1; l++)
		for (unsigned t = lo2; t <= hi2; t++) {
			unsigned char in[3] = { (unsigned char)prefix, (unsigned char)l,
				                (unsigned char)t };
			char *out = NULL;
			size_t olen = 0;
			clean += decode_bytes(e, prefix ? in : in + 1, prefix ? 3 : 2, &out,
			                      &olen) == 0;
			free(out);
		}
	return clean;
}

START_TEST(index_sizes)
{
	size_t sjis = count_clean(ENC_SHIFT_JIS, 0, 0x81, 0x9F, 0x40, 0xFC) +
	              count_clean(ENC_SHIFT_JIS, 0, 0xE0, 0xFC, 0x40, 0xFC);
	ck_assert_uint_eq(sjis, 7724 + 1880);
	ck_assert_uint_eq(count_clean(ENC_EUC_JP, 0, 0xA1, 0xFE, 0xA1, 0xFE), 7336);
	ck_assert_uint_eq(count_clean(ENC_EUC_JP, 0x8F, 0xA1, 0xFE, 0xA1, 0xFE), 6067);
}
END_TEST

START_TEST(shift_jis_errors)
{
	EXPECT(ENC_SHIFT_JIS, "\x82\x41", "\uFFFDA", 1); /* ASCII trail re-read */
	EXPECT(ENC_SHIFT_JIS, "\x81\xFD", "\uFFFD", 1);  /* high trail consumed */
	EXPECT(ENC_SHIFT_JIS, "a\x82", "a\uFFFD", 1);    /* lead at the end */
	EXPECT(ENC_SHIFT_JIS, "\xA0\xFD\xFE\xFF", "\uFFFD\uFFFD\uFFFD\uFFFD", 4);
	EXPECT(ENC_SHIFT_JIS, "\x85\x40", "\uFFFD@", 1); /* unassigned row */
	EXPECT(ENC_SHIFT_JIS, "\x81\x20x", "\uFFFD x", 1);
	EXPECT(ENC_SHIFT_JIS, "\x82\xFD\xA0", "\uFFFD\uFFFD", 2);
}
END_TEST

START_TEST(euc_jp)
{
	EXPECT(ENC_EUC_JP, "\xA1\xC1", "\uFF5E", 0);
	EXPECT(ENC_EUC_JP, "\xA1\xDD", "\uFF0D", 0);
	EXPECT(ENC_EUC_JP, "\xAD\xA1\xAD\xB5", "①Ⅰ", 0); /* NEC row 13 */
	EXPECT(ENC_EUC_JP, "\xF9\xA1", "\u7E8A", 0);     /* row 89 */
	EXPECT(ENC_EUC_JP, "\xB0\xA1\xA4\xA2\xA1\xA1", "亜あ\u3000", 0);
	EXPECT(ENC_EUC_JP, "\x8E\xB1\x8E\xDF", "ｱ\uFF9F", 0);
	EXPECT(ENC_EUC_JP, "\x8F\xB0\xA1\x8F\xA2\xB7", "\u4E02\uFF5E", 0); /* JIS X 0212 */
	EXPECT(ENC_EUC_JP, "\\~", "\\~", 0);
	/* errors */
	EXPECT(ENC_EUC_JP, "\x8E\x41", "\uFFFDA", 1);
	EXPECT(ENC_EUC_JP, "\x8E\xE0", "\uFFFD", 1);
	EXPECT(ENC_EUC_JP, "\x80\x8D\x90\xA0\xFF", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD", 5);
	EXPECT(ENC_EUC_JP, "a\xA1", "a\uFFFD", 1);
	EXPECT(ENC_EUC_JP, "\x8F\xA1", "\uFFFD", 1);
	EXPECT(ENC_EUC_JP, "\x8F\xA1\x41", "\uFFFDA", 1);
	EXPECT(ENC_EUC_JP, "\xA1\x41", "\uFFFDA", 1);
	EXPECT(ENC_EUC_JP, "\xA9\xA1", "\uFFFD", 1); /* unassigned row 9 */
}
END_TEST

START_TEST(iso2022jp)
{
	EXPECT(ENC_ISO2022JP, "\x1B$B0!", "亜", 0);
	EXPECT(ENC_ISO2022JP, "\x1B$@0!\x1B(BA", "亜A", 0);
	EXPECT(ENC_ISO2022JP, "\x1B$B!A-!\x1B(B", "\uFF5E①", 0);
	EXPECT(ENC_ISO2022JP, "\x1B(J\\~a\x1B(B\\~", "\u00A5\u203Ea\\~", 0);
	EXPECT(ENC_ISO2022JP, "\x1B(I1_\x1B(B", "ｱ\uFF9F", 0);
	/* errors */
	EXPECT(ENC_ISO2022JP, "\x1B$B0!\n", "亜\uFFFD", 1); /* newline in two-byte mode */
	EXPECT(ENC_ISO2022JP, "\x1B(Zx", "\uFFFD(Zx", 1);   /* unknown escape */
	EXPECT(ENC_ISO2022JP, "\x1BZ", "\uFFFDZ", 1);
	EXPECT(ENC_ISO2022JP, "\x1B(B\x1B(BA", "\uFFFDA", 1); /* nothing between escapes */
	EXPECT(ENC_ISO2022JP, "\x1B$B0", "\uFFFD", 1);        /* half a character */
	EXPECT(ENC_ISO2022JP, "\x1B$B0\x1B(Bx", "\uFFFDx", 1);
	EXPECT(ENC_ISO2022JP, "a\x80\x0E", "a\uFFFD\uFFFD", 2);
	EXPECT(ENC_ISO2022JP, "a\x1B", "a\uFFFD", 1);
	EXPECT(ENC_ISO2022JP, "a\x1B$", "a\uFFFD$", 1);
	EXPECT(ENC_ISO2022JP, "\x1B(I\x1B(", "\uFFFDｨ", 1);
}
END_TEST

START_TEST(utf8_and_others)
{
	EXPECT(ENC_UTF8, "日本\xF0\x9F\x98\x80", "日本\xF0\x9F\x98\x80", 0);
	EXPECT(ENC_UTF8, "\xC0\x80", "\uFFFD\uFFFD", 2);
	EXPECT(ENC_UTF8, "\xE3\x81", "\uFFFD", 1); /* maximal subpart */
	EXPECT(ENC_UTF8,
	       "\xE3\x81"
	       "A",
	       "\uFFFDA", 1);
	EXPECT(ENC_UTF8, "\xED\xA0\x80", "\uFFFD\uFFFD\uFFFD", 3); /* surrogate */
	EXPECT(ENC_UTF8, "\xF4\x90\x80\x80", "\uFFFD\uFFFD\uFFFD\uFFFD", 4);
	EXPECT(ENC_UTF8, "\xF0\x9F\x98", "\uFFFD", 1);
	EXPECT(ENC_UTF8, "\xFF\x80", "\uFFFD\uFFFD", 2);
	EXPECT(ENC_UTF16LE, "A\0\x3D\xD8\x00\xDE", "A\xF0\x9F\x98\x80", 0);
	EXPECT(ENC_UTF16BE, "\0A\x30\x42", "Aあ", 0);
	EXPECT(ENC_UTF16LE,
	       "\x00\xD8"
	       "A\0",
	       "\uFFFDA", 1);
	EXPECT(ENC_UTF16LE, "\x00\xDC", "\uFFFD", 1);
	EXPECT(ENC_UTF16LE, "A\0B", "A\uFFFD", 1);
	EXPECT(ENC_UTF16LE,
	       "\x00\xD8"
	       "B",
	       "\uFFFD", 1);
	EXPECT(ENC_WINDOWS1252, "\x80\x81\x9F\xA9\xE9",
	       "€\xC2\x81"
	       "Ÿ©é",
	       0);
}
END_TEST

START_TEST(append_to_existing)
{
	char *out = strdup("abc");
	size_t len = 3;

	ck_assert_uint_eq(
		decode_bytes(ENC_SHIFT_JIS, (const unsigned char *)"\x88\x9F", 2, &out, &len), 0);
	ck_assert_str_eq(out, "abc亜");
	ck_assert_uint_eq(len, strlen("abc亜"));
	free(out);
}
END_TEST

START_TEST(labels)
{
	static const struct {
		const char *label;
		enum encoding e;
	} t[] = {
		{ "shift_jis", ENC_SHIFT_JIS },
		{ " Shift_JIS\t", ENC_SHIFT_JIS },
		{ "SJIS", ENC_SHIFT_JIS },
		{ "ms_kanji", ENC_SHIFT_JIS },
		{ "windows-31j", ENC_SHIFT_JIS },
		{ "x-sjis", ENC_SHIFT_JIS },
		{ "csshiftjis", ENC_SHIFT_JIS },
		{ "ms932", ENC_SHIFT_JIS },
		{ "shift-jis", ENC_SHIFT_JIS },
		{ "euc-jp", ENC_EUC_JP },
		{ "X-EUC-JP", ENC_EUC_JP },
		{ "cseucpkdfmtjapanese", ENC_EUC_JP },
		{ "iso-2022-jp", ENC_ISO2022JP },
		{ "csiso2022jp", ENC_ISO2022JP },
		{ "utf-8", ENC_UTF8 },
		{ "UTF8", ENC_UTF8 },
		{ "unicode-1-1-utf-8", ENC_UTF8 },
		{ "unicode11utf8", ENC_UTF8 },
		{ "unicode20utf8", ENC_UTF8 },
		{ "x-unicode20utf8", ENC_UTF8 },
		{ "iso-8859-1", ENC_WINDOWS1252 },
		{ "latin1", ENC_WINDOWS1252 },
		{ "us-ascii", ENC_WINDOWS1252 },
		{ "ascii", ENC_WINDOWS1252 },
		{ "l1", ENC_WINDOWS1252 },
		{ "cp1252", ENC_WINDOWS1252 },
		{ "x-cp1252", ENC_WINDOWS1252 },
		{ "windows-1252", ENC_WINDOWS1252 },
		{ "iso_8859-1:1987", ENC_WINDOWS1252 },
		{ "utf-16", ENC_UTF16LE },
		{ "utf-16le", ENC_UTF16LE },
		{ "unicode", ENC_UTF16LE },
		{ "utf-16be", ENC_UTF16BE },
		{ "unicodefffe", ENC_UTF16BE },
		/* not labels */
		{ "cp932", ENC_UNKNOWN },
		{ "eucjp", ENC_UNKNOWN },
		{ "euc_jp", ENC_UNKNOWN },
		{ "x-euc", ENC_UNKNOWN },
		{ "jis", ENC_UNKNOWN },
		{ "", ENC_UNKNOWN },
		{ "shift_jis2", ENC_UNKNOWN },
		{ "gb2312", ENC_UNKNOWN },
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++)
		ck_assert_msg(encoding_from_label(t[i].label) == t[i].e, "label \"%s\"",
		              t[i].label);
	ck_assert_str_eq(encoding_name(ENC_SHIFT_JIS), "Shift_JIS");
	ck_assert_str_eq(encoding_name(ENC_EUC_JP), "EUC-JP");
	ck_assert_str_eq(encoding_name(ENC_ISO2022JP), "ISO-2022-JP");
	ck_assert_str_eq(encoding_name(ENC_WINDOWS1252), "windows-1252");
	ck_assert_str_eq(encoding_name(ENC_UTF8), "UTF-8");
}
END_TEST

/* decode_document on a string; checks encoding, source and warning. */
static void
doc(const char *in, size_t n, const char *transport, enum encoding fallback, enum encoding want,
    const char *source, const char *warning, int line)
{
	struct decode_result r;

	ck_assert_int_eq(decode_document((const unsigned char *)in, n, transport, fallback, &r), 0);
	ck_assert_msg(r.encoding == want, "line %d: encoding %s, want %s", line,
	              encoding_name(r.encoding), encoding_name(want));
	ck_assert_msg(strcmp(r.source, source) == 0, "line %d: source %s, want %s", line, r.source,
	              source);
	if (warning == NULL)
		ck_assert_msg(r.warning == NULL, "line %d: warning \"%s\"", line, r.warning);
	else
		ck_assert_msg(r.warning && strcmp(r.warning, warning) == 0,
		              "line %d: warning \"%s\", want \"%s\"", line,
		              r.warning ? r.warning : "(none)", warning);
	decode_result_free(&r);
}
#define DOC(in, tr, want, src, warn) \
	doc(in, sizeof(in) - 1, tr, ENC_SHIFT_JIS, want, src, warn, __LINE__)

#define SJIS_TEXT \
	"\x93\xFA\x96\x7B\x8C\xEA\x82\xCC\x83\x65\x83\x4C\x83\x58\x83\x67" /* 日本語のテキスト */
#define EUC_TEXT "\xC6\xFC\xCB\xDC\xB8\xEC\xA4\xCE\xA5\xC6\xA5\xAD\xA5\xB9\xA5\xC8"

START_TEST(sniff_order)
{
	/* BOM beats transport beats meta */
	DOC("\xEF\xBB\xBF<meta charset=euc-jp>x", "shift_jis", ENC_UTF8, "bom", NULL);
	DOC("\xFF\xFE<\0", NULL, ENC_UTF16LE, "bom", NULL);
	DOC("\xFE\xFF\0<", "utf-8", ENC_UTF16BE, "bom", NULL);
	DOC("<meta charset=euc-jp>" EUC_TEXT, "Shift_JIS", ENC_SHIFT_JIS, "transport", NULL);
	DOC("<meta charset=euc-jp>" EUC_TEXT, "\"Shift_JIS\"", ENC_SHIFT_JIS, "transport", NULL);
	DOC("<meta charset=euc-jp>" EUC_TEXT, NULL, ENC_EUC_JP, "meta", NULL);
	DOC("<META CHARSET=\"EUC-JP\">" EUC_TEXT, NULL, ENC_EUC_JP, "meta", NULL);
	DOC("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=x-sjis\">" SJIS_TEXT,
	    NULL, ENC_SHIFT_JIS, "meta", NULL);
	DOC("<meta content='text/html;charset = \"euc-jp\"' http-equiv=content-type>" EUC_TEXT,
	    NULL, ENC_EUC_JP, "meta", NULL);
	/* content without http-equiv is not a declaration */
	DOC("<meta content=\"text/html; charset=euc-jp\">" SJIS_TEXT, NULL, ENC_SHIFT_JIS,
	    "detected", NULL);
	/* a meta inside a comment or an attribute value is not a meta */
	DOC("<!-- <meta charset=euc-jp> -->" SJIS_TEXT, NULL, ENC_SHIFT_JIS, "detected", NULL);
	DOC("<!--><meta charset=euc-jp>" EUC_TEXT, NULL, ENC_EUC_JP, "meta", NULL);
	DOC("<a title='<meta charset=euc-jp>'>" SJIS_TEXT, NULL, ENC_SHIFT_JIS, "detected", NULL);
	/* the first charset attribute counts; a bad one is skipped */
	DOC("<meta charset=x-euc><meta charset=euc-jp>" EUC_TEXT, NULL, ENC_EUC_JP, "meta", NULL);
	/* UTF-16 in a meta means UTF-8 */
	DOC("<meta charset=utf-16>a", NULL, ENC_UTF8, "meta", NULL);
	DOC("<meta charset=x-user-defined>a", NULL, ENC_WINDOWS1252, "meta", NULL);
	/* <?xml?> as a fallback */
	DOC("<?xml version=\"1.0\" encoding=\"EUC-JP\"?>" EUC_TEXT, NULL, ENC_EUC_JP, "meta", NULL);
	DOC("<?xml version='1.0' encoding='Shift_JIS'?><meta charset=euc-jp>" EUC_TEXT, NULL,
	    ENC_EUC_JP, "meta", NULL);
}
END_TEST

START_TEST(sniff_window)
{
	char page[2048];
	size_t n;

	/* a meta that starts after the first 1024 bytes is missed by the
	 * standard's prescan but, still in <head>, seen by Chromium's late
	 * scan; after a tag that ends the head it is not */
	memset(page, ' ', 1024);
	n = 1024;
	memcpy(page + n, "<meta charset=euc-jp>" EUC_TEXT,
	       sizeof("<meta charset=euc-jp>" EUC_TEXT) - 1);
	n += sizeof("<meta charset=euc-jp>" EUC_TEXT) - 1;
	doc(page, n, NULL, ENC_SHIFT_JIS, ENC_EUC_JP, "meta", NULL, __LINE__);
	memcpy(page, "<body>", 6);
	doc(page, n, NULL, ENC_SHIFT_JIS, ENC_EUC_JP, "detected", NULL, __LINE__);
	memcpy(page, "<head>", 6);
	doc(page, n, NULL, ENC_SHIFT_JIS, ENC_EUC_JP, "meta", NULL, __LINE__);
	memcpy(page, "</head>", 7);
	doc(page, n, NULL, ENC_SHIFT_JIS, ENC_EUC_JP, "detected", NULL, __LINE__);
	/* one that ends within them is seen by the prescan itself */
	memset(page, ' ', 7);
	memmove(page + 1024 - 21, page + 1024, n - 1024);
	doc(page, n - 21, NULL, ENC_SHIFT_JIS, ENC_EUC_JP, "meta", NULL, __LINE__);
	/* one cut by the 1024-byte limit: by the late scan */
	memset(page, ' ', 1024);
	memcpy(page + 1010, "<meta charset=euc-jp>", 21);
	doc(page, 1031, NULL, ENC_UTF16LE, ENC_EUC_JP, "meta", NULL, __LINE__);
	/* a page of at most 1024 bytes has no late part */
	memcpy(page + 1003, "<meta charset=euc-jp>", 21);
	doc(page, 1024, NULL, ENC_UTF16LE, ENC_EUC_JP, "meta", NULL, __LINE__);
	doc(page, 1023, NULL, ENC_UTF16LE, ENC_UTF8, "detected", NULL, __LINE__);
}
END_TEST

START_TEST(detection)
{
	DOC(SJIS_TEXT, NULL, ENC_SHIFT_JIS, "detected", NULL);
	DOC(EUC_TEXT, NULL, ENC_EUC_JP, "detected", NULL);
	DOC("日本語のテキスト", NULL, ENC_UTF8, "detected", NULL);
	DOC("\x1B$BF|K\\\x1B(B", NULL, ENC_ISO2022JP, "detected", NULL);
	DOC("plain ascii", NULL, ENC_UTF8, "detected", NULL);
	/* short: 2 characters */
	DOC("\x82\xA0", NULL, ENC_SHIFT_JIS, "detected", NULL);
	DOC("\xA4\xA2\xA4\xA4", NULL, ENC_EUC_JP, "detected", NULL);
	/* nothing to go on: the default */
	doc("", 0, NULL, ENC_EUC_JP, ENC_EUC_JP, "default", NULL, __LINE__);
	doc("", 0, NULL, ENC_SHIFT_JIS, ENC_SHIFT_JIS, "default", NULL, __LINE__);
	/* an unsupported declaration is reported, then detection */
	DOC("<meta charset=gb2312>" SJIS_TEXT, NULL, ENC_SHIFT_JIS, "detected",
	    "meta charset \"gb2312\" names an encoding hotfeed does not decode; ignored");
	DOC(SJIS_TEXT, "iso-8859-2", ENC_SHIFT_JIS, "detected",
	    "transport charset \"iso-8859-2\" names an encoding hotfeed does not decode; ignored");
	DOC(SJIS_TEXT, "cp932", ENC_SHIFT_JIS, "detected",
	    "transport charset \"cp932\" is not an encoding label; ignored");
}
END_TEST

START_TEST(override_policy)
{
	/* (a) a meta whose decoder fails yields to a clean, plausible one */
	DOC("<meta charset=euc-jp>" SJIS_TEXT, NULL, ENC_SHIFT_JIS, "override",
	    "declared encoding EUC-JP (meta) produced 8 invalid sequences; decoded as Shift_JIS instead");
	DOC("<meta charset=shift_jis>" EUC_TEXT "\xB0\xFE", NULL, ENC_EUC_JP, "override",
	    "declared encoding Shift_JIS (meta) produced 3 invalid sequences; decoded as EUC-JP instead");
	DOC("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>日本語です", NULL, ENC_UTF8, "override",
	    "declared encoding Shift_JIS (xml declaration) produced 1 invalid sequence; decoded as UTF-8 instead");
	/* a clean declaration is obeyed, even when another decoder is clean too */
	DOC("<meta charset=shift_jis>"
	    "\xA4\xA2\xA4\xA4\xA4\xA6",
	    NULL, ENC_SHIFT_JIS, "meta", NULL);
	/* a failing declaration with no clean alternative is obeyed */
	DOC("<meta charset=shift_jis>" SJIS_TEXT "\x82", NULL, ENC_SHIFT_JIS, "meta", NULL);
	/* (b) a windows-1252-family transport yields to a clean Japanese meta */
	DOC("<meta charset=euc-jp>" EUC_TEXT, "ISO-8859-1", ENC_EUC_JP, "override",
	    "transport encoding windows-1252 (\"ISO-8859-1\") yields to EUC-JP (meta), which decodes without errors");
	DOC("<meta http-equiv=Content-Type content=\"text/html; charset=Shift_JIS\">" SJIS_TEXT,
	    "us-ascii", ENC_SHIFT_JIS, "override",
	    "transport encoding windows-1252 (\"us-ascii\") yields to Shift_JIS (meta), which decodes without errors");
	/* ... but not to a meta that does not decode cleanly */
	DOC("<meta charset=euc-jp>" SJIS_TEXT, "latin1", ENC_WINDOWS1252, "transport", NULL);
	DOC(SJIS_TEXT, "latin1", ENC_WINDOWS1252, "transport", NULL);
	/* (c) any other transport charset is obeyed, errors and all */
	DOC("<meta charset=shift_jis>" SJIS_TEXT, "euc-jp", ENC_EUC_JP, "transport", NULL);
	DOC("<meta charset=shift_jis>" SJIS_TEXT, "utf-8", ENC_UTF8, "transport", NULL);
}
END_TEST

START_TEST(document_text)
{
	struct decode_result r;
	static const char page[] = "\xEF\xBB\xBF\xE6\x97\xA5";

	decode_document((const unsigned char *)page, sizeof page - 1, NULL, ENC_SHIFT_JIS, &r);
	ck_assert_str_eq(r.text, "日"); /* the BOM is not text */
	ck_assert_uint_eq(r.len, 3);
	decode_result_free(&r);
	decode_document((const unsigned char *)"\x82\xA0\x82", 3, "sjis", ENC_SHIFT_JIS, &r);
	ck_assert_str_eq(r.text, "あ\uFFFD");
	ck_assert_uint_eq(r.invalid, 1);
	decode_result_free(&r);
}
END_TEST

static Suite *
decode_suite(void)
{
	Suite *s = suite_create("decode");
	TCase *tc = tcase_create("decode");

	tcase_add_test(tc, shift_jis_table);
	tcase_add_test(tc, shift_jis_errors);
	tcase_add_test(tc, index_sizes);
	tcase_add_test(tc, euc_jp);
	tcase_add_test(tc, iso2022jp);
	tcase_add_test(tc, utf8_and_others);
	tcase_add_test(tc, append_to_existing);
	tcase_add_test(tc, labels);
	tcase_add_test(tc, sniff_order);
	tcase_add_test(tc, sniff_window);
	tcase_add_test(tc, detection);
	tcase_add_test(tc, override_policy);
	tcase_add_test(tc, document_text);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(decode_suite)
