-- The seller's orders, imported from the marketplace's order list, for the deadlines board.
CREATE TABLE customer_order (
    order_no     TEXT NOT NULL PRIMARY KEY,
    marketplace  TEXT NOT NULL CHECK (marketplace IN ('vk', 'ozon', 'other')),
    confirmed_at TEXT NOT NULL,
    tracking     TEXT NOT NULL DEFAULT '',
    imported_at  TEXT NOT NULL
);
CREATE INDEX customer_order_by_confirmed ON customer_order (confirmed_at);
