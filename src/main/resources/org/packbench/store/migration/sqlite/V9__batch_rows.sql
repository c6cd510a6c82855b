-- Batch rows already issued (issue 14): a logistic row has no order to be known by, so a batch
-- file run again after a crash finds its SSCC labels here by the file's hash and the row's line.
CREATE TABLE batch_row (
    file_sha256 TEXT    NOT NULL,
    line        INTEGER NOT NULL,
    label_id    INTEGER NOT NULL REFERENCES label (id),
    PRIMARY KEY (file_sha256, line)
);
