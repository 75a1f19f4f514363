/*
 * decode_labels.c — the WHATWG Encoding Standard's label table: which label
 * names which encoding, and each encoding's canonical name.
 *
 * Labels of encodings hotfeed does not decode are listed too, so that a page
 * declaring gb2312 gets a warning ("not supported") rather than silence.
 * Names that are not labels at all (cp932, eucjp, x-euc, jis, ...) are
 * ignored exactly as a browser ignores them.
 */
#include "parse/decode_int.h"
#include "core/util.h"

#include <string.h>

static const struct label {
	const char *label;
	enum encoding enc;
} labels[] = {
	/* UTF-8 */
	{ "unicode-1-1-utf-8", ENC_UTF8 },
	{ "unicode11utf8", ENC_UTF8 },
	{ "unicode20utf8", ENC_UTF8 },
	{ "utf-8", ENC_UTF8 },
	{ "utf8", ENC_UTF8 },
	{ "x-unicode20utf8", ENC_UTF8 },
	/* Shift_JIS */
	{ "csshiftjis", ENC_SHIFT_JIS },
	{ "ms932", ENC_SHIFT_JIS },
	{ "ms_kanji", ENC_SHIFT_JIS },
	{ "shift-jis", ENC_SHIFT_JIS },
	{ "shift_jis", ENC_SHIFT_JIS },
	{ "sjis", ENC_SHIFT_JIS },
	{ "windows-31j", ENC_SHIFT_JIS },
	{ "x-sjis", ENC_SHIFT_JIS },
	/* EUC-JP */
	{ "cseucpkdfmtjapanese", ENC_EUC_JP },
	{ "euc-jp", ENC_EUC_JP },
	{ "x-euc-jp", ENC_EUC_JP },
	/* ISO-2022-JP */
	{ "csiso2022jp", ENC_ISO2022JP },
	{ "iso-2022-jp", ENC_ISO2022JP },
	/* windows-1252 */
	{ "ansi_x3.4-1968", ENC_WINDOWS1252 },
	{ "ascii", ENC_WINDOWS1252 },
	{ "cp1252", ENC_WINDOWS1252 },
	{ "cp819", ENC_WINDOWS1252 },
	{ "csisolatin1", ENC_WINDOWS1252 },
	{ "ibm819", ENC_WINDOWS1252 },
	{ "iso-8859-1", ENC_WINDOWS1252 },
	{ "iso-ir-100", ENC_WINDOWS1252 },
	{ "iso8859-1", ENC_WINDOWS1252 },
	{ "iso88591", ENC_WINDOWS1252 },
	{ "iso_8859-1", ENC_WINDOWS1252 },
	{ "iso_8859-1:1987", ENC_WINDOWS1252 },
	{ "l1", ENC_WINDOWS1252 },
	{ "latin1", ENC_WINDOWS1252 },
	{ "us-ascii", ENC_WINDOWS1252 },
	{ "windows-1252", ENC_WINDOWS1252 },
	{ "x-cp1252", ENC_WINDOWS1252 },
	/* UTF-16 */
	{ "unicodefffe", ENC_UTF16BE },
	{ "utf-16be", ENC_UTF16BE },
	{ "csunicode", ENC_UTF16LE },
	{ "iso-10646-ucs-2", ENC_UTF16LE },
	{ "ucs-2", ENC_UTF16LE },
	{ "unicode", ENC_UTF16LE },
	{ "unicodefeff", ENC_UTF16LE },
	{ "utf-16", ENC_UTF16LE },
	{ "utf-16le", ENC_UTF16LE },
};

/* WHATWG labels of encodings hotfeed does not decode (the common ones of
 * each; a label missing here is merely reported as unknown instead). */
