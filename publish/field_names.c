/* field_names.c — the model's fields by their Japanese names; see field_names.h. */
#include "publish/field_names.h"

#include <string.h>

/* In the model's key order (README.md, "The model"). */
static const struct { const char *field, *ja; } names[] = {
	{ "kind",             "種別" },
	{ "id",               "MS番号" },
	{ "ids",              "関連するMS番号" },
	{ "kb",               "KB番号" },
	{ "title",            "タイトル" },
	{ "official_title",   "マイクロソフトのタイトル" },
	{ "edition",          "版" },
	{ "registered",       "登録日" },
	{ "updated",          "更新日" },
	{ "severity",         "深刻度" },
	{ "exploit_code",     "攻撃コードの有無" },
	{ "action",           "対策" },
	{ "urgency",          "緊急対応度" },
	{ "reboot",           "再起動の必要性" },
	{ "reboot_required",  "再起動の要否" },
	{ "uninstall",        "アンインストール" },
	{ "targets",          "対象環境" },
	{ "past_fixes",       "含まれる過去の修正" },
	{ "references",       "関連情報" },
	{ "summary",          "要旨" },
	{ "overview",         "概要" },
	{ "affected",         "対象プラットフォーム" },
	{ "tested_platforms", "適用テストの結果" },
	{ "notes",            "注記" },
	{ "downloads",        "ダウンロード" },
	{ "packages",         "ファイル情報" },
	{ "verification",     "確認方法" },
	{ "workarounds",      "回避策" },
	{ "deploy_time",      "予想適用時間" },
	{ "supersedes",       "置き換える過去の修正" },
};

const char *
field_name_ja(const char *field)
{
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strcmp(names[i].field, field) == 0)
			return names[i].ja;
	return field;
}
