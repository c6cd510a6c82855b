-- The SKU catalog and the settings of this bench.
CREATE TABLE sku (
    sku                 TEXT    NOT NULL PRIMARY KEY,
    gtin                TEXT    NOT NULL,
    name_ru             TEXT    NOT NULL,
    net_weight_g        INTEGER NOT NULL CHECK (net_weight_g > 0),
    manufacturer        TEXT    NOT NULL,
    country_of_origin   TEXT    NOT NULL,
    eac_cert            TEXT    NOT NULL DEFAULT '',
    hs_code             TEXT    NOT NULL,
    length_mm           INTEGER NOT NULL CHECK (length_mm > 0),
    width_mm            INTEGER NOT NULL CHECK (width_mm > 0),
    height_mm           INTEGER NOT NULL CHECK (height_mm > 0),
    declared_value_cents INTEGER NOT NULL CHECK (declared_value_cents >= 0),
    marketplace         TEXT    NOT NULL CHECK (marketplace IN ('vk', 'ozon', 'other')),
    -- SKU, GTIN and name folded to lower case in Java: SQLite's LOWER() knows ASCII only,
    -- and the packer searches Cyrillic names.
    search_text         TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
);
CREATE INDEX sku_by_gtin ON sku (gtin);

CREATE TABLE setting (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
