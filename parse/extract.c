/* extract.c — placeholder being replaced */
#include "parse/extract.h"
void extract_bulletin(const struct hdoc *doc, const char *base_url, struct bulletin *b) { (void)doc; (void)base_url; (void)b; }
