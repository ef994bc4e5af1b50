package dev.inv.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs inv in-process through the same factory as {@code main}, against one temporary inventory,
 * capturing exit code, stdout and stderr.
 */
final class InvRunner {

    /** What one run printed and returned. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    final Path db;
    final Map<String, String> env = new HashMap<>();
    Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    InvRunner(Path db) {
        this.db = db;
        env.put("INV_DB", db.toString());
        env.put("USER", "tester");
    }

    Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs with {@code input} as standard input (not a terminal), as a script piped into inv. */
    Result runWithInput(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env e = new Env(Map.copyOf(env), clock, false,
                new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), e);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs and insists on success, returning stdout. */
    String ok(String... args) {
        Result r = run(args);
        if (r.code() != 0) {
            throw new AssertionError("expected success of " + String.join(" ", args) + " but got " + r);
        }
        return r.out();
    }

    /** A number straight from the file, for checking that nothing was written. */
    long count(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void exec(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows in every table that a failed command could have written to. */
    long writtenRows() {
        return count("SELECT (SELECT count(*) FROM products) + (SELECT count(*) FROM suppliers)"
                + " + (SELECT count(*) FROM receipts) + (SELECT count(*) FROM serialized_items)"
                + " + (SELECT count(*) FROM cost_layers) + (SELECT count(*) FROM unit_events)"
                + " + (SELECT count(*) FROM invoices) + (SELECT count(*) FROM returns)"
                + " + (SELECT count(*) FROM expenses) + (SELECT count(*) FROM invoice_lines)");
    }
}
