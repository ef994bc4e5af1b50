package dev.inv.service;

import dev.inv.core.ExitCode;
import dev.inv.core.InvException;
import dev.inv.core.Money;
import dev.inv.core.Names;
import dev.inv.core.Problems;
import dev.inv.csv.CsvFile;
import dev.inv.csv.CsvSyntaxException;
import dev.inv.store.Database;
import dev.inv.store.ImportRepository.ImportRow;
import dev.inv.store.RejectLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Bulk imports from CSV files: units of one serialized product, quantity stock, and products.
 * Every kind takes the same steps, so that a cron job can trust it:
 * <ol>
 * <li>the command line is checked (exit 2), and the file is read once whole for its SHA-256;</li>
 * <li>an earlier import of the same content, or of the same {@code --ref}, is recognised before
 *     any row is looked at: a no-op that names the earlier import and exits 0;</li>
 * <li>the names on the command line are looked up (exit 3, or 4 when the product cannot take the
 *     import at all);</li>
 * <li>every row is read, checked on its own and staged in a temporary table; every bad row is
 *     logged with its physical line, its value and the reason;</li>
 * <li>the checks across rows and against the inventory run in SQL over the staged rows (repeats
 *     within the file, units already in stock, unknown SKUs);</li>
 * <li>with any bad row nothing is written and the report lists them all (exit 5, whatever the
 *     reasons); otherwise everything is posted in one write transaction, with one receipt, and
 *     the import is remembered by its content hash and ref.</li>
 * </ol>
 * Rows are streamed and staged on disk, never collected in memory, so a file of a million rows
 * imports in a fixed heap. Staging runs in a read transaction (it writes temporary tables only,
 * which take no lock on the inventory), so other commands are not locked out while a big file is
 * read; the checks against the inventory then run inside the write transaction that posts the
 * import, so nothing can slip in between.
 */
public final class ImportService {

    /**
     * Page cache of the main and of the temporary database while an import runs (see
     * {@link Database#withPageCache}): 16 MiB each. Measured on the million-row benchmark, larger
     * caches bought no speed (the inserts run in index order) and only raised the peak RSS.
     */
    static final int PAGE_CACHE_KIB = 16 * 1024;

    /** Where the rows come from: a file, or a stream (standard input) named for messages. */
    public record Source(String name, Path path, InputStream stream) {
        public static Source file(Path path) {
            return new Source(path.toString(), path, null);
        }

        public static Source stream(String name, InputStream in) {
            return new Source(name, null, in);
        }
    }

    /** Progress of a long import, shown by the command as a bar on a terminal; every call optional. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        /** Reading starts; the file has this many physical lines. */
        default void reading(long lines) {
        }

        /** The rows up to this physical line are read. */
        default void readTo(long line) {
        }

        /** A step after reading: "checking", "writing". */
        default void step(String what) {
        }

