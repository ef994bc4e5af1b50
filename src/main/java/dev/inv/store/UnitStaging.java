package dev.inv.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * Bulk work of {@code inv import units}: the rows of the file staged in a temporary table, checked
 * and posted with set-based SQL.
 *
 * <p>Why a temporary table: finding an identifier repeated within the file, or already in stock,
 * needs every identifier of the file at once. Holding a million of them in Java would make memory
 * grow with the file; in a temporary table they live on disk behind a bounded page cache, and
 * SQLite sorts and joins them. The same table then feeds {@code INSERT ... SELECT}, ordered by
 * identifier, so that the inserts walk the unique index of {@code serialized_items} in order
 * instead of at random (random inserts into that index are what makes a naive bulk insert slow).
 */
public final class UnitStaging implements AutoCloseable {

    /** A row whose identifier repeats an earlier line of the same file. */
    public record Repeat(long line, String identifier, long firstLine) {
    }

    /** A row whose identifier is a unit the shop still holds. */
    public record Held(long line, String identifier, String sku, String status) {
    }

    private static final int BATCH = 10_000;

    private final Connection c;
    private final BatchInsert insert;

    public UnitStaging(Connection c) {
        this.c = c;
        this.insert = new BatchInsert(c, "INSERT INTO import_units (line, identifier, cost, clean) VALUES (?, ?, ?, ?)",
                BATCH);
    }

