/*
 * fuzz_http.c — libFuzzer target for the HTTP client (fetch/http.h): the
 * input is the raw response a local server on 127.0.0.1 sends to one GET
 * (status line, headers — Content-Type charset, Retry-After, ETag,
 * Content-Length, Content-Encoding — and body).  Besides crashes it checks
 * the contract: exactly one result per request, within the body limit, a
 * charset label that is short and free of control characters, Retry-After within a day.
 */
#include "fetch/http.h"
#include "core/util.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

struct server {
	int fd;
	const uint8_t *data;
	size_t size;
};

/* Answer one connection with the input, whatever was asked. */
static void *
serve(void *arg)
{
	struct server *s = arg;
	char req[4096];
	int c = accept(s->fd, NULL, NULL);

	if (c < 0)
		return NULL;
	if (read(c, req, sizeof req) > 0 && s->size > 0)
		util_write_all(c, s->data, s->size);
	shutdown(c, SHUT_RDWR);
	close(c);
	return NULL;
}

static int results;

static void
done(void *arg, void *user, struct http_resp *r)
{
	results++;
	if (r->len > 65536 || (r->charset != NULL && strlen(r->charset) >= 64))
		abort();
	for (const char *p = r->charset; p && *p; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p == 0x7F)
			abort();
	if (r->outcome == HTTP_DEFERRED && r->retry_until > time(NULL) + 24 * 3600 + 5)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t alen = sizeof a;
	struct server s = { .data = data, .size = size };
	struct http_opts o;
	struct http_client *c;
	pthread_t t;
	char url[64];

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if ((s.fd = socket(AF_INET, SOCK_STREAM, 0)) < 0 ||
	    bind(s.fd, (struct sockaddr *)&a, sizeof a) < 0 || listen(s.fd, 1) < 0 ||
	    getsockname(s.fd, (struct sockaddr *)&a, &alen) < 0)
		abort();
	snprintf(url, sizeof url, "http://127.0.0.1:%d/x.html", ntohs(a.sin_port));
	pthread_create(&t, NULL, serve, &s);
	http_opts_init(&o);
	o.timeout = 2;
	o.connect_timeout = 2;
	o.low_speed_time = 1;
	o.retries = 0;
	o.delay_ms = 0;
	o.max_wait = 0;
	o.max_bytes = 65536;
	if ((c = http_client_new(&o)) == NULL || http_client_add(c, url, "\"e\"", NULL, NULL) < 0)
		abort();
	results = 0;
	if (http_client_run(c, done, NULL, NULL) < 0 || results != 1)
		abort();
	http_client_free(c);
	pthread_join(t, NULL);
	close(s.fd);
	return 0;
}
