package dev.inv.service;

import dev.inv.core.ExitCode;
import dev.inv.core.InvException;
import dev.inv.core.UnitStatus;
import dev.inv.store.CheckRepository;
import dev.inv.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The database itself: checking its books, backing it up, restoring it, describing it. */
public final class DbService {

    /** One broken rule: which check, and what breaks it. */
    public record Violation(String check, String message) {
    }

    /** The outcome of {@code inv db check}. */
    public record CheckResult(int checks, List<Violation> violations) {
        public boolean ok() {
            return violations.isEmpty();
        }
    }

    /** What {@code inv db info} tells. {@code mode} is like {@code rw-------}, null off POSIX. */
    public record Info(String path, long sizeBytes, int schemaVersion, String currency, String mode,
                       boolean readableByOthers, Map<String, Long> counts) {
    }

    /** A written backup. */
    public record Backup(String path, long sizeBytes, int schemaVersion) {
    }

    private static final String[] TABLES = {"products", "suppliers", "receipts", "serialized_items", "cost_layers",
        "invoices", "invoice_lines", "returns", "expenses", "unit_events"};

    private final Session session;

    public DbService(Session session) {
        this.session = session;
    }

    /**
     * SQLite's own checks (integrity, foreign keys) and the inventory's invariants: every sold
     * unit has exactly one open sale line, every returned unit a return, layer quantities between
     * zero and received, invoice totals equal to their lines, FIFO lines costed at the layers they
     * consumed, no line returned more than it sold, the valuation's unit_stock aggregate equal to
     * the units, and each unit's history replays to its status.
     */
    public CheckResult check() {
        Database db = session.db();
        List<Violation> out = new ArrayList<>();
        db.integrityProblems().forEach(m -> out.add(new Violation("integrity", m)));
        db.foreignKeyProblems().forEach(m -> out.add(new Violation("foreign_keys", m)));
        db.read(c -> {
            CheckRepository checks = new CheckRepository(c);
            checks.soldWithoutOpenSale().forEach(m -> out.add(new Violation("sold_units", m)));
            checks.returnedWithoutReturn().forEach(m -> out.add(new Violation("returned_units", m)));
            checks.layersOutOfRange().forEach(m -> out.add(new Violation("layers", m)));
            checks.invoiceTotals().forEach(m -> out.add(new Violation("invoice_totals", m)));
            checks.fifoLinesCost().forEach(m -> out.add(new Violation("line_cogs", m)));
            checks.overReturnedLines().forEach(m -> out.add(new Violation("returns", m)));
            checks.unitStockDrift().forEach(m -> out.add(new Violation("unit_stock", m)));
            checks.histories(h -> {
                String problem = replay(h);
                if (problem != null && out.size() < 10_000) {
                    out.add(new Violation("history", "unit " + h.name() + ": " + problem));
                }
            });
            return null;
        });
        return new CheckResult(10, out);
    }

    /** Why a unit's events do not replay to its status, or null when they do. */
    static String replay(CheckRepository.History h) {
        if (h.events().isEmpty()) {
            return "has no history";
        }
        String status = null;
        for (int i = 0; i < h.events().size(); i++) {
            String[] e = h.events().get(i);
            String kind = e[0];
            String from = e[1];
            String to = e[2];
            if (i == 0) {
                if (!kind.equals("received") || !"available".equals(to)) {
                    return "history starts with '" + kind + "', not a receipt";
                }
            } else if (!java.util.Objects.equals(from, status)) {
                return "event " + (i + 1) + " (" + kind + ") starts from " + from + " but the unit was " + status;
            } else if (!kind.equals("expense") && !kind.equals("re_received")
                    && !UnitStatus.parse(from).canBecome(UnitStatus.parse(to))) {
                return "event " + (i + 1) + " (" + kind + ") moves " + from + " -> " + to + ", which the rules refuse";
            }
            status = to;
        }
        if (!status.equals(h.status())) {
            return "history ends at " + status + " but the unit is " + h.status();
        }
        return null;
    }

    /** A consistent copy of the live database in a new file, readable by its owner only. */
    public Backup backup(Path target) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw InvException.refused(file + " already exists; back up to a new file");
        }
        if (file.equals(session.db().path())) {
            throw InvException.refused("cannot back up the database onto itself");
        }
        try {
            if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
                Database.createPrivateDirectories(file.getParent());
            }
            Database.createPrivateFile(file);
        } catch (IOException e) {
            throw new InvException(ExitCode.UNUSABLE, "cannot create " + file + ": " + e.getMessage(), e);
        }
        try {
            session.db().backupTo(file);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
        try (Database copy = Database.open(file)) {
            return new Backup(file.toString(), Files.size(file), copy.schemaVersion());
        } catch (IOException e) {
            throw new InvException(ExitCode.UNUSABLE, "cannot read back " + file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the database's content with a backup's, refusing anything but an inv database. */
    public Info restore(Path source) {
        Path file = source.toAbsolutePath().normalize();
        if (file.equals(session.db().path())) {
            throw InvException.refused("cannot restore the database from itself");
        }
        session.db().restoreFrom(file);
        return info();
    }

    public Info info() {
        Database db = session.db();
        Path path = db.path();
        Map<String, Long> counts = db.read(c -> {
            CheckRepository checks = new CheckRepository(c);
            Map<String, Long> m = new LinkedHashMap<>();
            for (String table : TABLES) {
                m.put(table, checks.count(table));
            }
            return m;
        });
        String mode = null;
        boolean others = false;
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
            mode = PosixFilePermissions.toString(perms);
            others = perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ);
        } catch (UnsupportedOperationException | IOException e) {
            // no POSIX modes on this file system
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            size = -1;
        }
        return new Info(path.toString(), size, db.schemaVersion(), db.currency(), mode, others, counts);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the error that brought us here matters more
        }
    }
}
