package dev.inv.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Database-wide settings such as the currency. */
public final class MetaRepository {

    private final Connection c;

    public MetaRepository(Connection c) {
        this.c = c;
    }

    public Optional<String> get(String key) throws SQLException {
        return Jdbc.one(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), key);
    }

    public void put(String key, String value) throws SQLException {
        if (Jdbc.update(c, "UPDATE meta SET value = ? WHERE key = ?", value, key) == 0) {
            Jdbc.update(c, "INSERT INTO meta (key, value) VALUES (?, ?)", key, value);
        }
    }
}
