package dev.inv.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One INSERT run many times through JDBC batches of a fixed size: the staging tables of an import
 * take a million rows this way without a round trip per row. {@link #flush} writes what is
 * pending (before reading the table); {@link #close} writes the rest and releases the statement.
 */
final class BatchInsert implements AutoCloseable {

    /** Sets the parameters of one row on the prepared statement. */
    @FunctionalInterface
    interface Row {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private final Connection c;
    private final String sql;
    private final int size;
    private PreparedStatement insert;
    private int pending;

    BatchInsert(Connection c, String sql, int size) {
        this.c = c;
        this.sql = sql;
        this.size = size;
    }

    void add(Row row) throws SQLException {
        if (insert == null) {
            insert = c.prepareStatement(sql);
        }
        row.bind(insert);
        insert.addBatch();
        if (++pending == size) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            try {
                flush();
            } finally {
                insert.close();
                insert = null;
            }
        }
    }
}
