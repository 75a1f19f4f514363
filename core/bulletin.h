/*
 * bulletin.h — the normalized bulletin model: the one language every stage
 * of hotfeed speaks (parse/ fills it, store/catalogue stores it as JSON,
 * publish/ reads it, fetch/ hands pages to the parser that makes it).
 *
 * May be included by any file of the project.
 *
 * Ownership: a struct bulletin owns every string and array it points to.
 * bulletin_init() zeroes one; bulletin_free() releases everything it owns
 * and leaves it re-initialized.  Strings are UTF-8 and NUL-terminated;
 * NULL means "absent" (JSON null).  Dates are "YYYY-MM-DD".
 *
 * The JSON form (bulletin_json.c) is the public contract for downstream
 * tools; field names there are fixed by issue #2 and catalogue.schema.json.
 */
#ifndef HOTFEED_BULLETIN_H
#define HOTFEED_BULLETIN_H

#include <stddef.h>

/* A growable array of T: v[0..n-1] valid, cap allocated. */
/* clang-format off */
#define VEC(T) struct { T *v; size_t n, cap; }
/* clang-format on */

/* Append one zeroed element to vec and return a pointer to it (dies on OOM). */
#define VEC_PUSH(vec) \
	((vec)->n == (vec)->cap ? vec_grow((void **)&(vec)->v, &(vec)->cap, sizeof *(vec)->v) \
	                        : (void)0, \
	 vec_zero(&(vec)->v[(vec)->n], sizeof *(vec)->v), &(vec)->v[(vec)->n++])

void vec_grow(void **v, size_t *cap, size_t elsize);
void vec_zero(void *p, size_t size);

typedef VEC(char *) strlist;

/* Append a copy of s (NULL is ignored). */
void strlist_add(strlist *l, const char *s);
/* Append a copy of s unless an equal string is already there. */
void strlist_add_unique(strlist *l, const char *s);
int strlist_contains(const strlist *l, const char *s);
void strlist_free(strlist *l);

enum bulletin_kind {
	BULLETIN_ALERT,  /* one bulletin page */
	BULLETIN_NOTICE, /* 不具合情報: a digest of several items */
	BULLETIN_OTHER   /* not a bulletin: tips, glossary pages */
};

/* Tri-state for yes/no fields that a page may not state. */
enum tristate { TRI_NULL = -1, TRI_FALSE = 0, TRI_TRUE = 1 };

/* Targets (対象環境), as bit flags. */
enum { TARGET_SERVER = 1, TARGET_CLIENT = 2 };

struct reference {
	char *label, *url;
};

struct affected {
	char *software;
	strlist platforms;
};

struct note {
	char *heading, *text;
};

struct download {
	char *platform, *title, *url;
};

struct file_entry {
	char *folder; /* "sp1qfe", "sp2gdr/sp2qfe"; NULL when none */
	char *path;   /* "%SystemRoot%\system32\" */
	char *name, *date, *version;
	long long size;    /* bytes; -1 when unknown */
	char *description; /* 機能 */
};

struct package {
	char *platform, *file, *date, *version;
	long long size; /* bytes; -1 when unknown */
	VEC(struct file_entry) files;
};

struct verification {
	char *platform, *registry_key;
};

struct workaround {
	char *title, *text;
	strlist steps;
};

/* One cell of 予想適用時間: "1時間34分" for 500 hosts is {500, 94}. */
struct deploy_minutes {
	int hosts, minutes;
};

struct deploy_time {
	char *package, *platform;
	VEC(struct deploy_minutes) minutes; /* in column order */
};

struct source {
	char *url;
	char *encoding;        /* WHATWG name: "Shift_JIS", "EUC-JP", ... */
	char *encoding_source; /* bom transport meta detected default override */
	size_t invalid_sequences;
};

/*
 * Diagnostics: what extraction did not understand or did not find, graded
 * as mandoc grades its messages.  The grade is the code's: every code is one
 * row of the table in core/diag.c (code, level, one-line meaning), and that
 * table is the documented list (README.md, hotfeed.1).  A code is stable:
 * a new case gets a new code appended, a code is never reused.
 *
 *   note     a harmless oddity; the model is whole
 *   warning  a field is missing or a value did not parse
 *   error    the page yielded much less than a bulletin should (a layout
 *            not recognised, a page that ends early): ingest, reparse,
 *            fetch and run exit 1
 */
