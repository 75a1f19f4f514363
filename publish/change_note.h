/*
 * change_note.h — what a revision changed, in the words of the bulletins'
 * readers: each top-level field of the model by its Japanese name (更新日,
 * 深刻度, ファイル情報 …) and its old and new value in short ("更新日
 * 2005-08-11 → 2005-08-20", "ファイル情報 umpnpmgr.dll 5.0.2195.7057 →
 * 5.0.2195.7058").  For the feeds' revised items and CSAF's revision
 * history.  Included by publish/ only.
 *
 * Every function returns a new string the caller free()s.
 */
#ifndef HOTFEED_CHANGE_NOTE_H
#define HOTFEED_CHANGE_NOTE_H

#include "store/catalogue.h"

/* The Japanese name of model field `field` ("packages" -> "ファイル情報");
 * a field the table does not know is returned as it is.  Static strings. */
const char *change_note_field_name_ja(const char *field);

/* One change: its field's name, then old → new in short (a list: the file
 * versions that changed, else its length; a long text: 変更). */
char *change_note_describe(const struct change *c);

/* A revision: "第2版 (2005-08-20): " and its changes joined by "、" (at
 * most 8, then "ほかN項目"); the date is its 更新日, else the day it was seen. */
char *change_note(const struct revision *rv);

#endif
