package dev.inv.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done inside one transaction on the database's connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
