package dev.inv.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The inventory's own invariants, each a query that lists what breaks it (nothing when the books
 * are sound). {@code inv db check} runs them all.
 */
public final class CheckRepository {

    private static final int MAX = 1000;

    private final Connection c;

    public CheckRepository(Connection c) {
        this.c = c;
    }

    /** Sold units whose latest sale line is missing or already returned. */
    public List<String> soldWithoutOpenSale() throws SQLException {
        return Jdbc.list(c, "SELECT p.sku || ':' || u.identifier FROM serialized_items u"
                + " JOIN products p ON p.id = u.product_id WHERE u.status = 'sold' AND ("
                + " NOT EXISTS (SELECT 1 FROM invoice_lines l WHERE l.unit_id = u.id)"
                + " OR EXISTS (SELECT 1 FROM returns r WHERE r.unit_id = u.id AND r.line_id ="
                + " (SELECT MAX(l.id) FROM invoice_lines l WHERE l.unit_id = u.id))) ORDER BY u.id LIMIT ?",
                rs -> "sold unit " + rs.getString(1) + " has no open sale line", MAX);
    }

    /** Returned units without a return of their latest sale. */
    public List<String> returnedWithoutReturn() throws SQLException {
        return Jdbc.list(c, "SELECT p.sku || ':' || u.identifier FROM serialized_items u"
                + " JOIN products p ON p.id = u.product_id WHERE u.status = 'returned' AND NOT EXISTS"
                + " (SELECT 1 FROM returns r WHERE r.unit_id = u.id AND r.line_id ="
                + " (SELECT MAX(l.id) FROM invoice_lines l WHERE l.unit_id = u.id)) ORDER BY u.id LIMIT ?",
                rs -> "returned unit " + rs.getString(1) + " has no return of its sale", MAX);
    }

    /** Layers whose remaining quantity is below zero or above what was received. */
    public List<String> layersOutOfRange() throws SQLException {
        return Jdbc.list(c, "SELECT l.id, p.sku, l.qty_remaining, l.qty_received FROM cost_layers l"
                + " JOIN products p ON p.id = l.product_id"
                + " WHERE l.qty_remaining < 0 OR l.qty_remaining > l.qty_received ORDER BY l.id LIMIT ?",
                rs -> "cost layer " + rs.getLong(1) + " of " + rs.getString(2) + " has " + rs.getLong(3)
                        + " left of " + rs.getLong(4) + " received", MAX);
    }

    /** Invoices whose total differs from the sum of their lines. */
    public List<String> invoiceTotals() throws SQLException {
        return Jdbc.list(c, "SELECT i.number, i.total, COALESCE(SUM(l.qty * l.unit_price), 0) AS lines"
                + " FROM invoices i LEFT JOIN invoice_lines l ON l.invoice_id = i.id"
                + " GROUP BY i.id HAVING i.total <> COALESCE(SUM(l.qty * l.unit_price), 0) ORDER BY i.id LIMIT ?",
                rs -> "invoice " + rs.getString(1) + " totals " + rs.getLong(2) + " but its lines add up to "
                        + rs.getLong(3) + " (minor units)", MAX);
    }

    /** FIFO sale lines whose COGS differs from the layers they consumed. */
    public List<String> fifoLinesCost() throws SQLException {
        return Jdbc.list(c, "SELECT i.number, l.line_no, l.cogs, COALESCE(SUM(x.qty * x.unit_cost), 0)"
                + " FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
                + " LEFT JOIN line_consumptions x ON x.line_id = l.id WHERE l.cost_source = 'fifo'"
                + " GROUP BY l.id HAVING l.cogs <> COALESCE(SUM(x.qty * x.unit_cost), 0) ORDER BY l.id LIMIT ?",
                rs -> "invoice " + rs.getString(1) + " line " + rs.getInt(2) + " has COGS " + rs.getLong(3)
                        + " but consumed layers worth " + rs.getLong(4) + " (minor units)", MAX);
    }

    /** Sale lines returned more often than they sold. */
    public List<String> overReturnedLines() throws SQLException {
        return Jdbc.list(c, "SELECT i.number, l.line_no, l.qty, SUM(r.qty) FROM invoice_lines l"
                + " JOIN invoices i ON i.id = l.invoice_id JOIN returns r ON r.line_id = l.id"
                + " GROUP BY l.id HAVING SUM(r.qty) > l.qty ORDER BY l.id LIMIT ?",
                rs -> "invoice " + rs.getString(1) + " line " + rs.getInt(2) + " sold " + rs.getLong(3)
                        + " but " + rs.getLong(4) + " were returned", MAX);
    }

    /** Rows of the unit_stock aggregate that differ from the units themselves (a broken trigger). */
    public List<String> unitStockDrift() throws SQLException {
        return Jdbc.list(c, "SELECT a.product_id, a.status, a.qty, COALESCE(s.qty, 0) FROM"
                + " (SELECT product_id, status, count(*) AS qty, COALESCE(SUM(cost), 0) AS cost_sum,"
                + " count(*) - count(cost) AS uncosted FROM serialized_items GROUP BY product_id, status) a"
                + " LEFT JOIN unit_stock s ON s.product_id = a.product_id AND s.status = a.status"
                + " WHERE s.qty IS NULL OR s.qty <> a.qty OR s.cost_sum <> a.cost_sum OR s.uncosted <> a.uncosted"
                + " UNION ALL SELECT s.product_id, s.status, 0, s.qty FROM unit_stock s WHERE s.qty <> 0 AND NOT EXISTS"
                + " (SELECT 1 FROM serialized_items u WHERE u.product_id = s.product_id AND u.status = s.status)"
                + " LIMIT ?",
                rs -> "unit_stock of product " + rs.getLong(1) + " (" + rs.getString(2) + ") says " + rs.getLong(4)
                        + " units but there are " + rs.getLong(3), MAX);
    }

    /** One unit's current status and its history, in order, for the replay check. */
    public record History(long unitId, String name, String status, List<String[]> events) {
    }

    /**
     * Streams every unit with its events (kind, from, to), oldest first, one unit at a time so
     * that a million units never sit in memory.
     */
    public void histories(Consumer<History> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT u.id, p.sku || ':' || u.identifier, u.status,"
                + " e.kind, e.from_status, e.to_status FROM serialized_items u JOIN products p ON p.id = u.product_id"
                + " LEFT JOIN unit_events e ON e.unit_id = u.id ORDER BY u.id, e.id");
             ResultSet rs = ps.executeQuery()) {
            History current = null;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (current == null || current.unitId() != id) {
                    if (current != null) {
                        sink.accept(current);
                    }
                    current = new History(id, rs.getString(2), rs.getString(3), new java.util.ArrayList<>());
                }
                if (rs.getString(4) != null) {
                    current.events().add(new String[] {rs.getString(4), rs.getString(5), rs.getString(6)});
                }
            }
            if (current != null) {
                sink.accept(current);
            }
        }
    }

    /** How many rows each table holds, for {@code inv db info}. */
    public long count(String table) throws SQLException {
        // table is one of our own constants, never user input
        return Jdbc.count(c, "SELECT count(*) FROM " + table);
    }
}