enum diag_level { DIAG_NOTE = 1, DIAG_WARNING = 2, DIAG_ERROR = 3 };

/* Append-only: the lead renumbers nothing, new codes go at the end. */
enum diag_code {
	DIAG_UNCLASSIFIED, /* bulletin_warn(): not yet given a code */
	DIAG_ENCODING,
	DIAG_TEXT_CUT,
	DIAG_ID_TYPO,
	DIAG_NO_ID,
	DIAG_NO_TITLE,
	DIAG_VALUE_UNPARSED,
	DIAG_DATE_UNPARSED,
	DIAG_CHOICE_UNMARKED,
	DIAG_CHOICE_AMBIGUOUS,
	DIAG_CHOICE_UNKNOWN,
	DIAG_SECTION_UNREAD,
	DIAG_SECTION_EMPTY,
	DIAG_ROW_UNPARSED,
	DIAG_NO_PLATFORM,
	DIAG_NO_LINK,
	DIAG_LIST_CUT,
	DIAG_TRUNCATED,
	DIAG_NO_FOOTER,
	DIAG_NO_OVERVIEW,
	DIAG_NO_SEVERITY,
	DIAG_ALERT_INCOMPLETE,
	DIAG_NO_UPDATED,
	DIAG_NO_KB,
	DIAG_ALERT_UNRECOGNISED,
	DIAG_PLAIN_TEXT,
	DIAG_OTHER_NAMES_BULLETIN,
	DIAG_NCODES
};

struct diag {
	enum diag_level level;
	char *code;    /* the table's name: "no-footer" */
	char *message; /* what was seen, quoting the page */
};

/* A list of diagnostics; it owns its strings. */
typedef VEC(struct diag) diag_list;
/* Append copies of code and message, unless l holds HF_MAX_WARNINGS. */
void diag_list_add(diag_list *l, enum diag_level level, const char *code, const char *message);
/* Append copies of every entry of src. */
void diag_list_copy(diag_list *dst, const diag_list *src);
/* The number of entries of level l. */
size_t diag_list_count(const diag_list *l, enum diag_level level);
void diag_list_free(diag_list *l);

/* The diagnostics of a batch (ingest, reparse, a fetch run), for its
 * totals line. */
struct diag_tally {
	size_t pages_with_errors, errors, warnings, notes;
};
void diag_tally_add(struct diag_tally *t, const diag_list *l);
/* "2 pages with errors, 12 warnings" into out (cut to size): the part of
 * each that is not zero; "" when neither is (notes are not counted). */
void diag_tally_format(const struct diag_tally *t, char *out, size_t size);
/* One diagnostic as people read it: "error truncated: the page ends early"
 * (HF_DIAG_LINE holds any: a message is at most HF_MAX_WARNING_BYTES). */
#define HF_DIAG_LINE 1200
void diag_format(const struct diag *d, char *out, size_t size);

/* The table row of a code. */
struct diag_info {
	const char *code;
	enum diag_level level;
	const char *meaning;
};
/* The row of c; NULL when out of range. */
const struct diag_info *diag_info(enum diag_code c);
/* The row named code; NULL when not one. */
const struct diag_info *diag_info_by_name(const char *code);
/* "note", "warning", "error"; NULL out of range. */
const char *diag_level_name(enum diag_level l);
/* Level from its name; 0 when not one. */
enum diag_level diag_level_from_name(const char *s);

struct bulletin {
	enum bulletin_kind kind;
	char *id;    /* canonical "MSyy-nnn" or NULL */
	strlist ids; /* every MS id on the page, in order */
	strlist kb;  /* KB numbers as strings */
	char *title, *official_title;
	char *edition, *registered, *updated; /* YYYY-MM-DD */
	int severity;                         /* 1..4, 0 when unknown */
	enum tristate exploit_code;
	char *action, *urgency, *reboot;
	enum tristate reboot_required, uninstall;
	unsigned targets; /* TARGET_* bits */
	char *past_fixes;
	strlist supersedes; /* MS ids that past_fixes names, never id itself */
	VEC(struct reference) references;
	char *summary, *overview;
	VEC(struct affected) affected;
	strlist tested_platforms;
	VEC(struct note) notes;
	VEC(struct download) downloads;
	VEC(struct package) packages;
	VEC(struct verification) verification;
	VEC(struct workaround) workarounds;
	VEC(struct deploy_time) deploy_time;
	struct source source;
	strlist warnings; /* messages of the warning/error diagnostics */
	diag_list diags;  /* every diagnostic, in order */
};

