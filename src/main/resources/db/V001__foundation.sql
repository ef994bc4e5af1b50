-- inv schema, version 1. Money columns hold integer minor units of the database's currency;
-- timestamps are ISO-8601 UTC text ('2026-12-03T13:40:35Z'), ordered by id within one second.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('application', 'inv');
INSERT INTO meta (key, value) VALUES ('currency', 'USD');

CREATE TABLE products (
    id                 INTEGER PRIMARY KEY,
    sku                TEXT    NOT NULL UNIQUE,
    name               TEXT    NOT NULL,
    tracking           TEXT    NOT NULL CHECK (tracking IN ('serialized', 'quantity')),
    identifier_label   TEXT,
    identifier_format  TEXT    NOT NULL DEFAULT 'any',
    unique_identifiers INTEGER NOT NULL DEFAULT 1 CHECK (unique_identifiers IN (0, 1)),
    cost               INTEGER CHECK (cost >= 0),
    price              INTEGER CHECK (price >= 0),
    warranty_months    INTEGER CHECK (warranty_months >= 0),
    parent_id          INTEGER REFERENCES products (id),
    created_at         TEXT    NOT NULL
);
CREATE INDEX products_parent ON products (parent_id);

CREATE TABLE product_attributes (
    product_id INTEGER NOT NULL REFERENCES products (id),
    key        TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    PRIMARY KEY (product_id, key)
);

CREATE TABLE suppliers (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE receipts (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    product_id   INTEGER REFERENCES products (id),
    supplier_id  INTEGER REFERENCES suppliers (id),
    ref          TEXT,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    source       TEXT NOT NULL CHECK (source IN ('cli', 'import')),
    content_hash TEXT
);
CREATE INDEX receipts_ref ON receipts (ref);
CREATE INDEX receipts_hash ON receipts (content_hash);

-- One row per physical unit for its whole life; a re-received unit keeps its row.
-- unique_family is the family's root product id when identifiers are unique (NULL otherwise),
-- so the index below enforces "no two units of a family share an identifier" in the file itself.
CREATE TABLE serialized_items (
    id            INTEGER PRIMARY KEY,
    product_id    INTEGER NOT NULL REFERENCES products (id),
    identifier    TEXT    NOT NULL,
    unique_family INTEGER REFERENCES products (id),
    cost          INTEGER CHECK (cost >= 0),
    status        TEXT    NOT NULL CHECK (status IN ('available', 'sold', 'defect', 'with_supplier',
                                                     'returned', 'written_off')),
    supplier_id   INTEGER REFERENCES suppliers (id),
    receipt_id    INTEGER REFERENCES receipts (id),
    received_at   TEXT NOT NULL,
    sold_at       TEXT,
    returned_at   TEXT
);
CREATE UNIQUE INDEX serialized_items_unique ON serialized_items (unique_family, identifier);
CREATE INDEX serialized_items_identifier ON serialized_items (identifier);
CREATE INDEX serialized_items_product_status ON serialized_items (product_id, status);
CREATE INDEX serialized_items_status ON serialized_items (status);

-- FIFO cost layers: quantity stock, opening balances of legacy serialized stock, and returns.
CREATE TABLE cost_layers (
    id            INTEGER PRIMARY KEY,
    product_id    INTEGER NOT NULL REFERENCES products (id),
    receipt_id    INTEGER REFERENCES receipts (id),
    kind          TEXT    NOT NULL CHECK (kind IN ('receipt', 'opening', 'return')),
    qty_received  INTEGER NOT NULL CHECK (qty_received > 0),
    qty_remaining INTEGER NOT NULL CHECK (qty_remaining >= 0 AND qty_remaining <= qty_received),
    unit_cost     INTEGER NOT NULL CHECK (unit_cost >= 0),
    received_at   TEXT    NOT NULL
);
CREATE INDEX cost_layers_open ON cost_layers (product_id, qty_remaining, id);

CREATE TABLE invoices (
    id       INTEGER PRIMARY KEY,
    number   TEXT    NOT NULL UNIQUE,
    customer TEXT,
    ref      TEXT,
    total    INTEGER NOT NULL,
    at       TEXT    NOT NULL,
    actor    TEXT    NOT NULL
);

CREATE TABLE invoice_lines (
    id          INTEGER PRIMARY KEY,
    invoice_id  INTEGER NOT NULL REFERENCES invoices (id),
    line_no     INTEGER NOT NULL,
    product_id  INTEGER NOT NULL REFERENCES products (id),
    unit_id     INTEGER REFERENCES serialized_items (id),
    qty         INTEGER NOT NULL CHECK (qty > 0),
    unit_price  INTEGER NOT NULL CHECK (unit_price >= 0),
    cogs        INTEGER NOT NULL CHECK (cogs >= 0),
    cost_source TEXT    NOT NULL CHECK (cost_source IN ('unit', 'fifo', 'product', 'none')),
    UNIQUE (invoice_id, line_no)
);
CREATE INDEX invoice_lines_unit ON invoice_lines (unit_id);
CREATE INDEX invoice_lines_product ON invoice_lines (product_id);

-- Which layers a sale line consumed, in consumption order, so a return can put back the cost of
-- the pieces it consumed, most recently consumed first.
CREATE TABLE line_consumptions (
    id        INTEGER PRIMARY KEY,
    line_id   INTEGER NOT NULL REFERENCES invoice_lines (id),
    layer_id  INTEGER NOT NULL REFERENCES cost_layers (id),
    qty       INTEGER NOT NULL CHECK (qty > 0),
    unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0)
);
CREATE INDEX line_consumptions_line ON line_consumptions (line_id);

