package dev.inv.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** FIFO cost layers, oldest first by id (layers of the same second keep insertion order). */
public final class CostLayerRepository {

    private static final String COLUMNS =
            "id, product_id, receipt_id, kind, qty_received, qty_remaining, unit_cost, received_at";

    private final Connection c;

    public CostLayerRepository(Connection c) {
        this.c = c;
    }

    public long insert(long productId, Long receiptId, String kind, long qty, long unitCost, String at)
            throws SQLException {
        return Jdbc.insert(c, "INSERT INTO cost_layers (product_id, receipt_id, kind, qty_received, qty_remaining,"
                + " unit_cost, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)", productId, receiptId, kind, qty, qty,
                unitCost, at);
    }

    /** Layers of the product with quantity left, oldest first. */
    static final String OPEN = "SELECT " + COLUMNS + " FROM cost_layers WHERE product_id = ? AND qty_remaining > 0"
            + " ORDER BY id";

    public List<CostLayerRow> open(long productId) throws SQLException {
        return Jdbc.list(c, OPEN, CostLayerRepository::map, productId);
    }

    public void setRemaining(long layerId, long remaining) throws SQLException {
        Jdbc.update(c, "UPDATE cost_layers SET qty_remaining = ? WHERE id = ?", remaining, layerId);
    }

    static CostLayerRow map(ResultSet rs) throws SQLException {
        return new CostLayerRow(rs.getLong("id"), rs.getLong("product_id"), Jdbc.nullableLong(rs, "receipt_id"),
                rs.getString("kind"), rs.getLong("qty_received"), rs.getLong("qty_remaining"),
                rs.getLong("unit_cost"), rs.getString("received_at"));
    }
}
