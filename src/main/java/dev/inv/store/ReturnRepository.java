package dev.inv.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Returns RET-000001 against invoice lines. */
public final class ReturnRepository {

    private final Connection c;

    public ReturnRepository(Connection c) {
        this.c = c;
    }

    public ReturnRow insert(long lineId, Long unitId, long qty, long refund, long costReturned, String toStatus,
                            String reason, String at, String actor) throws SQLException {
        long id = Jdbc.nextId(c, "returns");
        String number = Jdbc.number("RET", id);
        Jdbc.update(c, "INSERT INTO returns (id, number, line_id, unit_id, qty, refund, cost_returned, to_status, reason,"
                        + " at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, number, lineId, unitId, qty, refund,
                costReturned, toStatus, reason, at, actor);
        return new ReturnRow(id, number, lineId, unitId, qty, refund, costReturned, toStatus, reason, at, actor);
    }

    /** Pieces of a line already returned, across all its returns. */
    public long returnedQty(long lineId) throws SQLException {
        return Jdbc.count(c, "SELECT COALESCE(SUM(qty), 0) FROM returns WHERE line_id = ?", lineId);
    }
}
