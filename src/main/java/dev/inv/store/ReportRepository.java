package dev.inv.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * The queries behind the reports. Sums of money are left to the caller where a product of two
 * columns could overflow: SQLite turns an overflowing integer product into a floating-point
 * number, and money is never a double.
 */
public final class ReportRepository {

    /**
     * Units of one product in one status: how many, the sum of their own costs (minor units), and
     * how many of them have no cost of their own ({@code uncosted}, counted at zero in {@code value}).
     */
    public record HeldUnits(long productId, String status, long qty, long value, long uncosted) {
    }

    /** The quantity left in one FIFO layer and the cost of each piece. */
    public record LayerStock(long productId, long qty, long unitCost) {
    }

    private final Connection c;

    public ReportRepository(Connection c) {
        this.c = c;
    }

    /** Serialized units per product and status, for the given statuses, ordered by product id. */
    public List<HeldUnits> unitsByStatus(Collection<String> statuses) throws SQLException {
        if (statuses.isEmpty()) {
            return List.of();
        }
        // only the number of placeholders depends on the argument; the values are bound
        String in = "?, ".repeat(statuses.size() - 1) + "?";
        // unit_stock is the units' aggregate, kept by triggers (migration 3): a few rows, not a scan
        return Jdbc.list(c, "SELECT product_id, status, qty, cost_sum AS value, uncosted FROM unit_stock"
                        + " WHERE qty > 0 AND status IN (" + in + ") ORDER BY product_id, status",
                rs -> new HeldUnits(rs.getLong("product_id"), rs.getString("status"), rs.getLong("qty"),
                        rs.getLong("value"), rs.getLong("uncosted")), statuses.toArray());
    }

    /** FIFO layers with quantity left, of every product, oldest first within a product. */
    public List<LayerStock> openLayers() throws SQLException {
        return Jdbc.list(c, "SELECT product_id, qty_remaining, unit_cost FROM cost_layers WHERE qty_remaining > 0"
                        + " ORDER BY product_id, id",
                rs -> new LayerStock(rs.getLong("product_id"), rs.getLong("qty_remaining"), rs.getLong("unit_cost")));
    }

    /** Sales of one product in a period: lines, pieces, revenue before refunds and COGS (minor units). */
    public record ProductSales(long productId, long lines, long qty, long sales, long cogs) {
    }

    /** Returns against one product's sale lines in a period. */
    public record ProductReturns(long productId, long qty, long refunds, long costReturned) {
    }

    /** Units of one product written off in a period and the cost they took out of stock. */
    public record ProductWriteOffs(long productId, long units, long cost) {
    }

    /** Sale lines per product whose invoice falls in [from, to) (ISO-8601 UTC text bounds). */
    public List<ProductSales> sales(String from, String to) throws SQLException {
        return Jdbc.list(c, "SELECT l.product_id, count(*) AS lines, SUM(l.qty) AS qty,"
                        + " SUM(l.qty * l.unit_price) AS sales, SUM(l.cogs) AS cogs"
                        + " FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
                        + " WHERE i.at >= ? AND i.at < ? GROUP BY l.product_id",
                rs -> new ProductSales(rs.getLong("product_id"), rs.getLong("lines"), rs.getLong("qty"),
                        rs.getLong("sales"), rs.getLong("cogs")), from, to);
    }

    /** Returns per product of the sale line, recorded in [from, to). */
    public List<ProductReturns> returns(String from, String to) throws SQLException {
        return Jdbc.list(c, "SELECT l.product_id, SUM(r.qty) AS qty, SUM(r.refund) AS refunds,"
                        + " SUM(r.cost_returned) AS cost_returned"
                        + " FROM returns r JOIN invoice_lines l ON l.id = r.line_id"
                        + " WHERE r.at >= ? AND r.at < ? GROUP BY l.product_id",
                rs -> new ProductReturns(rs.getLong("product_id"), rs.getLong("qty"), rs.getLong("refunds"),
                        rs.getLong("cost_returned")), from, to);
    }

    /** Write-offs per product in [from, to): routings to written_off, with the cost each took. */
    public List<ProductWriteOffs> writeOffs(String from, String to) throws SQLException {
        return Jdbc.list(c, "SELECT u.product_id, count(*) AS units, COALESCE(SUM(e.amount), 0) AS cost"
                        + " FROM unit_events e JOIN serialized_items u ON u.id = e.unit_id"
                        + " WHERE e.kind = 'routed' AND e.to_status = 'written_off' AND e.at >= ? AND e.at < ?"
                        + " GROUP BY u.product_id",
                rs -> new ProductWriteOffs(rs.getLong("product_id"), rs.getLong("units"), rs.getLong("cost")),
                from, to);
    }

    /** Sale lines in [from, to) per cost source ({@code unit}, {@code fifo}, {@code product}, {@code none}). */
    public List<Object[]> linesPerCostSource(String from, String to) throws SQLException {
        return Jdbc.list(c, "SELECT l.cost_source, count(*) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
                        + " WHERE i.at >= ? AND i.at < ? GROUP BY l.cost_source",
                rs -> new Object[] {rs.getString(1), rs.getLong(2)}, from, to);
    }
}