static const char *const unsupported[] = {
	"big5",
	"big5-hkscs",
	"cn-big5",
	"csbig5",
	"x-x-big5",
	"chinese",
	"csgb2312",
	"csiso58gb231280",
	"gb2312",
	"gb_2312",
	"gb_2312-80",
	"gbk",
	"iso-ir-58",
	"x-gbk",
	"gb18030",
	"cseuckr",
	"csksc56011987",
	"euc-kr",
	"iso-ir-149",
	"korean",
	"ks_c_5601-1987",
	"ks_c_5601-1989",
	"ksc5601",
	"ksc_5601",
	"windows-949",
	"csiso2022kr",
	"hz-gb-2312",
	"iso-2022-cn",
	"iso-2022-cn-ext",
	"iso-2022-kr",
	"replacement",
	"866",
	"cp866",
	"csibm866",
	"ibm866",
	"csisolatin2",
	"iso-8859-2",
	"iso-ir-101",
	"iso8859-2",
	"iso88592",
	"iso_8859-2",
	"iso_8859-2:1987",
	"l2",
	"latin2",
	"csisolatin3",
	"iso-8859-3",
	"iso8859-3",
	"iso88593",
	"l3",
	"latin3",
	"csisolatin4",
	"iso-8859-4",
	"iso8859-4",
	"iso88594",
	"l4",
	"latin4",
	"csisolatincyrillic",
	"cyrillic",
	"iso-8859-5",
	"iso8859-5",
	"iso88595",
	"arabic",
	"asmo-708",
	"csiso88596e",
	"csiso88596i",
	"csisolatinarabic",
	"ecma-114",
	"iso-8859-6",
	"iso-8859-6-e",
	"iso-8859-6-i",
	"iso8859-6",
	"csisolatingreek",
	"ecma-118",
	"elot_928",
	"greek",
	"greek8",
	"iso-8859-7",
	"iso8859-7",
	"iso88597",
	"sun_eu_greek",
	"csiso88598e",
	"csisolatinhebrew",
	"hebrew",
	"iso-8859-8",
	"iso-8859-8-e",
	"iso8859-8",
	"iso88598",
	"visual",
	"csiso88598i",
	"iso-8859-8-i",
	"logical",
	"csisolatin6",
	"iso-8859-10",
	"iso8859-10",
	"iso885910",
	"l6",
	"latin6",
	"iso-8859-13",
	"iso8859-13",
	"iso885913",
	"iso-8859-14",
	"iso8859-14",
	"iso885914",
	"csisolatin9",
	"iso-8859-15",
	"iso8859-15",
	"iso885915",
	"l9",
	"iso_8859-15",
	"iso-8859-16",
	"cskoi8r",
	"koi",
	"koi8",
	"koi8-r",
	"koi8_r",
	"koi8-ru",
	"koi8-u",
	"csmacintosh",
	"mac",
	"macintosh",
	"x-mac-roman",
	"x-mac-cyrillic",
	"x-mac-ukrainian",
	"dos-874",
	"iso-8859-11",
	"iso8859-11",
	"iso885911",
	"tis-620",
	"windows-874",
	"cp1250",
	"windows-1250",
	"x-cp1250",
	"cp1251",
	"windows-1251",
	"x-cp1251",
	"cp1253",
	"windows-1253",
	"x-cp1253",
	"cp1254",
	"csisolatin5",
	"iso-8859-9",
	"iso8859-9",
	"iso88599",
	"l5",
	"latin5",
	"windows-1254",
	"x-cp1254",
	"cp1255",
	"windows-1255",
	"x-cp1255",
	"cp1256",
	"windows-1256",
	"x-cp1256",
	"cp1257",
	"windows-1257",
	"x-cp1257",
	"cp1258",
	"windows-1258",
	"x-cp1258",
	"x-user-defined",
};

static const char *const names[ENC_COUNT] = {
	[ENC_UTF8] = "UTF-8",
	[ENC_SHIFT_JIS] = "Shift_JIS",
	[ENC_EUC_JP] = "EUC-JP",
	[ENC_ISO2022JP] = "ISO-2022-JP",
	[ENC_WINDOWS1252] = "windows-1252",
	[ENC_UTF16LE] = "UTF-16LE",
	[ENC_UTF16BE] = "UTF-16BE",
};

static int
label_is(const char *s, size_t n, const char *label)
{
	return strlen(label) == n && ascii_ncasecmp(s, label, n) == 0;
}

enum label_kind
dec_label_lookup(const char *s, size_t n, enum encoding *e)
{
	*e = ENC_UNKNOWN;
	while (n && CH_IS_ASCII_SPACE((unsigned char)*s))
		s++, n--;
	while (n && CH_IS_ASCII_SPACE((unsigned char)s[n - 1]))
		n--;
	for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
		if (label_is(s, n, labels[i].label)) {
			*e = labels[i].enc;
			return LABEL_SUPPORTED;
		}
	for (size_t i = 0; i < sizeof unsupported / sizeof *unsupported; i++)
		if (label_is(s, n, unsupported[i]))
			return LABEL_UNSUPPORTED;
	return LABEL_NONE;
}

enum encoding
encoding_from_label(const char *label)
{
	enum encoding e;

	if (label == NULL)
		return ENC_UNKNOWN;
	dec_label_lookup(label, strlen(label), &e);
	return e;
}

const char *
encoding_name(enum encoding e)
{
	if (e < 0 || e >= ENC_COUNT)
		return "unknown";
	return names[e];
}
