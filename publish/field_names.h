/*
 * field_names.h — the Japanese name of each top-level field of the model,
 * as a reader of the bulletins calls it (更新日, 深刻度, ファイル情報 …), for
 * the notes that say what a revision changed.  Included by publish/ only.
 */
#ifndef HOTFEED_FIELD_NAMES_H
#define HOTFEED_FIELD_NAMES_H

/* The Japanese name of model field `field` ("packages" -> "ファイル情報");
 * a field the table does not know is returned as it is.  Static strings. */
const char *field_name_ja(const char *field);

#endif
