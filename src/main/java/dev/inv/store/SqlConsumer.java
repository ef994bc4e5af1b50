package dev.inv.store;

import java.sql.SQLException;

/** A consumer of query rows that may itself use the connection (e.g. to log a rejected row). */
@FunctionalInterface
public interface SqlConsumer<T> {
    void accept(T row) throws SQLException;
}
