package dev.inv.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inv.core.Identifiers;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import killed midway (kill -9): the file passes its integrity and inventory checks,
 * holds all of the import or none of it, the same import runs again cleanly, and no temporary
 * file is left to pile up.
 */
class ImportKillIT {

    static final Path LAUNCHER = Path.of("bin", "inv").toAbsolutePath();
    static final int ROWS = 300_000;

    @TempDir
    Path dir;

    @Test
    void killedImportLeavesAllOrNothingAndRunsAgain() throws Exception {
        Path db = dir.resolve("shop.db");
        Path file = dir.resolve("delivery.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("IMEI,Cost\n");
            for (int i = 0; i < ROWS; i++) {
                String body = String.format("35%012d", i);
                w.write(body + Identifiers.luhnCheckDigit(body) + "," + (100 + i % 900) + ".25\n");
            }
        }
        Files.writeString(dir.resolve("empty.txt"), "");
        assertThat(run(db, "empty.txt", "product", "create", "PH", "--name", "Phone", "--tracking", "serialized",
                "--identifier-format", "imei").waitFor()).isZero();
        assertThat(run(db, "empty.txt", "supplier", "create", "S").waitFor()).isZero();

        Process p = run(db, "delivery.csv", "import", "units", "-", "--sku", "PH", "--supplier", "S");
        long pid = p.pid();
        Thread.sleep(2500);
        assertThat(p.isAlive()).as("still importing when killed").isTrue();
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);

        long units = count(db, "SELECT count(*) FROM serialized_items");
        assertThat(units).as("all or nothing").isIn(0L, (long) ROWS);
        assertThat(count(db, "SELECT count(*) FROM receipts")).isEqualTo(units == 0 ? 0 : 1);
        assertThat(count(db, "SELECT count(*) FROM unit_events")).isEqualTo(units);
        Process check = run(db, "empty.txt", "db", "check");
        assertThat(check.waitFor()).as(Files.readString(dir.resolve("empty.txt.err"))).isZero();

        Process again = run(db, "delivery.csv", "import", "units", "-", "--sku", "PH", "--supplier", "S");
        assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(Files.readString(dir.resolve("delivery.csv.err"))).isZero();
        assertThat(count(db, "SELECT count(*) FROM serialized_items")).isEqualTo(ROWS);
        assertThat(count(db, "SELECT count(*) FROM receipts")).isOne();

        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            List<Path> left = tmp.filter(f -> f.getFileName().toString().startsWith("inv-import-" + pid + "-"))
                    .toList();
            assertThat(left).as("the killed import's copy of stdin is removed by the next one").isEmpty();
        }
    }

    private Process run(Path db, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(dir.resolve(stdin).toFile())
                .redirectOutput(dir.resolve(stdin + ".out").toFile())
                .redirectError(dir.resolve(stdin + ".err").toFile());
        pb.environment().put("INV_DB", db.toString());
        return pb.start();
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
