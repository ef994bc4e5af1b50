package dev.inv.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Products, their variant attributes and stock summaries. */
public final class ProductRepository {

    private static final String COLUMNS = "id, sku, name, tracking, identifier_label, identifier_format,"
            + " unique_identifiers, cost, price, warranty_months, parent_id, created_at";

    private final Connection c;

    public ProductRepository(Connection c) {
        this.c = c;
    }

    public Optional<ProductRow> findBySku(String sku) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM products WHERE sku = ?", ProductRepository::map, sku);
    }

    public Optional<ProductRow> findById(long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM products WHERE id = ?", ProductRepository::map, id);
    }

    public List<ProductRow> list() throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM products ORDER BY sku", ProductRepository::map);
    }

    public List<ProductRow> variants(long parentId) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM products WHERE parent_id = ? ORDER BY sku",
                ProductRepository::map, parentId);
    }

    public boolean hasVariants(long id) throws SQLException {
        return Jdbc.count(c, "SELECT count(*) FROM products WHERE parent_id = ?", id) > 0;
    }

    /** Whether the database holds any product, receipt, invoice or expense (amounts in its currency). */
    public boolean anyData() throws SQLException {
        return Jdbc.count(c, "SELECT (SELECT count(*) FROM receipts) + (SELECT count(*) FROM invoices)"
                + " + (SELECT count(*) FROM expenses) + (SELECT count(*) FROM products)") > 0;
    }

    public long insert(ProductRow p) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO products (sku, name, tracking, identifier_label, identifier_format,"
                        + " unique_identifiers, cost, price, warranty_months, parent_id, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.sku(), p.name(), p.tracking(), p.identifierLabel(), p.identifierFormat(),
                p.uniqueIdentifiers(), p.cost(), p.price(), p.warrantyMonths(), p.parentId(), p.createdAt());
    }

    public void putAttributes(long productId, Map<String, String> attributes) throws SQLException {
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            Jdbc.update(c, "INSERT INTO product_attributes (product_id, key, value) VALUES (?, ?, ?)",
                    productId, e.getKey(), e.getValue());
        }
    }

    /** The variant attributes in the order they were given. */
    public Map<String, String> attributes(long productId) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] kv : Jdbc.list(c, "SELECT key, value FROM product_attributes WHERE product_id = ?"
                + " ORDER BY rowid", rs -> new String[] {rs.getString(1), rs.getString(2)}, productId)) {
            out.put(kv[0], kv[1]);
        }
        return out;
    }

    /** Units per status of a serialized product (its own units, not its variants'). */
    public Map<String, Long> unitCounts(long productId) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] row : Jdbc.list(c, "SELECT status, count(*) FROM serialized_items WHERE product_id = ?"
                + " GROUP BY status ORDER BY status", rs -> new Object[] {rs.getString(1), rs.getLong(2)}, productId)) {
            out.put((String) row[0], (Long) row[1]);
        }
        return out;
    }

    /** Quantity left in the product's FIFO layers. */
    public long layerQuantity(long productId) throws SQLException {
        return Jdbc.count(c, "SELECT COALESCE(SUM(qty_remaining), 0) FROM cost_layers WHERE product_id = ?", productId);
    }

    static ProductRow map(ResultSet rs) throws SQLException {
        return new ProductRow(rs.getLong("id"), rs.getString("sku"), rs.getString("name"), rs.getString("tracking"),
                rs.getString("identifier_label"), rs.getString("identifier_format"),
                rs.getInt("unique_identifiers") != 0, Jdbc.nullableLong(rs, "cost"), Jdbc.nullableLong(rs, "price"),
                Jdbc.nullableInt(rs, "warranty_months"), Jdbc.nullableLong(rs, "parent_id"),
                rs.getString("created_at"));
    }
}
