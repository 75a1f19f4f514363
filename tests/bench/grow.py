#!/usr/bin/env python3
"""grow.py SRC DST N — a catalogue of N bulletins from catalogue SRC: its
bulletins, with their revisions and changes, copied under renumbered keys
and ids (KEY-R1, KEY-R2, ...) until there are N.  The revision columns
(model_id, title, registered, severity: schema 8) and the digest (schema 9)
follow the model.  For
`make bench` (publish at 20,000 bulletins) and tests/t_scale.sh."""
import hashlib
import shutil
import sqlite3
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    src, dst, big = sys.argv[1], sys.argv[2], int(sys.argv[3])
    c = sqlite3.connect(src)
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()
    shutil.copy(src, dst)
    db = sqlite3.connect(dst)
    base = [r[0] for r in db.execute("SELECT id FROM bulletins ORDER BY id")]
    have, copy = len(base), 1
    while have < big:
        k = min(len(base), big - have)
        ids = ",".join(str(i) for i in base[:k])
        p = {"c": "-R%d" % copy}
        db.execute("INSERT INTO bulletins (key, kind, first_seen, published, superseded_by)"
                   " SELECT key || :c, kind, first_seen, published, superseded_by"
                   " FROM bulletins WHERE id IN (%s) ORDER BY id" % ids, p)
        db.execute("INSERT INTO revisions (bulletin, number, seen, updated, model, page,"
                   " model_id, title, registered, severity)"
                   " SELECT nb.id, r.number, r.seen, r.updated, CASE WHEN r.model_id IS NULL"
                   " THEN r.model ELSE json_set(r.model, '$.id', r.model_id || :c) END, r.page,"
                   " r.model_id || :c, r.title, r.registered, r.severity"
                   " FROM revisions r JOIN bulletins b ON b.id = r.bulletin"
                   " JOIN bulletins nb ON nb.key = b.key || :c"
                   " WHERE b.id IN (%s) ORDER BY r.id" % ids, p)
        db.execute("INSERT INTO changes (revision, seq, field, old_value, new_value)"
                   " SELECT nr.id, ch.seq, ch.field, ch.old_value, ch.new_value"
                   " FROM changes ch JOIN revisions r ON r.id = ch.revision"
                   " JOIN bulletins b ON b.id = r.bulletin"
                   " JOIN bulletins nb ON nb.key = b.key || :c"
                   " JOIN revisions nr ON nr.bulletin = nb.id AND nr.number = r.number"
                   " WHERE b.id IN (%s)" % ids, p)
        have += k
        copy += 1
    # schema 9: each new revision's digest, as hotfeed computes it
    # (CAT_REVISION_DIGEST_SQL in store/catalogue_impl.h)
    db.create_function("hotfeed_sha256", 1,
                       lambda t: hashlib.sha256(t.encode()).hexdigest(), deterministic=True)
    db.execute("UPDATE revisions AS r SET digest = hotfeed_sha256(r.model || char(29) ||"
               " coalesce((SELECT group_concat(c.field || char(31) || c.old_value ||"
               " char(31) || c.new_value, char(30)) FROM (SELECT field, old_value, new_value"
               " FROM changes WHERE revision = r.id ORDER BY seq) c), ''))"
               " WHERE digest IS NULL")
    db.commit()
    print("big catalogue: %d bulletins (%d renumbered copies of %d)" %
          (db.execute("SELECT count(*) FROM bulletins").fetchone()[0], copy - 1, len(base)))


if __name__ == "__main__":
    main()
