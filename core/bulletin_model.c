/*
 * bulletin_model.c — the model's field table (see "the model described
 * once" in bulletin.h) and what walks it without knowing JSON: freeing.
 * The rows are in the order of the JSON form.
 */
#include "core/bulletin.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Enum fields are read and written as int (bulletin_json.c memcpy()s them). */
_Static_assert(sizeof(enum tristate) == sizeof(int), "enum tristate is an int");
_Static_assert(sizeof(enum bulletin_kind) == sizeof(int), "enum bulletin_kind is an int");

/* The model's tables are laid out by hand, one field a line (clang-format
 * would pack them into columns and explode the row macros). */
/* clang-format off */
#define NF(a) (sizeof a / sizeof *a)
#define F(st, name, type, member) { name, type, offsetof(struct st, member), NULL, 0 }
#define R(st, name, member, rec) { name, FT_RECORDS, offsetof(struct st, member), &rec, 0 }

static const struct field reference_fields[] = {
	F(reference, "label", FT_STRING, label),
	F(reference, "url", FT_STRING, url),
};
static const struct record reference_record = {
	"reference", sizeof(struct reference), reference_fields, NF(reference_fields)
};

static const struct field affected_fields[] = {
	F(affected, "software", FT_STRING, software),
	F(affected, "platforms", FT_STRLIST, platforms),
};
static const struct record affected_record = {
	"affected", sizeof(struct affected), affected_fields, NF(affected_fields)
};

static const struct field note_fields[] = {
	F(note, "heading", FT_STRING, heading),
	F(note, "text", FT_STRING, text),
};
static const struct record note_record = { "note", sizeof(struct note), note_fields,
	                                   NF(note_fields) };

static const struct field download_fields[] = {
	F(download, "platform", FT_STRING, platform),
	F(download, "title", FT_STRING, title),
	F(download, "url", FT_STRING, url),
};
static const struct record download_record = {
	"download", sizeof(struct download), download_fields, NF(download_fields)
};

static const struct field file_fields[] = {
	F(file_entry, "folder", FT_STRING, folder),
	F(file_entry, "path", FT_STRING, path),
	F(file_entry, "name", FT_STRING, name),
	F(file_entry, "date", FT_STRING, date),
	F(file_entry, "version", FT_STRING, version),
	F(file_entry, "size", FT_SIZE, size),
	F(file_entry, "description", FT_STRING, description),
};
static const struct record file_record = { "file_entry", sizeof(struct file_entry), file_fields,
	                                   NF(file_fields) };

static const struct field package_fields[] = {
	F(package, "platform", FT_STRING, platform),
	F(package, "file", FT_STRING, file),
	F(package, "date", FT_STRING, date),
	F(package, "version", FT_STRING, version),
	F(package, "size", FT_SIZE, size),
	R(package, "files", files, file_record),
};
static const struct record package_record = {
	"package", sizeof(struct package), package_fields, NF(package_fields)
};

static const struct field verification_fields[] = {
	F(verification, "platform", FT_STRING, platform),
	F(verification, "registry_key", FT_STRING, registry_key),
};
static const struct record verification_record = {
	"verification", sizeof(struct verification), verification_fields,
	NF(verification_fields)
};

static const struct field workaround_fields[] = {
	F(workaround, "title", FT_STRING, title),
	F(workaround, "text", FT_STRING, text),
	F(workaround, "steps", FT_STRLIST, steps),
};
static const struct record workaround_record = {
	"workaround", sizeof(struct workaround), workaround_fields, NF(workaround_fields)
};

static const struct field deploy_fields[] = {
	F(deploy_time, "package", FT_STRING, package),
	F(deploy_time, "platform", FT_STRING, platform),
	F(deploy_time, "minutes", FT_MINUTES, minutes),
};
static const struct record deploy_record = {
	"deploy_time", sizeof(struct deploy_time), deploy_fields, NF(deploy_fields)
};

static const struct field source_fields[] = {
	F(source, "url", FT_STRING, url),
	F(source, "encoding", FT_STRING, encoding),
	F(source, "encoding_source", FT_STRING, encoding_source),
	F(source, "invalid_sequences", FT_COUNT, invalid_sequences),
};
static const struct record source_record = { "source", sizeof(struct source), source_fields,
	                                     NF(source_fields) };

