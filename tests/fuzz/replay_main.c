/*
 * replay_main.c — a main() for the fuzz targets when built without
 * libFuzzer (gcc, `make check`): runs LLVMFuzzerTestOneInput once on each
 * file named on the command line.  Exit 0 when all ran; a crash is a crash.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define REPLAY_MAX (8u << 20)

int
main(int argc, char **argv)
{
	unsigned char *buf = malloc(REPLAY_MAX);
	int ran = 0;

	if (buf == NULL)
		return 2;
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		if (f == NULL) {
			perror(argv[i]);
			free(buf);
			return 2;
		}
		size_t n = fread(buf, 1, REPLAY_MAX, f);
		fclose(f);
		LLVMFuzzerTestOneInput(buf, n);
		ran++;
	}
	printf("replayed %d inputs\n", ran);
	free(buf);
	return 0;
}