    /** Creates the empty staging table on this connection (dropping one left by an earlier run). */
    public static void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS import_units");
            // line is the physical line of the row; clean is 0 when the row was rejected for its
            // cost or its columns (it still takes part in finding repeats); unit_id is set for a
            // sold or written-off unit that the import takes back
            st.execute("CREATE TEMPORARY TABLE import_units (line INTEGER PRIMARY KEY, identifier TEXT NOT NULL,"
                    + " cost INTEGER, clean INTEGER NOT NULL, unit_id INTEGER)");
        }
    }

    public static void drop(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS import_units");
        }
    }

    /** Stages a row with a valid identifier (written in batches; {@link #close} writes the rest). */
    public void add(long line, String identifier, Long cost, boolean clean) throws SQLException {
        insert.add(ps -> {
            ps.setLong(1, line);
            ps.setString(2, identifier);
            if (cost == null) {
                ps.setNull(3, Types.INTEGER);
            } else {
                ps.setLong(3, cost);
            }
            ps.setInt(4, clean ? 1 : 0);
        });
    }

    /**
     * Writes the last batch and indexes the staged identifiers. Building the index once, after
     * loading, is a single sort; keeping it while loading would be a million random inserts. The
     * index covers every column the later statements read, so finding repeats and inserting the
     * units in identifier order walk the index alone, never the table behind it in line order
     * (measured: a third off the time of the insert).
     */
    public void finishLoading() throws SQLException {
        close();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE INDEX import_units_identifier ON import_units (identifier, line, clean, cost, unit_id)");
        }
    }

    /** Staged rows not rejected. */
    public long cleanCount() throws SQLException {
        return Jdbc.count(c, "SELECT count(*) FROM import_units WHERE clean = 1");
    }

    /**
     * Clean rows whose identifier appeared on an earlier line, in line order, each with the first
     * line it appeared on.
     */
    public void forEachRepeat(SqlConsumer<Repeat> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT r.line, r.identifier, d.first_line"
                + " FROM (SELECT identifier, MIN(line) AS first_line FROM import_units GROUP BY identifier"
                + " HAVING COUNT(*) > 1) d"
                + " JOIN import_units r ON r.identifier = d.identifier AND r.line > d.first_line"
                + " WHERE r.clean = 1 ORDER BY r.line");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(new Repeat(rs.getLong(1), rs.getString(2), rs.getLong(3)));
            }
        }
    }

    /** Takes rows that were rejected meanwhile (repeats) out of the clean ones. */
    public void excludeRejected() throws SQLException {
        Jdbc.update(c, "UPDATE import_units SET clean = 0 WHERE clean = 1"
                + " AND line IN (SELECT line FROM import_rejects)");
    }

    /** Whether the family already has any unit: if not, no row can collide with one. */
    public boolean familyHasUnits(long familyId) throws SQLException {
        return Jdbc.count(c, "SELECT count(*) FROM (SELECT 1 FROM serialized_items WHERE unique_family = ?"
                + " LIMIT 1) x", familyId) > 0;
    }

    /** Clean rows whose identifier is a unit of the family with one of the {@code held} statuses. */
    public void forEachHeld(long familyId, List<String> held, SqlConsumer<Held> sink) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(held.size(), "?"));
        Object[] params = new Object[held.size() + 1];
        params[0] = familyId;
        for (int i = 0; i < held.size(); i++) {
            params[i + 1] = held.get(i);
        }
        try (PreparedStatement ps = Jdbc.prepare(c, "SELECT r.line, r.identifier, p.sku, u.status"
                + " FROM import_units r"
                + " JOIN serialized_items u ON u.unique_family = ? AND u.identifier = r.identifier"
                + " JOIN products p ON p.id = u.product_id"
                + " WHERE r.clean = 1 AND u.status IN (" + marks + ") ORDER BY r.line", params);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(new Held(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
    }

    /**
     * Links each row to the existing unit of the family with its identifier (after the held ones
     * were rejected, those are sold or written-off units to take back) and returns how many.
     */
    public long linkExistingUnits(long familyId) throws SQLException {
        Jdbc.update(c, "UPDATE import_units SET unit_id = (SELECT u.id FROM serialized_items u"
                + " WHERE u.unique_family = ? AND u.identifier = import_units.identifier)", familyId);
        long linked = Jdbc.count(c, "SELECT count(*) FROM import_units WHERE unit_id IS NOT NULL");
        if (linked > 0) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE INDEX import_units_unit ON import_units (unit_id)");
            }
        }
        return linked;
    }

    /**
     * Takes back the linked units (sold or written off): a {@code re_received} event from their
     * old status, then the unit itself with its new cost, product, supplier and receipt.
     */
    public void reReceive(long productId, long supplierId, long receiptId, String receiptNumber, String status,
                          String detail, String at, String actor) throws SQLException {
        Jdbc.update(c, "INSERT INTO unit_events (unit_id, kind, from_status, to_status, ref, amount, detail, at, actor)"
                + " SELECT u.id, 're_received', u.status, ?, ?, r.cost, ?, ?, ?"
                + " FROM import_units r JOIN serialized_items u ON u.id = r.unit_id ORDER BY r.line",
                status, receiptNumber, detail, at, actor);
        Jdbc.update(c, "UPDATE serialized_items SET product_id = ?,"
                + " cost = (SELECT r.cost FROM import_units r WHERE r.unit_id = serialized_items.id),"
                + " status = ?, supplier_id = ?, receipt_id = ?, received_at = ?, sold_at = NULL, returned_at = NULL"
                + " WHERE id IN (SELECT unit_id FROM import_units WHERE unit_id IS NOT NULL)",
                productId, status, supplierId, receiptId, at);
    }

    /**
     * Inserts the new units (rows not linked to an existing unit) in identifier order, then one
     * {@code received} event each, and returns how many were inserted.
     */
    public long insertNewUnits(long productId, Long uniqueFamily, long supplierId, long receiptId,
                               String receiptNumber, String status, String detail, String at, String actor)
            throws SQLException {
        // New rows get ids above the current maximum, which finds them again by a range of the
        // primary key below (receipt_id has no index, and re-received units share the receipt).
        long before = Jdbc.count(c, "SELECT COALESCE(MAX(id), 0) FROM serialized_items");
        int inserted = Jdbc.update(c, "INSERT INTO serialized_items (product_id, identifier, unique_family, cost,"
                + " status, supplier_id, receipt_id, received_at)"
                + " SELECT ?, identifier, ?, cost, ?, ?, ?, ? FROM import_units WHERE unit_id IS NULL"
                + " ORDER BY identifier, line", productId, uniqueFamily, status, supplierId, receiptId, at);
        Jdbc.update(c, "INSERT INTO unit_events (unit_id, kind, from_status, to_status, ref, amount, detail, at, actor)"
                + " SELECT id, 'received', NULL, ?, ?, cost, ?, ?, ? FROM serialized_items"
                + " WHERE id > ? AND receipt_id = ? ORDER BY id",
                status, receiptNumber, detail, at, actor, before, receiptId);
        return inserted;
    }

    /** Sum of the staged costs in minor units (rows without a cost count as zero). */
    public long totalCost() throws SQLException {
        return Jdbc.count(c, "SELECT COALESCE(SUM(cost), 0) FROM import_units");
    }

    /** Writes the last batch and releases the statement. */
    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
