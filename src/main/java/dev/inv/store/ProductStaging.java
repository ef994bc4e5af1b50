package dev.inv.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Bulk work of {@code inv import products}: validated rows staged in a temporary table (so that a
 * later row can name an earlier one as its parent, and a repeated SKU is found, without holding
 * the file in memory), then applied in line order; and the statements that update an existing
 * product from a row.
 */
public final class ProductStaging {

    /**
     * A validated row; null where the cell was empty. {@code attributes} holds {@code key=value}
     * pairs one per line (values cannot hold line breaks).
     */
    public record Staged(long line, String sku, String name, String tracking, String identifierLabel,
                         String identifierFormat, Boolean uniqueIdentifiers, Long cost, Long price,
                         Integer warrantyMonths, String variantOf, String attributes) {
    }

    private static final String COLUMNS = "line, sku, name, tracking, identifier_label, identifier_format,"
            + " unique_identifiers, cost, price, warranty_months, variant_of, attributes";

    private final Connection c;

    public ProductStaging(Connection c) {
        this.c = c;
    }

    public static void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS import_products");
            st.execute("CREATE TEMPORARY TABLE import_products (line INTEGER PRIMARY KEY, sku TEXT NOT NULL,"
                    + " name TEXT, tracking TEXT, identifier_label TEXT, identifier_format TEXT,"
                    + " unique_identifiers INTEGER, cost INTEGER, price INTEGER, warranty_months INTEGER,"
                    + " variant_of TEXT, attributes TEXT)");
            st.execute("CREATE INDEX import_products_sku ON import_products (sku)");
        }
    }

    public static void drop(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS import_products");
        }
    }

    public void add(Staged r) throws SQLException {
        Jdbc.update(c, "INSERT INTO import_products (line, sku, name, tracking, identifier_label, identifier_format,"
                + " unique_identifiers, cost, price, warranty_months, variant_of, attributes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.line(), r.sku(), r.name(), r.tracking(),
                r.identifierLabel(), r.identifierFormat(), r.uniqueIdentifiers(), r.cost(), r.price(),
                r.warrantyMonths(), r.variantOf(), r.attributes());
    }

    /** The first staged row with this SKU. */
    public Optional<Staged> findStaged(String sku) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM import_products WHERE sku = ? ORDER BY line LIMIT 1",
                ProductStaging::map, sku);
    }

    public long count() throws SQLException {
        return Jdbc.count(c, "SELECT count(*) FROM import_products");
    }

    /** Every staged row in line order. */
    public void forEach(SqlConsumer<Staged> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM import_products ORDER BY line");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(map(rs));
            }
        }
    }

    /** Updates what an import may change on an existing product; a null keeps the current value. */
    public void updateProduct(long productId, String name, Long cost, Long price, Integer warrantyMonths)
            throws SQLException {
        Jdbc.update(c, "UPDATE products SET name = COALESCE(?, name), cost = COALESCE(?, cost),"
                + " price = COALESCE(?, price), warranty_months = COALESCE(?, warranty_months) WHERE id = ?",
                name, cost, price, warrantyMonths, productId);
    }

    /** Sets one variant attribute, adding it when the product does not have it yet. */
    public void putAttribute(long productId, String key, String value) throws SQLException {
        if (Jdbc.update(c, "UPDATE product_attributes SET value = ? WHERE product_id = ? AND key = ?",
                value, productId, key) == 0) {
            Jdbc.update(c, "INSERT INTO product_attributes (product_id, key, value) VALUES (?, ?, ?)",
                    productId, key, value);
        }
    }

    private static Staged map(ResultSet rs) throws SQLException {
        Integer unique = Jdbc.nullableInt(rs, "unique_identifiers");
        return new Staged(rs.getLong("line"), rs.getString("sku"), rs.getString("name"), rs.getString("tracking"),
                rs.getString("identifier_label"), rs.getString("identifier_format"),
                unique == null ? null : unique != 0, Jdbc.nullableLong(rs, "cost"), Jdbc.nullableLong(rs, "price"),
                Jdbc.nullableInt(rs, "warranty_months"), rs.getString("variant_of"), rs.getString("attributes"));
    }
}
