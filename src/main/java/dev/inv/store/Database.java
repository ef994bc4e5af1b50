package dev.inv.store;

import dev.inv.core.ExitCode;
import dev.inv.core.InvException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one place that knows this store is SQLite: connection settings, migrations, transactions,
 * and the checks that keep inv from touching a file that is not its own. Repositories receive the
 * {@link Connection} and use plain standard SQL.
 *
 * <p>Before any connection is opened, the file's 100-byte header is read: a file that is not
 * SQLite, an SQLite file of another application, or an inv database of a newer schema is refused
 * with exit code 7 and left byte-for-byte as it was (opening it would switch it to WAL).
 */
public final class Database implements AutoCloseable {

    /** The schema version this program writes: the number of the last migration. */
    public static final int SCHEMA_VERSION = 3;
    /** {@code PRAGMA application_id} of inv databases: "INV1" in ASCII. */
    public static final int APPLICATION_ID = 0x494E5631;
    /** How long a write waits for another process's lock before giving up with exit code 6. */
    public static final int BUSY_TIMEOUT_MS = 5000;

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String[] MIGRATIONS = {"db/V001__foundation.sql", "db/V002__imports.sql",
        "db/V003__unit_stock.sql"};

    private final Path path;
    private final Connection connection;
    private final boolean created;
    private String currency;
    private boolean outer;

    private Database(Path path, Connection connection, boolean created) {
        this.path = path;
        this.connection = connection;
        this.created = created;
    }

    /**
     * Opens (creating it and its folders on first use) the inventory at {@code path} and brings
     * its schema up to date.
     */
    public static Database open(Path path) {
        Path file = path.toAbsolutePath().normalize();
        boolean created = createIfMissing(file);
        if (!created) {
            inspectHeader(file);
        }
        Connection connection = connect(file);
        Database db = new Database(file, connection, created);
        try {
            db.migrate();
            db.reloadSettings();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    public Path path() {
        return path;
    }

    /** Whether this open created the file. */
    public boolean created() {
        return created;
    }

    /** The schema version of the open file. */
    public int schemaVersion() {
        return read(c -> pragmaInt(c, "user_version"));
    }

    /** The database's one currency, an ISO 4217 code. */
    public String currency() {
        return currency;
    }

    /** The currency's number of decimals, as {@code java.util.Currency} knows it (USD 2, JPY 0). */
    public int currencyDigits() {
        return Math.max(0, java.util.Currency.getInstance(currency()).getDefaultFractionDigits());
    }

    /** Reads the settings kept for the session (the currency), after opening or {@code inv init}. */
    public void reloadSettings() {
        currency = read(c -> new MetaRepository(c).get("currency").orElse("USD"));
    }

    /**
     * Runs {@code work} in one {@code BEGIN IMMEDIATE} transaction: it takes the write lock at
     * the start (waiting up to the busy timeout), so no command can fail halfway on an upgrade
     * from a read lock to a write lock; all of the work lands, or on any exception none of it.
     */
    public <T> T inWriteTransaction(SqlWork<T> work) {
        return transaction("BEGIN IMMEDIATE", work);
    }

    /**
     * Runs {@code work} in one deferred transaction, a consistent snapshot that takes no write
     * lock (IMMEDIATE would block other writers for a mere read).
     */
    public <T> T read(SqlWork<T> work) {
        return transaction("BEGIN DEFERRED", work);
    }

    /**
     * Runs {@code work} with a page cache of {@code kib} KiB for the main and for the temporary
     * database (where bulk imports stage their rows), then puts the previous sizes back. Inserting
     * a million rows into indexes, or sorting them, is bound by how much of each B-tree stays in
     * the cache, and SQLite's default of 2 MB turns most inserts into cache misses; the memory
     * used stays bounded by {@code kib}, whatever the size of the data.
     */
    public synchronized <T> T withPageCache(int kib, java.util.function.Supplier<T> work) {
        String[] schemas = {"main", "temp"};
        long[] previous = new long[schemas.length];
        try (Statement st = connection.createStatement()) {
            for (int i = 0; i < schemas.length; i++) {
                try (ResultSet rs = st.executeQuery("PRAGMA " + schemas[i] + ".cache_size")) {
                    previous[i] = rs.next() ? rs.getLong(1) : -2000;
                }
                st.execute("PRAGMA " + schemas[i] + ".cache_size = " + (-(long) kib));
            }
        } catch (SQLException e) {
            throw translate(e);
        }
        try {
            return work.get();
        } finally {
            try (Statement st = connection.createStatement()) {
                for (int i = 0; i < schemas.length; i++) {
                    // 0 means "not set yet" for a temp database not opened before: use the default
                    st.execute("PRAGMA " + schemas[i] + ".cache_size = " + (previous[i] == 0 ? -2000 : previous[i]));
                }
            } catch (SQLException ignored) {
                // the sizes only matter for this connection's speed; the work's own outcome stands
            }
        }
    }

    private synchronized <T> T transaction(String begin, SqlWork<T> work) {
        boolean nested = outer;
        // inside an outer (atomic script) transaction each command is a savepoint: its own
        // failure undoes only its part, and nothing is committed until the outer one is
        String open = nested ? "SAVEPOINT command" : begin;
        String commit = nested ? "RELEASE command" : "COMMIT";
        try {
            try (Statement st = connection.createStatement()) {
                st.execute(open);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
        boolean done = false;
        try {
            T result = work.run(connection);
            try (Statement st = connection.createStatement()) {
                st.execute(commit);
            }
            done = true;
            return result;
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            if (!done) {
                if (nested) {
                    execQuietly("ROLLBACK TO command");
                    execQuietly("RELEASE command");
                } else {
                    rollbackQuietly();
                }
            }
        }
    }

    /**
     * Starts one write transaction around many commands (the shell's {@code --atomic} script):
     * until {@link #commitOuter()} or {@link #rollbackOuter()}, every transaction of this
     * connection runs nested inside it.
     */
    public synchronized void beginOuter() {
        if (outer) {
            throw new IllegalStateException("an outer transaction is already open");
        }
        try (Statement st = connection.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw translate(e);
        }
        outer = true;
    }

    /** Commits the outer transaction: all of the script lands. */
    public synchronized void commitOuter() {
        try (Statement st = connection.createStatement()) {
            st.execute("COMMIT");
            outer = false;
        } catch (SQLException e) {
            rollbackOuter();
            throw translate(e);
        }
    }

    /** Rolls the outer transaction back: none of the script lands. */
    public synchronized void rollbackOuter() {
        outer = false;
        rollbackQuietly();
    }

    private void execQuietly(String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException ignored) {
            // best effort while unwinding a failed command
        }
    }

    private void rollbackQuietly() {
        try (Statement st = connection.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was open (BEGIN failed or COMMIT already ended it)
        }
    }

    // --- maintenance: inv db check | backup | restore ----------------------------------------

    /** {@code PRAGMA integrity_check}: empty when the file is sound, else SQLite's findings. */
    public List<String> integrityProblems() {
        return read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (!"ok".equalsIgnoreCase(rs.getString(1))) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** {@code PRAGMA foreign_key_check}: rows whose reference points nowhere. */
    public List<String> foreignKeyProblems() {
        return read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    out.add("row " + rs.getLong(2) + " of " + rs.getString(1) + " refers to a missing row of "
                            + rs.getString(3));
                }
            }
            return out;
        });
    }

