/* change_note.c — a revision's changes in Japanese; see change_note.h. */
#include "publish/change_note.h"
#include "core/util.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define NOTE_MAX_CHANGES 8  /* changes named in one note */
#define NOTE_MAX_FILES   3  /* file versions named in one change */
#define NOTE_VALUE_BYTES 60 /* a value shown as it is, at most */

/* In the model's key order (README.md, "The model"). */
static const struct {
	const char *field, *ja;
} names[] = {
	{ "kind", "種別" },
	{ "id", "MS番号" },
	{ "ids", "関連するMS番号" },
	{ "kb", "KB番号" },
	{ "title", "タイトル" },
	{ "official_title", "マイクロソフトのタイトル" },
	{ "edition", "版" },
	{ "registered", "登録日" },
	{ "updated", "更新日" },
	{ "severity", "深刻度" },
	{ "exploit_code", "攻撃コードの有無" },
	{ "action", "対策" },
	{ "urgency", "緊急対応度" },
	{ "reboot", "再起動の必要性" },
	{ "reboot_required", "再起動の要否" },
	{ "uninstall", "アンインストール" },
	{ "targets", "対象環境" },
	{ "past_fixes", "含まれる過去の修正" },
	{ "supersedes", "置き換える過去の修正" },
	{ "references", "関連情報" },
	{ "summary", "要旨" },
	{ "overview", "概要" },
	{ "affected", "対象プラットフォーム" },
	{ "tested_platforms", "適用テストの結果" },
	{ "notes", "注記" },
	{ "downloads", "ダウンロード" },
	{ "packages", "ファイル情報" },
	{ "verification", "確認方法" },
	{ "workarounds", "回避策" },
	{ "deploy_time", "予想適用時間" },
};

/* Yes/no fields: how a page says true and false. */
static const struct {
	const char *field, *yes, *no;
} booleans[] = {
	{ "exploit_code", "あり", "なし" },
	{ "reboot_required", "必要", "不要" },
	{ "uninstall", "可", "不可" },
};

const char *
change_note_field_name_ja(const char *field)
{
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strcmp(names[i].field, field) == 0)
			return names[i].ja;
	return field;
}

static json_t *
parse_value(const char *text)
{
	return text != NULL ? json_loads(text, JSON_DECODE_ANY, NULL) : NULL;
}

/* A scalar (or severity object) in short into b: 0, or -1 when v is not
 * one (a list, a long text). */
static int
put_scalar(struct buf *b, const char *field, const json_t *v)
{
	const char *s;
	size_t i;

	if (v == NULL || json_is_null(v))
		return buf_puts(b, "（なし）");
	if (json_is_boolean(v)) {
		for (i = 0; i < sizeof booleans / sizeof *booleans; i++)
			if (strcmp(booleans[i].field, field) == 0)
				return buf_puts(b,
				                json_is_true(v) ? booleans[i].yes : booleans[i].no);
		return buf_puts(b, json_is_true(v) ? "あり" : "なし");
	}
	if (json_is_integer(v))
		return buf_printf(b, "%lld", (long long)json_integer_value(v));
	if (json_is_object(v) && json_is_string(json_object_get(v, "label")))
		v = json_object_get(v, "label"); /* severity */
	if (!json_is_string(v) || strlen(s = json_string_value(v)) > NOTE_VALUE_BYTES ||
	    strchr(s, '\n') != NULL)
		return -1;
	return buf_puts(b, s);
}

/* A list of short strings (ids, KB numbers, supersedes) as "a、b", an
 * empty or absent one as （なし）: 0, or -1 when v is not one or its text is longer
 * than NOTE_VALUE_BYTES. */
static int
put_strings(struct buf *b, const json_t *v)
{
	size_t mark = b->len, i;
	json_t *s;

	if (v == NULL || json_is_null(v) || (json_is_array(v) && json_array_size(v) == 0))
		return buf_puts(b, "（なし）"); /* null: a model stored before the field */
	if (!json_is_array(v))
		return -1;
	json_array_foreach(v, i, s)
	{
		if (!json_is_string(s) || (i > 0 && buf_puts(b, "、") != 0) ||
		    buf_puts(b, json_string_value(s)) != 0 || b->len - mark > NOTE_VALUE_BYTES)
			return -1;
	}
	return 0;
}

