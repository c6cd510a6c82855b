-- SSCCs: one counter per company prefix and extension digit, and every number handed out.
-- The counter moves in the same transaction as the row that uses the number, so a number is
-- never given twice (the primary key would refuse it) and never skipped (a rollback takes both back).
CREATE TABLE sscc_counter (
    company_prefix TEXT    NOT NULL,
    extension      INTEGER NOT NULL CHECK (extension BETWEEN 0 AND 9),
    next_serial    INTEGER NOT NULL CHECK (next_serial >= 0),
    PRIMARY KEY (company_prefix, extension)
);

CREATE TABLE sscc (
    sscc         TEXT    NOT NULL PRIMARY KEY,
    allocated_at TEXT    NOT NULL,
    purpose      TEXT    NOT NULL,
    label_id     INTEGER REFERENCES label (id)
);

ALTER TABLE label ADD COLUMN sscc TEXT NOT NULL DEFAULT '';
