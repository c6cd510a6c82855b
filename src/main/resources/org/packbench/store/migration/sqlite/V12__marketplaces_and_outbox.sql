-- The marketplaces (issue 17): the seller's API accounts, the lines of a synced order, and the
-- outbox of pushes, each written in the transaction of the label or scan that causes it.

-- The secret (Ozon's Api-Key, VK's group token) is kept sealed: AES-GCM under a key derived from
-- the bench key, which lives beside the database, never in it. secret_hint is its last four
-- characters, for a masked list.
CREATE TABLE marketplace_account (
    name        TEXT NOT NULL PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('ozon', 'vk')),
    account_id  TEXT NOT NULL,
    base_url    TEXT NOT NULL,
    secret      TEXT NOT NULL,
    secret_hint TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    added_by    TEXT NOT NULL
);

-- Which account an order came from, and where the marketplace says it stands.
ALTER TABLE customer_order ADD COLUMN account TEXT NOT NULL DEFAULT '';
ALTER TABLE customer_order ADD COLUMN remote_status TEXT NOT NULL DEFAULT '';
ALTER TABLE customer_order ADD COLUMN ship_by TEXT NOT NULL DEFAULT '';

-- What an order holds: the seller's article (our SKU), the marketplace's product id, how many.
CREATE TABLE order_line (
    order_no   TEXT    NOT NULL REFERENCES customer_order (order_no),
    line_no    INTEGER NOT NULL CHECK (line_no >= 1),
    offer_id   TEXT    NOT NULL,
    product_id TEXT    NOT NULL DEFAULT '',
    name       TEXT    NOT NULL DEFAULT '',
    quantity   INTEGER NOT NULL CHECK (quantity >= 1),
    PRIMARY KEY (order_no, line_no)
);

-- A push waits (next_at) until its label's print job, if it has one, was sent. A worker leases
-- it (state 'sending', lease_until) before the call, so a worker killed mid-call leaves it to be
-- tried again once the lease ends; attempts > 0 tells the next one to ask the marketplace first.
-- dedupe names the effect (one ship per posting, one tracking number per order): the same push
-- written twice is one row.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    account      TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('ozon_ship', 'ozon_label', 'vk_tracking')),
    subject      TEXT    NOT NULL,
    dedupe       TEXT    NOT NULL UNIQUE,
    label_id     INTEGER          REFERENCES label (id),
    payload      TEXT    NOT NULL,
    state        TEXT    NOT NULL CHECK (state IN ('waiting', 'sending', 'delivered', 'failed', 'cancelled')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_at      TEXT    NOT NULL,
    lease_until  TEXT    NOT NULL DEFAULT '',
    problem      TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL,
    delivered_at TEXT    NOT NULL DEFAULT '',
    ack          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX outbox_by_state ON outbox (state, next_at);
CREATE INDEX outbox_by_subject ON outbox (subject);

-- One pace per account, shared by every bench on the database: the next moment a request may
-- leave (epoch milliseconds). Ozon allows 50 requests a second per Client-Id.
CREATE TABLE marketplace_pace (
    account      TEXT   NOT NULL PRIMARY KEY,
    next_slot_ms BIGINT NOT NULL
);