/* Every file of a packages list, as "platform<US>folder<US>name" ->
 * version, into an object (a file name repeats across platforms). */
static json_t *
file_versions(const json_t *packages)
{
	json_t *out = json_object(), *p, *f;
	size_t i, j;
	char *key;

	json_array_foreach(packages, i, p) json_array_foreach(json_object_get(p, "files"), j, f)
	{
		const char *name = json_string_value(json_object_get(f, "name"));
		const char *folder = json_string_value(json_object_get(f, "folder"));
		const char *plat = json_string_value(json_object_get(p, "platform"));
		json_t *ver = json_object_get(f, "version");
		if (name == NULL || !json_is_string(ver))
			continue;
		key = xasprintf("%s\x1f%s\x1f%s", plat ? plat : "", folder ? folder : "", name);
		json_object_set(out, key, ver);
		free(key);
	}
	return out;
}

/* The files whose version changed, "name old → new", at most
 * NOTE_MAX_FILES: the number named (0: none changed). */
static int
put_file_changes(struct buf *b, const json_t *old, const json_t *new)
{
	json_t *a = file_versions(old), *z = file_versions(new), *nv;
	const char *key;
	int n = 0, more = 0;

	json_object_foreach(z, key, nv)
	{
		json_t *ov = json_object_get(a, key);
		const char *name = strrchr(key, '\x1f') + 1;
		if (ov == NULL || json_equal(ov, nv))
			continue;
		if (n == NOTE_MAX_FILES) {
			more++;
			continue;
		}
		buf_printf(b, "%s%s %s → %s", n > 0 ? "、" : "", name, json_string_value(ov),
		           json_string_value(nv));
		n++;
	}
	if (more > 0)
		buf_printf(b, " ほか%d件", more);
	json_decref(a);
	json_decref(z);
	return n;
}

/* Back to the first len bytes of b. */
static void
cut(struct buf *b, size_t len)
{
	b->len = len;
	b->data[len] = '\0';
}

char *
change_note_describe(const struct change *c)
{
	json_t *old = parse_value(c->old_value), *new = parse_value(c->new_value);
	struct buf b;
	size_t mark;

	buf_init(&b, 0);
	buf_printf(&b, "%s ", change_note_field_name_ja(c->field));
	mark = b.len;
	if (put_scalar(&b, c->field, old) == 0 && buf_puts(&b, " → ") == 0 &&
	    put_scalar(&b, c->field, new) == 0)
		goto out;
	cut(&b, mark);
	if (put_strings(&b, old) == 0 && buf_puts(&b, " → ") == 0 && put_strings(&b, new) == 0)
		goto out;
	cut(&b, mark);
	if (json_is_array(old) && json_is_array(new)) {
		if (strcmp(c->field, "packages") == 0 && put_file_changes(&b, old, new) > 0)
			goto out;
		cut(&b, mark);
		if (json_array_size(old) != json_array_size(new)) {
			buf_printf(&b, "%zu件 → %zu件", json_array_size(old), json_array_size(new));
			goto out;
		}
	}
	cut(&b, mark - 1); /* "概要を変更" */
	buf_puts(&b, "を変更");
out:
	json_decref(old);
	json_decref(new);
	return buf_steal(&b, NULL);
}

char *
change_note(const struct revision *rv)
{
	struct buf b;
	size_t i;
	char *one;

	buf_init(&b, 0);
	buf_printf(&b, "第%d版 (%.10s)", rv->number,
	           rv->updated != NULL ? rv->updated
	           : rv->seen != NULL  ? rv->seen
	                               : "");
	for (i = 0; i < rv->changes.n && i < NOTE_MAX_CHANGES; i++) {
		one = change_note_describe(&rv->changes.v[i]);
		buf_printf(&b, "%s%s", i == 0 ? ": " : "、", one);
		free(one);
	}
	if (rv->changes.n > NOTE_MAX_CHANGES)
		buf_printf(&b, "、ほか%zu項目", rv->changes.n - NOTE_MAX_CHANGES);
	return buf_steal(&b, NULL);
}
