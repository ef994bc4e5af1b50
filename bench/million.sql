-- A shop with 1,000,000 serialized units in 10 products and 100,000 sold on 100,000 invoices,
-- written straight into an inv database made by `inv init` (bench/startup.sh runs this).
PRAGMA synchronous = OFF;
PRAGMA cache_size = -200000;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
INSERT INTO products (id, sku, name, tracking, identifier_label, identifier_format, unique_identifiers, price,
                      created_at)
SELECT i, printf('PHONE-%02d', i), printf('Phone model %d', i), 'serialized', 'IMEI', 'any', 1, 50000,
       '2026-01-01T00:00:00Z' FROM n;
INSERT INTO suppliers (id, code, name, created_at) VALUES (1, 'ACME', 'Acme', '2026-01-01T00:00:00Z');
INSERT INTO receipts (id, number, product_id, supplier_id, at, actor, source)
VALUES (1, 'RCV-000001', 1, 1, '2026-01-01T00:00:00Z', 'bench', 'cli');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
INSERT INTO serialized_items (id, product_id, identifier, unique_family, cost, status, supplier_id, receipt_id,
                              received_at)
SELECT i, (i % 10) + 1, printf('35%013d', i), (i % 10) + 1, 30000 + (i % 1000), 'available', 1, 1,
       '2026-01-01T00:00:00Z' FROM n;
INSERT INTO unit_events (unit_id, kind, to_status, ref, amount, at, actor)
SELECT id, 'received', 'available', 'RCV-000001', cost, received_at, 'bench' FROM serialized_items ORDER BY id;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
INSERT INTO invoices (id, number, total, at, actor)
SELECT i, printf('INV-%06d', i), 50000, printf('2026-%02d-15T12:00:00Z', (i % 11) + 1), 'bench' FROM n;
INSERT INTO invoice_lines (invoice_id, line_no, product_id, unit_id, qty, unit_price, cogs, cost_source)
SELECT i.id, 1, u.product_id, u.id, 1, 50000, u.cost, 'unit' FROM invoices i JOIN serialized_items u ON u.id = i.id;
UPDATE serialized_items SET status = 'sold', sold_at = '2026-06-01T00:00:00Z' WHERE id <= 100000;
INSERT INTO unit_events (unit_id, kind, from_status, to_status, ref, amount, at, actor)
SELECT l.unit_id, 'sold', 'available', 'sold', i.number, 50000, i.at, 'bench'
FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id ORDER BY l.id;
COMMIT;
ANALYZE;
