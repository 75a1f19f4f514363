/* testutil.h — shared by the Check unit tests: a main() that runs one suite. */
#ifndef HOTFEED_TESTUTIL_H
#define HOTFEED_TESTUTIL_H
#include <check.h>
#include <stdlib.h>

#define TEST_MAIN(suite_fn) \
	int main(void) \
	{ \
		SRunner *sr = srunner_create(suite_fn()); \
		srunner_run_all(sr, CK_NORMAL); \
		int failed = srunner_ntests_failed(sr); \
		srunner_free(sr); \
		return failed ? EXIT_FAILURE : EXIT_SUCCESS; \
	}
#endif
