-- Tampering with the database file (issue 19 item 6). Each account row carries a seal, an HMAC with
-- the bench key kept outside this file over its name, role and PIN hash; rows from earlier
-- versions are sealed as they are when the bench first gets its key.
ALTER TABLE account ADD COLUMN seal TEXT NOT NULL DEFAULT '';

-- The database's own seal, one row: where the log's unkeyed part (entries written before the key)
-- ends, and whether a supervisor has ever existed; sealed with the bench key as a whole.
CREATE TABLE bench_seal (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    legacy_seq      INTEGER NOT NULL,
    legacy_hash     TEXT    NOT NULL,
    supervisor_seen INTEGER NOT NULL,
    sealed_at       TEXT    NOT NULL,
    seal            TEXT    NOT NULL
);
