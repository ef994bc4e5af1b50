package dev.inv.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Suppliers, found by their code. */
public final class SupplierRepository {

    private final Connection c;

    public SupplierRepository(Connection c) {
        this.c = c;
    }

    public Optional<SupplierRow> findByCode(String code) throws SQLException {
        return Jdbc.one(c, "SELECT id, code, name, created_at FROM suppliers WHERE code = ?",
                SupplierRepository::map, code);
    }

    public List<SupplierRow> list() throws SQLException {
        return Jdbc.list(c, "SELECT id, code, name, created_at FROM suppliers ORDER BY code", SupplierRepository::map);
    }

    public long insert(String code, String name, String at) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO suppliers (code, name, created_at) VALUES (?, ?, ?)", code, name, at);
    }

    private static SupplierRow map(ResultSet rs) throws SQLException {
        return new SupplierRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("created_at"));
    }
}