        /** The import is over, whatever its outcome. */
        default void done() {
        }
    }

    /** {@code inv import units}. */
    public record UnitsRequest(String sku, String supplier, String ref, boolean dryRun) {
    }

    /** {@code inv import stock}. */
    public record StockRequest(String supplier, String ref, boolean dryRun) {
    }

    /** {@code inv import products}. */
    public record ProductsRequest(boolean dryRun) {
    }

    /**
     * The earlier import that this one repeats, found by the same content or the same ref;
     * {@code receipt} is null for a products import, {@code sku} null unless it was of units.
     */
    public record Match(long importId, String matchedBy, String receipt, String sku, String at, String actor) {
        static Match of(ImportRow row, String matchedBy) {
            return new Match(row.id(), matchedBy, row.receipt(), row.sku(), row.at(), row.actor());
        }
    }

    /** A rejected row: its physical line (the header is line 1), the value as written, and why. */
    public record RowError(long line, String value, String message) {
    }

    /**
     * What an import did, or with a dry run would do. {@code rows} counts the data rows read;
     * {@code units} the units taken in (new and re-received) or, for stock, the pieces;
     * {@code layers} the FIFO layers; {@code created}/{@code updated}/{@code unchanged} the
     * products. With errors, or for a repeated import, nothing was imported.
     */
    public record Summary(String kind, String file, String sku, String supplier, String ref, boolean dryRun,
                          Match duplicateOf, long rows, long errors, String receipt, long units, long reReceived,
                          long layers, Money totalCost, long created, long updated, long unchanged, String at) {
    }

    /**
     * The outcome of one import: its summary and the rejected rows, read from the temporary table
     * in line order when asked for (a million of them are never held in memory). Closing it
     * drops the temporary tables.
     */
    public final class Report implements AutoCloseable {
        private final Summary summary;
        private final KindImport kind;

        Report(Summary summary, KindImport kind) {
            this.summary = summary;
            this.kind = kind;
        }

        public Summary summary() {
            return summary;
        }

        /** Every rejected row in line order. */
        public void forEachError(Consumer<RowError> sink) {
            if (summary.errors() == 0) {
                return;
            }
            session.db().read(c -> {
                new RejectLog(c).forEach(r -> sink.accept(new RowError(r.line(), r.value(), r.message())));
                return null;
            });
        }

        /** The exit-5 error to raise once the report is shown, or null when no row was rejected. */
        public InvException failure() {
            if (summary.errors() == 0) {
                return null;
            }
            long n = summary.errors();
            return new InvException(ExitCode.INVALID_DATA, n + " of " + summary.rows() + " row"
                    + (summary.rows() == 1 ? "" : "s") + " in " + summary.file() + (n == 1 ? " is" : " are")
                    + " invalid; nothing was imported");
        }

        @Override
        public void close() {
            if (kind != null) {
                dropTables(kind);
            }
        }
    }

    private final Session session;

    public ImportService(Session session) {
        this.session = session;
    }

    /** Imports units of one serialized product: an identifier per row and an optional cost beside it. */
    public Report importUnits(UnitsRequest req, Source source, Progress progress) {
        checkRef(req.ref());
        return run(new UnitImport(session, req), source, progress);
    }

    /** Imports a delivery of quantity goods: one FIFO layer per row of {@code sku,qty,cost}. */
    public Report importStock(StockRequest req, Source source, Progress progress) {
        checkRef(req.ref());
        return run(new StockImport(session, req), source, progress);
    }

    /** Creates or updates products from a file with a header row. */
    public Report importProducts(ProductsRequest req, Source source, Progress progress) {
        return run(new ProductImport(session, req), source, progress);
    }

    private static void checkRef(String ref) {
        Problems problems = new Problems();
        if (ref != null && ref.isBlank()) {
            problems.usage("--ref is empty");
        } else {
            String p = Names.textProblem("--ref", ref, false);
            if (p != null) {
                problems.usage(p);
            }
        }
        problems.throwIfAny();
    }

    private Report run(KindImport kind, Source source, Progress progress) {
        try (CsvFile file = open(source)) {
            Database db = session.db();
            return db.withPageCache(PAGE_CACHE_KIB, () -> run(db, kind, file, progress));
        } catch (IOException e) {
            throw cannotRead(source, e);
        } catch (UncheckedIOException e) {
            throw cannotRead(source, e.getCause());
        } finally {
            progress.done();
        }
    }

    private Report run(Database db, KindImport kind, CsvFile file, Progress progress) {
        // the same content or ref seen before: a no-op, decided before any row is looked at
        Optional<Match> earlier = db.read(c -> {
            kind.resolve(c);
            Optional<Match> match = kind.findEarlier(c, file.sha256());
            if (match.isEmpty()) {
                // then what the command line names (exit 3, or 4 when it cannot take an import)
                Problems problems = new Problems();
                kind.checkCommandLine(problems);
                problems.throwIfAny();
            }
            return match;
        });
        if (earlier.isPresent()) {
            return new Report(kind.summary(file.name(), earlier.get(), 0, 0, null), null);
        }

        // every row, checked on its own and staged; a read transaction, as only temporary
        // tables are written (they survive it: temporary tables live as long as the connection)
        long[] counts;
        try {
            counts = db.read(c -> {
                RejectLog.create(c);
                kind.createTables(c);
                long rows;
                try (RejectLog rejects = new RejectLog(c)) {
                    rows = stage(kind, c, file, rejects, progress);
                }
                return new long[] {rows, new RejectLog(c).count()};
            });
        } catch (RuntimeException e) {
            dropTables(kind);
            throw e;
        }
        long rows = counts[0];
        if (rows == 0 && counts[1] == 0) {
            dropTables(kind);
            throw InvException.invalid(file.name() + " holds no rows to import");
        }
        progress.step("checking");

        try {
            if (counts[1] > 0 || kind.dryRun()) {
                long errors = db.read(c -> check(kind, c));
                return new Report(kind.summary(file.name(), null, rows, errors, null), kind);
            }
            return db.inWriteTransaction(c -> {
                // another run may have posted the same file since the first look
                Optional<Match> again = kind.findEarlier(c, file.sha256());
                if (again.isPresent()) {
                    return new Report(kind.summary(file.name(), again.get(), rows, 0, null), kind);
                }
                long errors = check(kind, c);
                if (errors > 0) {
                    return new Report(kind.summary(file.name(), null, rows, errors, null), kind);
                }
                progress.step("writing");
                String now = session.now();
                kind.write(c, file.sha256(), now);
                return new Report(kind.summary(file.name(), null, rows, 0, now), kind);
            });
        } catch (RuntimeException e) {
            dropTables(kind);
            throw e;
        }
    }

    private static long stage(KindImport kind, Connection c, CsvFile file, RejectLog rejects, Progress progress)
            throws SQLException {
        progress.reading(file.lines());
        try {
            kind.stage(c, file, rejects, progress);
        } catch (CsvSyntaxException e) {
            // the rest of the file cannot be read reliably: report where it breaks and stop
            rejects.add(e.line(), null, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kind.rowsRead();
    }

    private static long check(KindImport kind, Connection c) throws SQLException {
        try (RejectLog rejects = new RejectLog(c)) {
            kind.check(c, rejects);
        }
        return new RejectLog(c).count();
    }

    private void dropTables(KindImport kind) {
        session.db().read(c -> {
            kind.dropTables(c);
            RejectLog.drop(c);
            return null;
        });
    }

    private static InvException cannotRead(Source source, IOException e) {
        return new InvException(ExitCode.INTERNAL, "cannot read " + source.name() + ": " + e.getMessage(), e);
    }

    private static CsvFile open(Source source) throws IOException {
        if (source.stream() != null) {
            return CsvFile.spool(source.stream(), source.name());
        }
        Path path = source.path();
        if (Files.isDirectory(path)) {
            throw InvException.usage(path + " is a folder, not a CSV file");
        }
        try {
            return CsvFile.open(path);
        } catch (NoSuchFileException e) {
            throw InvException.notFound("no file " + path);
        }
    }
}
