-- One parcel, one live label (issue 13). A label replaced by an explicit reprint points at its
-- successor, so an old copy stays dead at dispatch even if the successor is later voided.
ALTER TABLE label ADD COLUMN superseded_by INTEGER REFERENCES label (id);

-- Benches before this version could issue several labels for one order (the double-issue
-- defect); the newest issued one is the live label, the older ones are superseded by it.
UPDATE label SET superseded_by = (
        SELECT MAX(n.id) FROM label n WHERE n.order_no = label.order_no AND n.status = 'issued')
    WHERE status = 'issued' AND order_no IS NOT NULL
      AND id < (SELECT MAX(n.id) FROM label n WHERE n.order_no = label.order_no AND n.status = 'issued');

-- The rule itself, kept by the database so that no process, thread or second bench can break it.
CREATE UNIQUE INDEX label_one_live_per_parcel ON label (order_no)
    WHERE status = 'issued' AND superseded_by IS NULL AND order_no IS NOT NULL;

-- The shift strip: labels this bench printed today, and its latest labels.
CREATE INDEX log_entry_by_bench_event ON log_entry (bench, event, at);
