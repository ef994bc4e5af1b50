package dev.inv.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several inv processes selling the same units at once: every unit is sold at most once, every
 * command lands whole or exits 4 (taken by someone else first) or 6 (busy, safe to retry), and
 * the books stay sound.
 */
class RaceIT {

    static final Path LAUNCHER = Path.of("bin", "inv").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void threeProcessesRaceOverThirtyUnits() throws Exception {
        Path db = dir.resolve("shop.db");
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            units.add("SN-" + (1000 + i));
        }
        StringBuilder setup = new StringBuilder("product create PH --name Phone --tracking serialized --price 500\n"
                + "supplier create S\nrestock PH --supplier S");
        units.forEach(u -> setup.append(" --unit ").append(u).append(" --cost 300"));
        Files.writeString(dir.resolve("setup.inv"), setup + "\n");
        assertThat(start(db, "setup", "shell").waitFor()).isZero();

        List<Process> tills = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            List<String> order = new ArrayList<>(units);
            Collections.shuffle(order, new Random(t));
            StringBuilder script = new StringBuilder();
            order.forEach(u -> script.append("sell --item ").append(u).append(" --customer till-").append("\n"));
            Files.writeString(dir.resolve("till" + t + ".inv"), script.toString());
        }
        for (int t = 0; t < 3; t++) {
            tills.add(start(db, "till" + t, "shell", "--keep-going"));
        }
        // and three single sales racing as separate processes, the way three tills at a counter would
        List<Process> singles = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Files.writeString(dir.resolve("single" + t + ".inv"), "");
            singles.add(start(db, "single" + t, "sell", "--item", units.get(7)));
        }
        for (int t = 0; t < 3; t++) {
            Process p = tills.get(t);
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(err("till" + t)).isIn(0, 4, 6);
            for (String line : err("till" + t).lines().toList()) {
                assertThat(line).startsWith("inv: line ").doesNotContain("Exception");
            }
        }
        for (int t = 0; t < 3; t++) {
            Process p = singles.get(t);
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(err("single" + t)).isIn(0, 4, 6);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertThat(count(st, "SELECT count(*) FROM invoice_lines")).isEqualTo(30);
            assertThat(count(st, "SELECT count(DISTINCT unit_id) FROM invoice_lines")).isEqualTo(30);
            assertThat(count(st, "SELECT count(*) FROM serialized_items WHERE status = 'sold'")).isEqualTo(30);
            assertThat(count(st, "SELECT count(*) FROM unit_events WHERE kind = 'sold'")).isEqualTo(30);
        }
        Files.writeString(dir.resolve("check.inv"), "");
        Process check = start(db, "check", "db", "check");
        assertThat(check.waitFor()).as(err("check")).isZero();
    }

    private Process start(Path db, String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(dir.resolve(name + ".inv").toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile());
        pb.environment().put("INV_DB", db.toString());
        return pb.start();
    }

    private String err(String name) {
        try {
            return Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
