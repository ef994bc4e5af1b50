package dev.inv.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * The rows an import rejects, kept in a temporary table rather than in memory: a file of a
 * million bad rows must still be reported whole, in line order, without holding it. One row is
 * rejected at most once (its line is the key); the first reason found is the one reported.
 */
public final class RejectLog implements AutoCloseable {

    /** A rejected row: its physical line, the offending value as written, and why. */
    public record Reject(long line, String value, String message) {
    }

    private static final int BATCH = 1000;

    private final Connection c;
    private final BatchInsert insert;

    public RejectLog(Connection c) {
        this.c = c;
        this.insert = new BatchInsert(c, "INSERT INTO import_rejects (line, value, message) VALUES (?, ?, ?)", BATCH);
    }

    /** Creates the empty table on this connection (dropping one left by an earlier import). */
    public static void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS import_rejects");
            st.execute("CREATE TEMPORARY TABLE import_rejects (line INTEGER PRIMARY KEY, value TEXT,"
                    + " message TEXT NOT NULL)");
        }
    }

    public static void drop(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS import_rejects");
        }
    }

    /** Records a rejected row (written in batches; {@link #close} writes the rest). */
    public void add(long line, String value, String message) throws SQLException {
        insert.add(ps -> {
            ps.setLong(1, line);
            ps.setString(2, value);
            ps.setString(3, message);
        });
    }

    public void flush() throws SQLException {
        insert.flush();
    }

    public long count() throws SQLException {
        flush();
        return Jdbc.count(c, "SELECT count(*) FROM import_rejects");
    }

    /** Every rejected row in line order. */
    public void forEach(Consumer<Reject> sink) throws SQLException {
        flush();
        try (PreparedStatement ps = c.prepareStatement("SELECT line, value, message FROM import_rejects ORDER BY line");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(new Reject(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
