package dev.inv.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The append-only unit history; the schema's triggers refuse UPDATE and DELETE on it. */
public final class UnitEventRepository {

    private final Connection c;

    public UnitEventRepository(Connection c) {
        this.c = c;
    }

    public long append(long unitId, String kind, String fromStatus, String toStatus, String ref, Long amount,
                       String detail, String at, String actor) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO unit_events (unit_id, kind, from_status, to_status, ref, amount, detail, at,"
                + " actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", unitId, kind, fromStatus, toStatus, ref, amount, detail,
                at, actor);
    }

    /** A unit's history, oldest first. */
    static final String FOR_UNIT = "SELECT id, unit_id, kind, from_status, to_status, ref, amount, detail, at, actor"
            + " FROM unit_events WHERE unit_id = ? ORDER BY id";

    public List<UnitEventRow> forUnit(long unitId) throws SQLException {
        return Jdbc.list(c, FOR_UNIT, UnitEventRepository::map, unitId);
    }

    private static UnitEventRow map(ResultSet rs) throws SQLException {
        return new UnitEventRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("kind"),
                rs.getString("from_status"), rs.getString("to_status"), rs.getString("ref"), Jdbc.nullableLong(rs, "amount"), rs.getString("detail"),
                rs.getString("at"), rs.getString("actor"));
    }
}
