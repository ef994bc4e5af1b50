import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * The bare JDBC floor of the import benchmark: the same rows inserted into the same schema with
 * one prepared statement, batches of 10,000, in one transaction, in the order of the file; no
 * validation, no events, connection settings as inv's own (WAL, synchronous NORMAL, foreign
 * keys) and SQLite's default page cache. {@code java -cp inv.jar:. JdbcFloor DB FILE SKU SUPPLIER}
 * on a database where inv created the product and the supplier.
 */
public final class JdbcFloor {

    public static void main(String[] args) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0], config.toProperties())) {
            c.setAutoCommit(false);
            long product;
            long supplier;
            try (Statement st = c.createStatement()) {
                product = one(st, "SELECT id FROM products WHERE sku = '" + args[2] + "'");
                supplier = one(st, "SELECT id FROM suppliers WHERE code = '" + args[3] + "'");
                st.executeUpdate("INSERT INTO receipts (id, number, product_id, supplier_id, at, actor, source)"
                        + " VALUES (1, 'RCV-000001', " + product + ", " + supplier + ", '2026-01-01T00:00:00Z',"
                        + " 'bench', 'import')");
            }
            long rows = 0;
            try (BufferedReader r = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8);
                 PreparedStatement ps = c.prepareStatement("INSERT INTO serialized_items (product_id, identifier,"
                         + " unique_family, cost, status, supplier_id, receipt_id, received_at)"
                         + " VALUES (?, ?, ?, ?, 'available', ?, 1, '2026-01-01T00:00:00Z')")) {
                r.readLine(); // header
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    int comma = line.indexOf(',');
                    ps.setLong(1, product);
                    ps.setString(2, line.substring(0, comma));
                    ps.setLong(3, product);
                    ps.setLong(4, Long.parseLong(line.substring(comma + 1).replace(".", "")));
                    ps.setLong(5, supplier);
                    ps.addBatch();
                    if (++rows % 10_000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            System.out.println(rows);
        }
    }

    private static long one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
