package dev.inv.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The tracking page's query, streamed row by row so a large product never sits in memory. */
public final class TrackRepository {

    /** Which units to list; null or empty fields do not filter. */
    public record Filter(List<Long> productIds, List<String> statuses, Long supplierId, Long limit, Long offset) {
    }

    private final Connection c;

    public TrackRepository(Connection c) {
        this.c = c;
    }

    public void forEach(Filter f, Consumer<TrackRow> sink) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = sql(f, params);
        try (PreparedStatement ps = Jdbc.prepare(c, sql, params.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(new TrackRow(rs.getLong("id"), rs.getString("identifier"), rs.getString("status"),
                        Jdbc.nullableLong(rs, "cost"), rs.getString("supplier"), rs.getLong("product_id"),
                        rs.getString("sku"), rs.getLong("expense_count"), rs.getLong("expense_sum"),
                        rs.getString("received_at"), rs.getString("sold_at"), rs.getString("returned_at")));
            }
        }
    }

    /** The tracking page's SQL for a filter, its parameters added to {@code params}. */
    static String sql(Filter f, List<Object> params) {
        StringBuilder sql = new StringBuilder("SELECT u.id, u.identifier, u.status, u.cost, s.code AS supplier,"
                + " u.product_id, p.sku, u.received_at, u.sold_at, u.returned_at,"
                + " (SELECT count(*) FROM expenses e WHERE e.unit_id = u.id) AS expense_count,"
                + " (SELECT COALESCE(SUM(e.amount), 0) FROM expenses e WHERE e.unit_id = u.id) AS expense_sum"
                + " FROM serialized_items u JOIN products p ON p.id = u.product_id"
                + " LEFT JOIN suppliers s ON s.id = u.supplier_id WHERE 1 = 1");
        // equality where there is one value, so that SQLite walks the (product_id, status) index in
        // id order and stops at --limit instead of sorting a large product's units first
        if (f.productIds() != null) {
            in(sql, "u.product_id", f.productIds().size());
            params.addAll(f.productIds());
        }
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            in(sql, "u.status", f.statuses().size());
            params.addAll(f.statuses());
        }
        if (f.supplierId() != null) {
            sql.append(" AND u.supplier_id = ?");
            params.add(f.supplierId());
        }
        sql.append(" ORDER BY u.id");
        if (f.limit() != null || f.offset() != null) {
            sql.append(" LIMIT ? OFFSET ?");
            params.add(f.limit() == null ? -1 : f.limit());
            params.add(f.offset() == null ? 0 : f.offset());
        }
        return sql.toString();
    }

    /** Appends {@code AND column = ?} or {@code AND column IN (?, ...)}; only placeholders, never values. */
    private static void in(StringBuilder sql, String column, int count) {
        sql.append(" AND ").append(column).append(count == 1 ? " = ?" : " IN (" + "?, ".repeat(count - 1) + "?)");
    }
}
