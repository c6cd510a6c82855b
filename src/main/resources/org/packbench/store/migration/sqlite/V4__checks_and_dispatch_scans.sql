-- What happened to each label after it was laid out: the pre-print checks and the readback,
-- whether it was refused, voided or superseded, and every dispatch scan.
ALTER TABLE label ADD COLUMN status TEXT NOT NULL DEFAULT 'issued'
    CHECK (status IN ('issued', 'refused', 'voided'));
ALTER TABLE label ADD COLUMN marketplace TEXT NOT NULL DEFAULT '';
ALTER TABLE label ADD COLUMN checks TEXT NOT NULL DEFAULT '';
ALTER TABLE label ADD COLUMN readback TEXT NOT NULL DEFAULT '';
ALTER TABLE label ADD COLUMN void_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX label_by_sscc ON label (sscc);

CREATE TABLE scan (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    scanned_at TEXT   NOT NULL,
    bench     TEXT    NOT NULL,
    lane      TEXT    NOT NULL DEFAULT '',
    data      TEXT    NOT NULL,
    verdict   TEXT    NOT NULL,
    label_id  INTEGER REFERENCES label (id)
);
CREATE INDEX scan_ok_by_label ON scan (label_id, verdict);
