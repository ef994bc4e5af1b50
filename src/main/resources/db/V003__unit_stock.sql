-- Units per product and status with the sum of their costs, kept by triggers in the same
-- transaction as every change to serialized_items, so that the valuation reads a few rows
-- instead of aggregating a million units. `inv db check` verifies it against the units.
CREATE TABLE unit_stock (
    product_id INTEGER NOT NULL REFERENCES products (id),
    status     TEXT    NOT NULL,
    qty        INTEGER NOT NULL,
    cost_sum   INTEGER NOT NULL,
    uncosted   INTEGER NOT NULL,
    PRIMARY KEY (product_id, status)
);

INSERT INTO unit_stock (product_id, status, qty, cost_sum, uncosted)
SELECT product_id, status, count(*), COALESCE(SUM(cost), 0), count(*) - count(cost)
FROM serialized_items GROUP BY product_id, status;

CREATE TRIGGER unit_stock_insert AFTER INSERT ON serialized_items
BEGIN
    INSERT INTO unit_stock (product_id, status, qty, cost_sum, uncosted)
    VALUES (NEW.product_id, NEW.status, 0, 0, 0) ON CONFLICT (product_id, status) DO NOTHING;
    UPDATE unit_stock SET qty = qty + 1, cost_sum = cost_sum + COALESCE(NEW.cost, 0),
                          uncosted = uncosted + (NEW.cost IS NULL)
    WHERE product_id = NEW.product_id AND status = NEW.status;
END;

CREATE TRIGGER unit_stock_update AFTER UPDATE OF product_id, status, cost ON serialized_items
BEGIN
    UPDATE unit_stock SET qty = qty - 1, cost_sum = cost_sum - COALESCE(OLD.cost, 0),
                          uncosted = uncosted - (OLD.cost IS NULL)
    WHERE product_id = OLD.product_id AND status = OLD.status;
    INSERT INTO unit_stock (product_id, status, qty, cost_sum, uncosted)
    VALUES (NEW.product_id, NEW.status, 0, 0, 0) ON CONFLICT (product_id, status) DO NOTHING;
    UPDATE unit_stock SET qty = qty + 1, cost_sum = cost_sum + COALESCE(NEW.cost, 0),
                          uncosted = uncosted + (NEW.cost IS NULL)
    WHERE product_id = NEW.product_id AND status = NEW.status;
END;

CREATE TRIGGER unit_stock_delete AFTER DELETE ON serialized_items
BEGIN
    UPDATE unit_stock SET qty = qty - 1, cost_sum = cost_sum - COALESCE(OLD.cost, 0),
                          uncosted = uncosted - (OLD.cost IS NULL)
    WHERE product_id = OLD.product_id AND status = OLD.status;
END;

-- the COGS report reads sales, returns and write-offs of a period
CREATE INDEX invoices_at ON invoices (at);
CREATE INDEX returns_at ON returns (at);
CREATE INDEX unit_events_routed ON unit_events (kind, to_status, at);
