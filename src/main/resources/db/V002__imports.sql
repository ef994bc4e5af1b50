-- Every bulk import is remembered by the SHA-256 of its content and by its --ref, so that a
-- cron job retrying the same delivery changes nothing. receipt_id is set for imports that post
-- a receipt (units, stock); a products import posts none.
CREATE TABLE imports (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('units', 'products', 'stock')),
    content_hash TEXT    NOT NULL,
    ref          TEXT,
    receipt_id   INTEGER REFERENCES receipts (id),
    rows         INTEGER NOT NULL,
    at           TEXT    NOT NULL,
    actor        TEXT    NOT NULL
);
CREATE INDEX imports_hash ON imports (kind, content_hash);
CREATE INDEX imports_ref ON imports (kind, ref);
