-- Marking codes printed as GS1 DataMatrix labels (issue 18). A code is printed once: the partial
-- unique index refuses a second first print on any bench sharing the database; a reprint carries
-- its reason and sits beside the first. identity is (01)GTIN(21)serial, code the element string
-- with GS as ASCII 29, crypto-tail byte for byte.
CREATE TABLE marking_print (
    label_id       INTEGER NOT NULL PRIMARY KEY REFERENCES label (id),
    identity       TEXT    NOT NULL,
    code           TEXT    NOT NULL,
    gtin           TEXT    NOT NULL,
    reprint_reason TEXT,
    printed_at     TEXT    NOT NULL,
    bench          TEXT    NOT NULL
);
CREATE UNIQUE INDEX marking_print_once ON marking_print (identity) WHERE reprint_reason IS NULL;
CREATE INDEX marking_print_by_identity ON marking_print (identity);
