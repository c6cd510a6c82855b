-- Accounts and the label log.
CREATE TABLE account (
    name         TEXT    NOT NULL PRIMARY KEY,
    role         TEXT    NOT NULL CHECK (role IN ('packer', 'supervisor')),
    -- pbkdf2-sha256$iterations$salt$hash, or '' for a packer without a PIN
    pin_hash     TEXT    NOT NULL DEFAULT '',
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at   TEXT    NOT NULL
);

-- The label log: append-only, each entry self-contained (the values themselves, not references
-- to rows that may change) and chained to the entry before it by that entry's hash.
-- seq is given by the writer as the last seq + 1 inside an IMMEDIATE transaction, so the chain
-- has no gaps and no forks even with two processes writing.
CREATE TABLE log_entry (
    seq            INTEGER PRIMARY KEY,
    at             TEXT    NOT NULL,
    bench          TEXT    NOT NULL,
    user_name      TEXT    NOT NULL,
    event          TEXT    NOT NULL,
    label_id       INTEGER NOT NULL,
    printer        TEXT    NOT NULL,
    template       TEXT    NOT NULL,
    sku            TEXT    NOT NULL,
    marketplace    TEXT    NOT NULL,
    order_no       TEXT    NOT NULL,
    tracking       TEXT    NOT NULL,
    sscc           TEXT    NOT NULL,
    payload_sha256 TEXT    NOT NULL,
    checks         TEXT    NOT NULL,
    readback       TEXT    NOT NULL,
    copies         INTEGER NOT NULL,
    reason         TEXT    NOT NULL,
    verdict        TEXT    NOT NULL,
    scan_data      TEXT    NOT NULL,
    prev_hash      TEXT    NOT NULL,
    hash           TEXT    NOT NULL
);
CREATE INDEX log_entry_by_at ON log_entry (at);

-- Who asked for a print job: the log names them when the job is sent, perhaps by the queue's worker later.
ALTER TABLE print_job ADD COLUMN requested_by TEXT NOT NULL DEFAULT '';
