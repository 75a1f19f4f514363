/*
 * lock.h — one hotfeed run per catalogue: an flock(2) on "<db>.lock".
 * Included by fetch/ and cli/.
 *
 * The lock file holds the owner's pid (for the message a second run
 * prints); the lock itself is the flock, so a run killed at any moment
 * releases it with its descriptor and a stale file never blocks anyone.
 */
#ifndef HOTFEED_LOCK_H
#define HOTFEED_LOCK_H

#include <stddef.h>

/* Take the lock for the catalogue at db_path without waiting.
 * Returns a descriptor (>= 0) to pass to lock_release; -1 when another
 * process holds it (msg: "another run holds DB.lock (pid N)"); -2 on any
 * other error (msg says which). */
int lock_acquire(const char *db_path, char *msg, size_t msglen);
void lock_release(int fd);

#endif
