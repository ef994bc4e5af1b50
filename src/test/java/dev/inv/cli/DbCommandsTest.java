package dev.inv.cli;

import static dev.inv.cli.FoundationCommandsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inv.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** inv db check | backup | restore | info. */
class DbCommandsTest {

    @TempDir
    Path dir;
    InvRunner inv;

    @BeforeEach
    void setUp() {
        inv = new InvRunner(dir.resolve("shop.db"));
        assertThat(inv.run("demo", "--db", inv.db.toString()).code()).isZero();
    }

    @Test
    void checkPassesOnAHealthyShop() {
        InvRunner.Result r = inv.run("db", "check");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("ok: 10 checks passed");
        JsonNode j = json(inv.ok("db", "check", "--format", "json"));
        assertThat(j.get("ok").asBoolean()).isTrue();
        assertThat(j.get("violations")).isEmpty();
    }

    @Test
    void checkFindsBrokenBooks() {
        inv.exec("UPDATE invoices SET total = total + 1 WHERE number = 'INV-000001'");
        inv.exec("UPDATE serialized_items SET status = 'available' WHERE identifier = '" + DemoCommand.BLACK_2 + "'");
        inv.exec("UPDATE serialized_items SET status = 'sold' WHERE identifier = '" + DemoCommand.BLACK_1 + "'");
        inv.exec("UPDATE invoice_lines SET cogs = cogs + 1 WHERE line_no = 2");
        InvRunner.Result r = inv.run("db", "check");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.out())
                .contains("invoice_totals: invoice INV-000001")
                .contains("sold_units: sold unit IPH15-BLK:" + DemoCommand.BLACK_1 + " has no open sale line")
                .contains("history: unit IPH15-BLK:" + DemoCommand.BLACK_2 + ": history ends at sold but the unit is available")
                .contains("line_cogs: invoice INV-000001 line 2");
        assertThat(r.err()).contains("problems found");
    }

    @Test
    void checkFindsAValuationAggregateThatDriftedFromTheUnits() {
        inv.exec("UPDATE unit_stock SET qty = qty + 1 WHERE status = 'available'");
        InvRunner.Result r = inv.run("db", "check");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.out()).contains("unit_stock: unit_stock of product");
    }

    @Test
    void checkRunsSqlitesOwnChecks() {
        inv.exec("INSERT INTO expenses (number, amount, unit_id, at, actor)"
                + " VALUES ('EXP-999', 1, 424242, 'x', 'y')");
        InvRunner.Result r = inv.run("db", "check", "--format", "json");
        assertThat(r.code()).isEqualTo(4);
        assertThat(json(r.out()).get("violations").get(0).get("check").asText()).isEqualTo("foreign_keys");
    }

    @Test
    void backupIsAPrivateConsistentCopyAndRestoreBringsItBack() throws Exception {
        Path backup = dir.resolve("backups/monday.db");
        JsonNode b = json(inv.ok("db", "backup", backup.toString(), "--format", "json"));
        assertThat(b.get("backup").asText()).isEqualTo(backup.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        InvRunner.Result again = inv.run("db", "backup", backup.toString());
        assertThat(again.code()).isEqualTo(4);
        assertThat(again.err()).contains("already exists");

        inv.ok("supplier", "create", "LATER");
        inv.ok("db", "restore", backup.toString());
        assertThat(inv.count("SELECT count(*) FROM suppliers WHERE code = 'LATER'")).isZero();
        assertThat(inv.run("db", "check").code()).isZero();
    }

    @Test
    void restoreRefusesWhatIsNotAnInvDatabase() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a database, just notes about the shop and nothing else at all");
        byte[] before = Files.readAllBytes(inv.db);
        InvRunner.Result r = inv.run("db", "restore", text.toString());
        assertThat(r.code()).isEqualTo(7);
        assertThat(r.err()).contains("not an SQLite database");
        assertThat(inv.run("db", "restore", dir.resolve("missing.db").toString()).code()).isEqualTo(3);

        Path newer = dir.resolve("newer.db");
        inv.ok("db", "backup", newer.toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Database.SCHEMA_VERSION + 5));
        }
        InvRunner.Result n = inv.run("db", "restore", newer.toString());
        assertThat(n.code()).isEqualTo(7);
        assertThat(n.err()).contains("newer");
        assertThat(inv.count("SELECT count(*) FROM invoices")).isEqualTo(2);
        assertThat(Files.readAllBytes(inv.db).length).isEqualTo(before.length);
    }

    @Test
    void infoShowsCountsModeAndWarnsWhenOthersCanRead() throws Exception {
        JsonNode i = json(inv.ok("db", "info", "--format", "json"));
        assertThat(i.get("schema_version").asInt()).isEqualTo(Database.SCHEMA_VERSION);
        assertThat(i.get("mode").asText()).isEqualTo("rw-------");
        assertThat(i.get("counts").get("invoices").asLong()).isEqualTo(2);
        assertThat(i.get("readable_by_others").asBoolean()).isFalse();
        Files.setPosixFilePermissions(inv.db, PosixFilePermissions.fromString("rw-r--r--"));
        InvRunner.Result r = inv.run("db", "info");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("rw-r--r--");
        assertThat(r.err()).contains("warning").contains("readable by others").contains("chmod 600");
    }

    @Test
    void backupWhileAnotherConnectionKeepsWritingRestoresToAConsistentDatabase() throws Exception {
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> {
            InvRunner other = new InvRunner(inv.db);
            for (int i = 0; i < 60; i++) {
                if (other.run("restock", "CASE-IPH15", "--qty", "1", "--cost", "1").code() == 0) {
                    written.incrementAndGet();
                }
            }
        });
        writer.start();
        Path backup = dir.resolve("live.db");
        Thread.sleep(50);
        inv.ok("db", "backup", backup.toString());
        writer.join();
        assertThat(written.get()).isEqualTo(60);
        InvRunner restored = new InvRunner(backup);
        assertThat(restored.run("db", "check").code()).isZero();
        long layers = restored.count("SELECT count(*) FROM cost_layers");
        long receipts = restored.count("SELECT count(*) FROM receipts");
        assertThat(layers).isBetween(2L, 62L);
        assertThat(receipts - 2).isEqualTo(layers); // each restock's receipt and layer landed together
    }

    @Test
    void aDatabaseLockedPastTheTimeoutExitsSixAndWritesNothing() throws Exception {
        long before = inv.writtenRows();
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + inv.db);
             Statement st = holder.createStatement()) {
            st.execute("BEGIN IMMEDIATE"); // another process holding the write lock
            long start = System.nanoTime();
            InvRunner.Result r = inv.run("supplier", "create", "LATE");
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertThat(r.code()).isEqualTo(6);
            assertThat(r.err()).contains("busy").contains("safe to retry").doesNotContain("Exception");
            assertThat(waited).as("waited for the busy timeout").isGreaterThanOrEqualTo(Database.BUSY_TIMEOUT_MS - 500);
            st.execute("ROLLBACK");
        }
        assertThat(inv.writtenRows()).isEqualTo(before);
        assertThat(inv.run("supplier", "create", "LATE").code()).isZero(); // and a retry lands
    }
}