    /**
     * Writes a consistent copy of the whole database to {@code target} (a new file, created 0600)
     * through SQLite's online backup API: it reads one snapshot, so writers elsewhere neither
     * block it for long nor tear it, unlike a copy of the file and its WAL.
     */
    public synchronized void backupTo(Path target) {
        try {
            connection.unwrap(SQLiteConnection.class).getDatabase().backup("main", target.toString(), null);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Replaces this database's content with that of {@code source}, an inv database checked by
     * {@link #inspect} first, through the backup API under the write lock; then brings its
     * schema up to date.
     */
    public synchronized void restoreFrom(Path source) {
        inspect(source);
        try {
            connection.unwrap(SQLiteConnection.class).getDatabase().restore("main", source.toString(), null);
        } catch (SQLException e) {
            throw translate(e);
        }
        migrate();
        reloadSettings();
    }

    /** Refuses (exit 7) a file that is not an inv database this program can use, without opening it. */
    public static void inspect(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvException(ExitCode.NOT_FOUND, "no such file: " + file);
        }
        try {
            if (Files.size(file) == 0) {
                throw new InvException(ExitCode.UNUSABLE, file + " is empty, not an inv database");
            }
        } catch (IOException e) {
            throw new InvException(ExitCode.UNUSABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
        inspectHeader(file);
    }

    /** Maps SQLite's failures to the documented exit codes. */
    InvException translate(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() & 0xff : code.code & 0xff;
        switch (primary) {
            case 5: // SQLITE_BUSY
            case 6: // SQLITE_LOCKED
                return new InvException(ExitCode.BUSY, "database " + path + " stayed busy (locked by another"
                        + " process) for more than " + BUSY_TIMEOUT_MS / 1000 + " s; nothing was written, safe to retry", e);
            case 11: // SQLITE_CORRUPT
            case 26: // SQLITE_NOTADB
                return new InvException(ExitCode.UNUSABLE, "database " + path + " is corrupt or not an SQLite database", e);
            case 8: // SQLITE_READONLY
            case 14: // SQLITE_CANTOPEN
                return new InvException(ExitCode.UNUSABLE, "database " + path + " cannot be written: "
                        + firstLine(e.getMessage()), e);
            case 10: // SQLITE_IOERR
            case 13: // SQLITE_FULL
                return new InvException(ExitCode.UNUSABLE, "database " + path + " failed to read or write: "
                        + firstLine(e.getMessage()), e);
            default:
                return new InvException(ExitCode.INTERNAL, "database error: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    // --- opening -------------------------------------------------------------------------

    /** Creates the folders (0700) and an empty file (0600) when there is none; true if created. */
    private static boolean createIfMissing(Path file) {
        if (Files.exists(file)) {
            if (Files.isDirectory(file)) {
                throw new InvException(ExitCode.UNUSABLE, "database " + file + " is a directory");
            }
            return false;
        }
        try {
            Path dir = file.getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                createPrivateDirectories(dir);
            }
            createPrivateFile(file);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new InvException(ExitCode.UNUSABLE, "cannot create database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates a file readable and writable by its owner only (where the file system has modes). */
    public static void createPrivateFile(Path file) throws IOException {
        if (isPosix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    /** Creates missing folders with mode 0700; existing ones keep theirs. */
    public static void createPrivateDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            if (isPosix(p.getParent() == null ? p : p.getParent())) {
                Files.createDirectory(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(p);
            }
        }
    }

    private static boolean isPosix(Path p) {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Refuses, without opening it, a file that is not an inv database this program can use. */
    private static void inspectHeader(Path file) {
        byte[] header = new byte[100];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new InvException(ExitCode.UNUSABLE, "cannot read database " + file + ": " + e.getMessage(), e);
        }
        if (n == 0) {
            return; // an empty file: a new database
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (i >= n || header[i] != MAGIC[i]) {
                throw new InvException(ExitCode.UNUSABLE, file + " is not an SQLite database; refusing to touch it");
            }
        }
        if (n < 100) {
            throw new InvException(ExitCode.UNUSABLE, file + " is a truncated SQLite database; refusing to touch it");
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        int userVersion = b.getInt(60);
        int applicationId = b.getInt(68);
        if (applicationId != APPLICATION_ID) {
            if (applicationId == 0 && userVersion == 0 && isEmptySqlite(file)) {
                return; // an SQLite file with no tables yet: fine to make an inv database of it
            }
            throw new InvException(ExitCode.UNUSABLE, file + " is an SQLite database but not an inv database;"
                    + " refusing to touch it");
        }
        refuseNewer(file, userVersion);
    }

    private static void refuseNewer(Path file, int userVersion) {
        if (userVersion > SCHEMA_VERSION) {
            throw new InvException(ExitCode.UNUSABLE, "database " + file + " has schema version " + userVersion
                    + ", newer than this inv understands (" + SCHEMA_VERSION + "); upgrade inv to use it");
        }
    }

    private static boolean isEmptySqlite(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = JDBC.createConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() && rs.getInt(1) == 0;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        try {
            // straight to the driver: DriverManager would first scan the class path for every driver
            Connection c = JDBC.createConnection("jdbc:sqlite:" + file, config.toProperties());
            c.setAutoCommit(true);
            return c;
        } catch (SQLException e) {
            Database stub = new Database(file, null, false);
            throw stub.translate(e);
        }
    }

    private void migrate() {
        int current = schemaVersion();
        if (current >= SCHEMA_VERSION) {
            refuseNewer(path, current);
            checkApplication();
            return;
        }
        for (int target = current + 1; target <= SCHEMA_VERSION; target++) {
            int step = target;
            inWriteTransaction(c -> {
                int now = pragmaInt(c, "user_version"); // another process may have migrated first
                if (now >= step) {
                    return null;
                }
                if (now == 0) {
                    try (Statement st = c.createStatement();
                         ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                        if (rs.next() && rs.getInt(1) > 0) {
                            throw new InvException(ExitCode.UNUSABLE, path + " is an SQLite database but not an"
                                    + " inv database; refusing to touch it");
                        }
                    }
                }
                try (Statement st = c.createStatement()) {
                    st.executeUpdate(script(MIGRATIONS[step - 1]));
                    st.execute("PRAGMA application_id = " + APPLICATION_ID);
                    st.execute("PRAGMA user_version = " + step);
                }
                return null;
            });
        }
    }

    private void checkApplication() {
        int app = read(c -> pragmaInt(c, "application_id"));
        if (app != APPLICATION_ID) {
            throw new InvException(ExitCode.UNUSABLE, path + " is an SQLite database but not an inv database;"
                    + " refusing to touch it");
        }
    }

    private static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String script(String resource) {
        try (InputStream in = Database.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + resource, e);
        }
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing releases the file; nothing useful to report to the operator
        }
    }
}
