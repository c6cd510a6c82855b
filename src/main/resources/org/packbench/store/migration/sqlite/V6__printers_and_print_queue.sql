-- Printer profiles and the print queue.
-- Lengths are kept in micrometres as integers: exact, and plain in any SQL dialect.
CREATE TABLE printer (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL UNIQUE,
    language    TEXT    NOT NULL CHECK (language IN ('zpl', 'tspl', 'pdf')),
    dpi         INTEGER NOT NULL CHECK (dpi IN (203, 300, 600)),
    width_um    INTEGER          CHECK (width_um IS NULL OR width_um > 0),
    height_um   INTEGER          CHECK (height_um IS NULL OR height_um > 0),
    x_offset_um INTEGER NOT NULL DEFAULT 0 CHECK (x_offset_um >= 0),
    y_offset_um INTEGER NOT NULL DEFAULT 0 CHECK (y_offset_um >= 0),
    darkness    INTEGER          CHECK (darkness IS NULL OR darkness BETWEEN 0 AND 30),
    speed       INTEGER          CHECK (speed IS NULL OR speed BETWEEN 1 AND 14),
    transport   TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);

-- A job is written with its bytes before anything is sent, and marked sending (with the printer's
-- label counter at that moment and the process that sends it) before the first byte leaves.
-- The printer is kept by name: a job outlives a profile removed after it printed.
CREATE TABLE print_job (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at     TEXT    NOT NULL,
    printer        TEXT    NOT NULL,
    label_id       INTEGER          REFERENCES label (id),
    copies         INTEGER NOT NULL CHECK (copies >= 1),
    bytes          BLOB    NOT NULL,
    status         TEXT    NOT NULL
        CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled', 'unknown')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT    NOT NULL DEFAULT '',
    updated_at     TEXT    NOT NULL,
    reprint_of     INTEGER          REFERENCES print_job (id),
    reason         TEXT    NOT NULL DEFAULT '',
    counter_before INTEGER NOT NULL DEFAULT -1,
    sender         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX print_job_by_printer_status ON print_job (printer, status, id);
CREATE INDEX print_job_by_status ON print_job (status, id);
CREATE INDEX print_job_by_label ON print_job (label_id);
