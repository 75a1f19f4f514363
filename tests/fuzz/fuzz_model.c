/*
 * fuzz_model.c — libFuzzer target for core/bulletin_json.h: the stored
 * model JSON of the catalogue read back by bulletin_from_json().  Besides
 * crashes it checks the contract: a model that was read is written again
 * by bulletin_to_json() and that JSON reads back to the same JSON (a fixed
 * point), and a refusal always says why.
 */
#include "core/bulletin_json.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static char *
dump(const struct bulletin *b)
{
	json_t *j = bulletin_to_json(b);
	char *s = j ? json_dumps(j, HF_JSON_COMPACT) : NULL;

	json_decref(j);
	return s;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_t *j = json_loadb((const char *)data, size, JSON_DECODE_ANY, NULL);
	struct bulletin b, again;
	char err[256] = "";

	if (j == NULL)
		return 0;
	bulletin_init(&b);
	if (bulletin_from_json(j, &b, err, sizeof err) == 0) {
		char *s1 = dump(&b), *s2;
		json_t *j2 = s1 ? json_loads(s1, 0, NULL) : NULL;

		bulletin_init(&again);
		if (j2 == NULL || bulletin_from_json(j2, &again, err, sizeof err) != 0)
			abort();
		s2 = dump(&again);
		if (s2 == NULL || strcmp(s1, s2) != 0)
			abort();
		free(s1);
		free(s2);
		json_decref(j2);
		bulletin_free(&again);
	} else if (err[0] == '\0') {
		abort();
	}
	bulletin_free(&b);
	json_decref(j);
	return 0;
}
