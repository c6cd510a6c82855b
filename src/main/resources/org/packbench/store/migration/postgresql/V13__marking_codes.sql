-- Честный ЗНАК marking codes used on parcels (issue 18). identity is (01)GTIN(21)serial: the item's
-- name in the marking system, used once, on any bench sharing the database. code is the element
-- string as scanned (GS as ASCII 29), crypto-tail byte for byte.
CREATE TABLE marking_code (
    identity TEXT NOT NULL PRIMARY KEY,
    code     TEXT NOT NULL,
    gtin     TEXT NOT NULL,
    order_no TEXT NOT NULL,
    used_at  TEXT NOT NULL,
    bench    TEXT NOT NULL
);
CREATE INDEX marking_code_by_order ON marking_code (order_no);
