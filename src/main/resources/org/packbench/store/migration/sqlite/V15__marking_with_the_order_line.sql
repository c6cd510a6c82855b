-- Issue 18, sending the codes: what Ozon says of each line's Честный ЗНАК codes, learned at sync
-- (exemplar/create-or-get) so Упаковка knows offline. marking: 'unknown' (not asked, or no answer:
-- asked again at the next sync, and the posting is not packed until then), 'needed' (one code per
-- unit, counted only by its code) or 'none'. exemplar_ids: Ozon's ids of the line's units, comma
-- separated, in Ozon's order.
ALTER TABLE order_line ADD COLUMN marking TEXT NOT NULL DEFAULT 'unknown'
    CHECK (marking IN ('unknown', 'needed', 'none'));
ALTER TABLE order_line ADD COLUMN exemplar_ids TEXT NOT NULL DEFAULT '';

-- The order line a code was counted on (0: used before lines were kept, or on no line).
ALTER TABLE marking_code ADD COLUMN line_no INTEGER NOT NULL DEFAULT 0;

-- A new push kind, ozon_exemplars: a packed posting's codes go to Ozon before its ship report.
-- SQLite cannot change a CHECK in place: the table is made again with the same rows and ids.
CREATE TABLE outbox_v15 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    account      TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('ozon_exemplars', 'ozon_ship', 'ozon_label', 'vk_tracking')),
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
INSERT INTO outbox_v15 (id, account, kind, subject, dedupe, label_id, payload, state, attempts, next_at,
                        lease_until, problem, created_at, delivered_at, ack)
    SELECT id, account, kind, subject, dedupe, label_id, payload, state, attempts, next_at,
           lease_until, problem, created_at, delivered_at, ack
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v15 RENAME TO outbox;
CREATE INDEX outbox_by_state ON outbox (state, next_at);
CREATE INDEX outbox_by_subject ON outbox (subject);
