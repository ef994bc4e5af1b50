package dev.inv.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Bulk work of {@code inv import stock}: rows staged in a temporary table (memory stays bounded
 * whatever the file's size), their SKUs resolved and checked with SQL, then posted as one FIFO
 * layer per row with {@code INSERT ... SELECT} in line order, so that layers of one product keep
 * the order of the file.
 */
public final class StockStaging implements AutoCloseable {

    /** A staged row whose SKU cannot take a stock layer; {@code tracking} is null for an unknown SKU. */
    public record Unfit(long line, String sku, String tracking, boolean hasVariants) {
    }

    /** How many rows are staged and the quantity they add up to. */
    public record Totals(long rows, long qty) {
    }

    private static final int BATCH = 10_000;

    private final Connection c;
    private final BatchInsert insert;

    public StockStaging(Connection c) {
        this.c = c;
        this.insert = new BatchInsert(c, "INSERT INTO import_stock (line, sku, qty, cost) VALUES (?, ?, ?, ?)", BATCH);
    }

    public static void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS import_stock");
            st.execute("CREATE TEMPORARY TABLE import_stock (line INTEGER PRIMARY KEY, sku TEXT NOT NULL,"
                    + " qty INTEGER NOT NULL, cost INTEGER NOT NULL, product_id INTEGER)");
        }
    }

    public static void drop(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS import_stock");
        }
    }

    /** Stages a row whose cells are valid (written in batches). */
    public void add(long line, String sku, long qty, long cost) throws SQLException {
        insert.add(ps -> {
            ps.setLong(1, line);
            ps.setString(2, sku);
            ps.setLong(3, qty);
            ps.setLong(4, cost);
        });
    }

    /** Writes the last batch and resolves each row's SKU to its product. */
    public void finishLoading() throws SQLException {
        close();
        Jdbc.update(c, "UPDATE import_stock SET product_id = (SELECT p.id FROM products p WHERE p.sku = import_stock.sku)");
    }

    /** Rows whose SKU is unknown, serialized, or has variants (stock goes into a variant), in line order. */
    public void forEachUnfit(SqlConsumer<Unfit> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.line, s.sku, p.tracking,"
                + " EXISTS (SELECT 1 FROM products v WHERE v.parent_id = p.id)"
                + " FROM import_stock s LEFT JOIN products p ON p.id = s.product_id"
                + " WHERE p.id IS NULL OR p.tracking <> 'quantity'"
                + " OR EXISTS (SELECT 1 FROM products v WHERE v.parent_id = p.id)"
                + " ORDER BY s.line");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(new Unfit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4) != 0));
            }
        }
    }

    public Totals totals() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*), COALESCE(SUM(qty), 0) FROM import_stock");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Totals(rs.getLong(1), rs.getLong(2));
        }
    }

    /** One {@code receipt} layer per staged row, in the order of the file; returns how many. */
    public long insertLayers(long receiptId, String at) throws SQLException {
        return Jdbc.update(c, "INSERT INTO cost_layers (product_id, receipt_id, kind, qty_received, qty_remaining,"
                + " unit_cost, received_at) SELECT product_id, ?, 'receipt', qty, qty, cost, ? FROM import_stock"
                + " ORDER BY line", receiptId, at);
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
