-- DAC codes, parcels (order ↔ tracking number) and the labels issued for them.
CREATE TABLE dac (
    code       TEXT NOT NULL PRIMARY KEY,
    issued_on  TEXT NOT NULL,
    added_at   TEXT NOT NULL
);

CREATE TABLE parcel (
    order_no    TEXT NOT NULL PRIMARY KEY,
    tracking    TEXT NOT NULL UNIQUE,
    marketplace TEXT NOT NULL CHECK (marketplace IN ('vk', 'ozon', 'other')),
    created_at  TEXT NOT NULL
);

CREATE TABLE label (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at     TEXT    NOT NULL,
    -- A logistic (SSCC) label belongs to a pallet or a box, not to an order's parcel.
    order_no       TEXT             REFERENCES parcel (order_no),
    tracking       TEXT    NOT NULL DEFAULT '',
    sku            TEXT    NOT NULL,
    template       TEXT    NOT NULL,
    dac            TEXT    NOT NULL DEFAULT '',
    format         TEXT    NOT NULL,
    dpi            INTEGER NOT NULL,
    payload_sha256 TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX label_by_order ON label (order_no);
CREATE INDEX label_by_tracking ON label (tracking);