CREATE TABLE returns (
    id            INTEGER PRIMARY KEY,
    number        TEXT    NOT NULL UNIQUE,
    line_id       INTEGER NOT NULL REFERENCES invoice_lines (id),
    unit_id       INTEGER REFERENCES serialized_items (id),
    qty           INTEGER NOT NULL CHECK (qty > 0),
    refund        INTEGER NOT NULL CHECK (refund >= 0),
    cost_returned INTEGER NOT NULL CHECK (cost_returned >= 0),
    to_status     TEXT,
    reason        TEXT,
    at            TEXT    NOT NULL,
    actor         TEXT    NOT NULL
);
CREATE INDEX returns_line ON returns (line_id);
CREATE INDEX returns_unit ON returns (unit_id);

CREATE TABLE expenses (
    id       INTEGER PRIMARY KEY,
    number   TEXT    NOT NULL UNIQUE,
    amount   INTEGER NOT NULL CHECK (amount >= 0),
    category TEXT,
    note     TEXT,
    unit_id  INTEGER REFERENCES serialized_items (id),
    at       TEXT    NOT NULL,
    actor    TEXT    NOT NULL
);
CREATE INDEX expenses_unit ON expenses (unit_id);

-- Append-only history of every unit. ref is the number of the document behind the event; amount
-- is the money the event moved in minor units: the cost received, the price sold at, the refund,
-- the cost written off, the expense.
CREATE TABLE unit_events (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES serialized_items (id),
    kind        TEXT    NOT NULL CHECK (kind IN ('received', 're_received', 'sold', 'returned',
                                                 'routed', 'expense')),
    from_status TEXT,
    to_status   TEXT,
    ref         TEXT,
    amount      INTEGER,
    detail      TEXT,
    at          TEXT    NOT NULL,
    actor       TEXT    NOT NULL
);
CREATE INDEX unit_events_unit ON unit_events (unit_id, id);

CREATE TRIGGER unit_events_no_update BEFORE UPDATE ON unit_events
BEGIN
    SELECT RAISE(ABORT, 'unit_events is append-only');
END;

CREATE TRIGGER unit_events_no_delete BEFORE DELETE ON unit_events
BEGIN
    SELECT RAISE(ABORT, 'unit_events is append-only');
END;