#define B(name, type, member, flags) \
	{ name, type, offsetof(struct bulletin, member), NULL, flags }
#define BR(name, type, member, rec, flags) \
	{ name, type, offsetof(struct bulletin, member), &rec, flags }

static const struct field bulletin_fields[] = {
	B("kind", FT_KIND, kind, 0),
	B("id", FT_STRING, id, FIELD_GUARDED),
	B("ids", FT_STRLIST, ids, 0),
	B("kb", FT_STRLIST, kb, FIELD_GUARDED),
	B("title", FT_STRING, title, FIELD_GUARDED),
	B("official_title", FT_STRING, official_title, 0),
	B("edition", FT_STRING, edition, 0),
	B("registered", FT_STRING, registered, FIELD_GUARDED),
	B("updated", FT_STRING, updated, 0),
	B("severity", FT_SEVERITY, severity, FIELD_GUARDED),
	B("exploit_code", FT_TRISTATE, exploit_code, 0),
	B("action", FT_STRING, action, 0),
	B("urgency", FT_STRING, urgency, 0),
	B("reboot", FT_STRING, reboot, 0),
	B("reboot_required", FT_TRISTATE, reboot_required, 0),
	B("uninstall", FT_TRISTATE, uninstall, 0),
	B("targets", FT_TARGETS, targets, 0),
	B("past_fixes", FT_STRING, past_fixes, 0),
	B("supersedes", FT_STRLIST, supersedes, 0),
	BR("references", FT_RECORDS, references, reference_record, 0),
	B("summary", FT_STRING, summary, 0),
	B("overview", FT_STRING, overview, 0),
	BR("affected", FT_RECORDS, affected, affected_record, FIELD_GUARDED),
	B("tested_platforms", FT_STRLIST, tested_platforms, 0),
	BR("notes", FT_RECORDS, notes, note_record, 0),
	BR("downloads", FT_RECORDS, downloads, download_record, 0),
	BR("packages", FT_RECORDS, packages, package_record, FIELD_GUARDED),
	BR("verification", FT_RECORDS, verification, verification_record, 0),
	BR("workarounds", FT_RECORDS, workarounds, workaround_record, 0),
	BR("deploy_time", FT_RECORDS, deploy_time, deploy_record, 0),
	BR("source", FT_OBJECT, source, source_record, FIELD_NOT_CONTENT),
	B("warnings", FT_STRLIST, warnings, FIELD_NOT_CONTENT),
	B("diagnostics", FT_DIAGS, diags, FIELD_NOT_CONTENT),
};

const struct record bulletin_record = { "bulletin", sizeof(struct bulletin), bulletin_fields,
	                                NF(bulletin_fields) };
/* clang-format on */

const struct field *
record_field(const struct record *rec, const char *name)
{
	for (size_t i = 0; i < rec->nfields; i++)
		if (strcmp(rec->fields[i].name, name) == 0)
			return &rec->fields[i];
	return NULL;
}

void
vec_get(const void *base, size_t offset, struct vec_any *out)
{
	memcpy(out, (const char *)base + offset, sizeof *out);
}

void
vec_set(void *base, size_t offset, const struct vec_any *in)
{
	memcpy((char *)base + offset, in, sizeof *in);
}

void
record_free(const struct record *rec, void *p)
{
	char *base = p;
	struct vec_any va;
	char *s;

	for (size_t i = 0; i < rec->nfields; i++) {
		const struct field *f = &rec->fields[i];
		switch (f->type) {
		case FT_STRING:
			memcpy(&s, base + f->offset, sizeof s);
			free(s);
			break;
		case FT_STRLIST:
			strlist_free((strlist *)(void *)(base + f->offset));
			break;
		case FT_RECORDS:
			vec_get(base, f->offset, &va);
			for (size_t k = 0; k < va.n; k++)
				record_free(f->record, (char *)va.v + k * f->record->size);
			free(va.v);
			break;
		case FT_MINUTES:
			vec_get(base, f->offset, &va);
			free(va.v);
			break;
		case FT_OBJECT:
			record_free(f->record, base + f->offset);
			break;
		case FT_DIAGS:
			diag_list_free((diag_list *)(void *)(base + f->offset));
			break;
		default:
			break;
		}
	}
}
