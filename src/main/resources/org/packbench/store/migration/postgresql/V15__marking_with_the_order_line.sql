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
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('ozon_exemplars', 'ozon_ship', 'ozon_label', 'vk_tracking'));
