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
    public record Filter(Long familyId, List<String> statuses, Long supplierId, Long limit, Long offset) {
    }

    private final Connection c;

    public TrackRepository(Connection c) {
        this.c = c;
    }

    public void forEach(Filter f, Consumer<TrackRow> sink) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT u.id, u.identifier, u.status, u.cost, s.code AS supplier,"
                + " u.product_id, p.sku, u.received_at, u.sold_at, u.returned_at,"
                + " (SELECT count(*) FROM expenses e WHERE e.unit_id = u.id) AS expense_count,"
                + " (SELECT COALESCE(SUM(e.amount), 0) FROM expenses e WHERE e.unit_id = u.id) AS expense_sum"
                + " FROM serialized_items u JOIN products p ON p.id = u.product_id"
                + " LEFT JOIN suppliers s ON s.id = u.supplier_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.familyId() != null) {
            sql.append(" AND u.product_id IN (SELECT id FROM products WHERE id = ? OR parent_id = ?)");
            params.add(f.familyId());
            params.add(f.familyId());
        }
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            sql.append(" AND u.status IN (").append("?, ".repeat(f.statuses().size() - 1)).append("?)");
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
        try (PreparedStatement ps = Jdbc.prepare(c, sql.toString(), params.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(new TrackRow(rs.getLong("id"), rs.getString("identifier"), rs.getString("status"),
                        Jdbc.nullableLong(rs, "cost"), rs.getString("supplier"), rs.getLong("product_id"),
                        rs.getString("sku"), rs.getLong("expense_count"), rs.getLong("expense_sum"),
                        rs.getString("received_at"), rs.getString("sold_at"), rs.getString("returned_at")));
            }
        }
    }
}
