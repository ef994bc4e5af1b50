package dev.inv.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inv.core.ExitCode;
import dev.inv.core.InvException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on real temporary SQLite files: opening, migrations, refusals, triggers, rollback. */
class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsFoldersAndFileAndMigratesFromEmpty() throws Exception {
        Path file = dir.resolve("a/b/inventory.db");
        try (Database db = Database.open(file)) {
            assertThat(db.created()).isTrue();
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(db.currency()).isEqualTo("USD");
            assertThat(db.currencyDigits()).isEqualTo(2);
        }
        assertThat(pragma(file, "user_version")).isEqualTo(Database.SCHEMA_VERSION);
        assertThat(pragma(file, "application_id")).isEqualTo(Database.APPLICATION_ID);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b")))).isEqualTo("rwx------");
        try (Connection c = raw(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void reopeningKeepsDataAndExistingFileKeepsItsMode() throws Exception {
        Path file = dir.resolve("inv.db");
        try (Database db = Database.open(file)) {
            db.inWriteTransaction(c -> new SupplierRepository(c).insert("ACME", "Acme", "2026-01-01T00:00:00Z"));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        try (Database db = Database.open(file)) {
            assertThat(db.created()).isFalse();
            java.util.List<SupplierRow> suppliers = db.read(c -> new SupplierRepository(c).list());
            assertThat(suppliers).extracting(SupplierRow::code).containsExactly("ACME");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
    }

    @Test
    void migratesAVersionOneDatabaseForwardKeepingItsData() throws Exception {
        Path file = dir.resolve("v1.db");
        String v1 = new String(Database.class.getClassLoader().getResourceAsStream("db/V001__foundation.sql")
                .readAllBytes(), StandardCharsets.UTF_8);
        try (Connection c = raw(file); Statement st = c.createStatement()) {
            st.executeUpdate(v1);
            st.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO suppliers (code, name, created_at) VALUES ('OLD', 'Old', '2025-01-01T00:00:00Z')");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(suppliers(db)).extracting(SupplierRow::code).containsExactly("OLD");
            assertThat(count(db, "imports")).isZero();
        }
    }

    @Test
    void anEmptyFileBecomesAnInventory() throws Exception {
        Path file = dir.resolve("empty.db");
        Files.createFile(file);
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void refusesANewerSchemaWithoutTouchingIt() throws Exception {
        Path file = dir.resolve("newer.db");
        Database.open(file).close();
        try (Connection c = raw(file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Database.SCHEMA_VERSION + 1));
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(InvException.class)
                .hasMessageContaining("newer")
                .extracting(e -> ((InvException) e).exitCode()).isEqualTo(ExitCode.UNUSABLE);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesAFileThatIsNotSqliteWithoutTouchingIt() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "these are my notes, not a database\n".repeat(20), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(InvException.class)
                .hasMessageContaining("not an SQLite database")
                .extracting(e -> ((InvException) e).exitCode()).isEqualTo(ExitCode.UNUSABLE);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("notes.txt-wal")).doesNotExist();
    }

    @Test
    void refusesAnotherApplicationsSqliteDatabaseWithoutTouchingIt() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = raw(file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE people (name TEXT)");
            st.execute("INSERT INTO people VALUES ('Ada')");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(InvException.class)
                .hasMessageContaining("not an inv database")
                .extracting(e -> ((InvException) e).exitCode()).isEqualTo(ExitCode.UNUSABLE);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesADirectory() {
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(InvException.class)
                .extracting(e -> ((InvException) e).exitCode()).isEqualTo(ExitCode.UNUSABLE);
    }

    @Test
    void unitEventsAreAppendOnly() throws Exception {
        try (Database db = Database.open(dir.resolve("inv.db"))) {
            long unit = db.inWriteTransaction(c -> {
                long product = new ProductRepository(c).insert(new ProductRow(0, "P", "Phone", "serialized", "IMEI",
                        "imei", true, null, null, null, null, "2026-01-01T00:00:00Z"));
                long supplier = new SupplierRepository(c).insert("S", "S", "2026-01-01T00:00:00Z");
                ReceiptRepository.Receipt r = new ReceiptRepository(c).insert(product, supplier, null,
                        "2026-01-01T00:00:00Z", "test", "cli", null);
                long id = new UnitRepository(c).insert(product, "X1", product, 100L, "available", supplier, r.id(),
                        "2026-01-01T00:00:00Z");
                new UnitEventRepository(c).append(id, "received", null, "available", r.number(), 100L, null,
                        "2026-01-01T00:00:00Z", "test");
                return id;
            });
            assertThatThrownBy(() -> db.inWriteTransaction(c -> Jdbc.update(c, "UPDATE unit_events SET actor = 'x'")))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> db.inWriteTransaction(c -> Jdbc.update(c, "DELETE FROM unit_events")))
                    .hasMessageContaining("append-only");
            java.util.List<UnitEventRow> events = db.read(c -> new UnitEventRepository(c).forUnit(unit));
            assertThat(events).hasSize(1).first().extracting(UnitEventRow::actor).isEqualTo("test");
        }
    }

    @Test
    void aFailedTransactionLeavesNothing() throws Exception {
        try (Database db = Database.open(dir.resolve("inv.db"))) {
            assertThatThrownBy(() -> db.inWriteTransaction(c -> {
                new SupplierRepository(c).insert("ACME", "Acme", "2026-01-01T00:00:00Z");
                new ReceiptRepository(c).insert(null, null, "REF", "2026-01-01T00:00:00Z", "t", "cli", null);
                throw InvException.refused("changed my mind");
            })).isInstanceOf(InvException.class);
            assertThat(suppliers(db)).isEmpty();
            assertThat(count(db, "receipts")).isZero();
            // the connection is usable again after the rollback
            db.inWriteTransaction(c -> new SupplierRepository(c).insert("ACME", "Acme", "2026-01-01T00:00:00Z"));
            assertThat(suppliers(db)).hasSize(1);
        }
    }

    @Test
    void documentNumbersHaveNoGaps() throws Exception {
        try (Database db = Database.open(dir.resolve("inv.db"))) {
            String first = db.inWriteTransaction(c -> new ReceiptRepository(c)
                    .insert(null, null, null, "2026-01-01T00:00:00Z", "t", "cli", null).number());
            assertThatThrownBy(() -> db.inWriteTransaction(c -> {
                new ReceiptRepository(c).insert(null, null, null, "2026-01-01T00:00:00Z", "t", "cli", null);
                throw InvException.refused("no");
            })).isInstanceOf(InvException.class);
            String second = db.inWriteTransaction(c -> new ReceiptRepository(c)
                    .insert(null, null, null, "2026-01-01T00:00:00Z", "t", "cli", null).number());
            assertThat(first).isEqualTo("RCV-000001");
            assertThat(second).isEqualTo("RCV-000002");
        }
    }

    @Test
    void uniqueIdentifiersAreEnforcedByTheFileItself() throws Exception {
        try (Database db = Database.open(dir.resolve("inv.db"))) {
            assertThatThrownBy(() -> db.inWriteTransaction(c -> {
                long product = new ProductRepository(c).insert(new ProductRow(0, "P", "Phone", "serialized", "IMEI",
                        "any", true, null, null, null, null, "2026-01-01T00:00:00Z"));
                ReceiptRepository.Receipt r = new ReceiptRepository(c).insert(product, null, null,
                        "2026-01-01T00:00:00Z", "t", "cli", null);
                UnitRepository units = new UnitRepository(c);
                units.insert(product, "X1", product, null, "available", null, r.id(), "2026-01-01T00:00:00Z");
                units.insert(product, "X1", product, null, "available", null, r.id(), "2026-01-01T00:00:00Z");
                return null;
            })).isInstanceOf(RuntimeException.class);
            assertThat(count(db, "products")).isZero();
        }
    }

    private static java.util.List<SupplierRow> suppliers(Database db) {
        return db.read(c -> new SupplierRepository(c).list());
    }

    private static long count(Database db, String table) {
        return db.<Long>read(c -> Jdbc.count(c, "SELECT count(*) FROM " + table));
    }

    private static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static int pragma(Path file, String name) throws SQLException {
        try (Connection c = raw(file); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