void bulletin_init(struct bulletin *b);
void bulletin_free(struct bulletin *b);

/* Add a diagnostic of code c, its message printf-style, cut at
 * HF_MAX_WARNING_BYTES; at most HF_MAX_WARNINGS per page (the rest are
 * dropped).  A warning or error also appends its message to b->warnings. */
void bulletin_diag(struct bulletin *b, enum diag_code c, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Compatibility: bulletin_diag(b, DIAG_UNCLASSIFIED, ...), a warning. */
void bulletin_warn(struct bulletin *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Severity tables: level 1..4 -> "緊急"/"critical" ...; NULL out of range. */
const char *severity_label(int level);
const char *severity_name(int level);
/* Level from a Japanese label or English name; 0 when not one. */
int severity_from_text(const char *s);

const char *bulletin_kind_name(enum bulletin_kind k);
/* Kind from its name; -1 when unknown. */
int bulletin_kind_from_name(const char *s);

/* ---- the model described once ----
 * Every field of struct bulletin, and of the records in its lists, is one
 * row of a table (bulletin_model.c): its JSON name, its C type and offset,
 * and what the catalogue makes of it.  bulletin_free(), the JSON writer and
 * reader (bulletin_json.c) and the catalogue's change and regression checks
 * (catalogue_diff.c) all walk the table, in its order (the JSON key order).
 * A field is added to the struct and to the table, nowhere else; a unit
 * test holds the table against catalogue.schema.json. */
enum field_type {
	FT_STRING,   /* char *; NULL is null */
	FT_STRLIST,  /* strlist: an array of strings */
	FT_TRISTATE, /* enum tristate: true, false or null */
	FT_SIZE,     /* long long; -1 is null, else a non-negative integer */
	FT_COUNT,    /* size_t: a non-negative integer */
	FT_RECORDS,  /* VEC(struct ...) of the record in .record: an array of objects */
	FT_OBJECT,   /* an embedded struct of the record in .record: an object */
	FT_KIND,     /* enum bulletin_kind: "alert", "notice", "other" */
	FT_SEVERITY, /* int 1..4 (0 unknown): {level, label, name} or null */
	FT_TARGETS,  /* unsigned TARGET_* bits: ["server", "client"] */
	FT_MINUTES,  /* VEC(struct deploy_minutes): {"hosts": minutes or null} */
	FT_DIAGS     /* diag_list: [{level, code, message}] */
};

enum {
	FIELD_GUARDED = 1,    /* its loss is a regression (the layout changed) */
	FIELD_NOT_CONTENT = 2 /* says nothing of the bulletin: not a change */
};

struct record;

struct field {
	const char *name; /* JSON key */
	enum field_type type;
	size_t offset;               /* in the record's struct */
	const struct record *record; /* FT_RECORDS, FT_OBJECT */
	unsigned flags;              /* FIELD_* (top level only) */
};

struct record {
	const char *name; /* C struct, for messages and tests */
	size_t size;      /* sizeof the struct */
	const struct field *fields;
	size_t nfields;
};

/* The bulletin itself: the root of the table. */
extern const struct record bulletin_record;

/* The first field of rec named name, or NULL. */
const struct field *record_field(const struct record *rec, const char *name);

/* A VEC(T) whatever T: every VEC has this layout.  Read and written through
 * memcpy (vec_get/vec_set), never by casting the field's pointer. */
struct vec_any {
	void *v;
	size_t n, cap;
};
void vec_get(const void *base, size_t offset, struct vec_any *out);
void vec_set(void *base, size_t offset, const struct vec_any *in);
/* Free what the fields of rec own in the struct at p (not p itself). */
void record_free(const struct record *rec, void *p);

#endif
