package dev.inv.cli;

import dev.inv.service.DbService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code inv db check | backup | restore | info}. */
@Command(name = "db",
        description = "Check, back up, restore and describe the inventory file.",
        subcommands = {DbCommand.Check.class, DbCommand.BackupDb.class, DbCommand.Restore.class, DbCommand.Info.class},
        footerHeading = "%nExamples:%n",
        footer = {"  inv db check", "  inv db backup ~/backups/shop-2026-12-03.db", "  inv db info"})
final class DbCommand extends GroupCommand {

    /** {@code inv db check}. */
    @Command(name = "check",
            description = {"Check the file and the books; exit 0 when clean, 4 when not.",
                    "SQLite's integrity and foreign-key checks, then the inventory's own rules: every sold unit has",
                    "one open sale line, every returned unit a return, layer quantities between zero and received,",
                    "invoice totals equal their lines, FIFO lines cost what they consumed, no line is returned more",
                    "than it sold, and each unit's history replays to its status."},
            footerHeading = "%nExamples:%n", footer = {"  inv db check", "  inv db check --format json"})
    static final class Check extends InvSubcommand {

        /** A violation in JSON. */
        record ViolationJson(String check, String message) {
        }

        /** JSON of {@code inv db check}. */
        record CheckJson(boolean ok, int checks, List<ViolationJson> violations) {
        }

        @Override
        public Integer call() {
            DbService.CheckResult r = new DbService(session()).check();
            Output out = output();
            if (out.isJson()) {
                out.json(new CheckJson(r.ok(), r.checks(), r.violations().stream()
                        .map(v -> new ViolationJson(v.check(), v.message())).toList()));
            } else {
                for (DbService.Violation v : r.violations()) {
                    out.println(v.check() + ": " + v.message());
                }
                if (r.ok()) {
                    out.info("ok: " + r.checks() + " checks passed on " + session().db().path());
                }
            }
            if (!r.ok()) {
                spec.commandLine().getErr().println("inv: error: " + r.violations().size()
                        + " problem" + (r.violations().size() == 1 ? "" : "s") + " found in " + session().db().path());
                return dev.inv.core.ExitCode.REFUSED.code();
            }
            return 0;
        }
    }

    /** {@code inv db backup FILE}. */
    @Command(name = "backup",
            description = {"Write a consistent copy of the inventory to a new FILE.",
                    "The copy (mode 0600) is taken through SQLite's online backup API: safe while other inv",
                    "processes keep writing."},
            footerHeading = "%nExamples:%n", footer = {"  inv db backup /var/backups/inv/shop-2026-12-03.db"})
    static final class BackupDb extends InvSubcommand {

        @Parameters(paramLabel = "FILE", description = "The new backup file (must not exist).")
        Path file;

        /** JSON of {@code inv db backup}. */
        record BackupJson(String backup, long sizeBytes, int schemaVersion) {
        }

        @Override
        public Integer call() {
            DbService.Backup b = new DbService(session()).backup(file);
            Output out = output();
            if (out.isJson()) {
                out.json(new BackupJson(b.path(), b.sizeBytes(), b.schemaVersion()));
            } else {
                out.info("Backed up " + session().db().path() + " to " + b.path() + " (" + b.sizeBytes() + " bytes)");
            }
            return 0;
        }
    }

    /** {@code inv db restore FILE}. */
    @Command(name = "restore",
            description = {"Replace the inventory's content with that of a backup FILE.",
                    "Refuses a file that is not an inv database or whose schema is newer than this inv.",
                    "Back up first if in doubt."},
            footerHeading = "%nExamples:%n", footer = {"  inv db restore /var/backups/inv/shop-2026-12-01.db"})
    static final class Restore extends InvSubcommand {

        @Parameters(paramLabel = "FILE", description = "The backup to restore from.")
        Path file;

        @Override
        public Integer call() {
            DbService.Info info = new DbService(session()).restore(file);
            Output out = output();
            if (out.isJson()) {
                out.json(Info.json(info));
            } else {
                out.info("Restored " + info.path() + " from " + file.toAbsolutePath().normalize());
            }
            return 0;
        }
    }

    /** {@code inv db info}. */
    @Command(name = "info", description = "Show the inventory file: path, size, mode, schema version, currency, counts.",
            footerHeading = "%nExamples:%n", footer = {"  inv db info", "  inv db info --format json"})
    static final class Info extends InvSubcommand {

        /** JSON of {@code inv db info}. */
        record InfoJson(String path, long sizeBytes, String mode, boolean readableByOthers, int schemaVersion,
                        String currency, Map<String, Long> counts) {
        }

        static InfoJson json(DbService.Info i) {
            return new InfoJson(i.path(), i.sizeBytes(), i.mode(), i.readableByOthers(), i.schemaVersion(),
                    i.currency(), i.counts());
        }

        @Override
        public Integer call() {
            DbService.Info i = new DbService(session()).info();
            Output out = output();
            if (out.isJson()) {
                out.json(json(i));
            } else {
                out.println(String.format("%-18s %s", "Path:", i.path()));
                out.println(String.format("%-18s %d bytes", "Size:", i.sizeBytes()));
                out.println(String.format("%-18s %s", "Mode:", i.mode() == null ? "-" : i.mode()));
                out.println(String.format("%-18s %d", "Schema:", i.schemaVersion()));
                out.println(String.format("%-18s %s", "Currency:", i.currency()));
                i.counts().forEach((table, n) -> out.println(String.format("%-18s %d", table + ":", n)));
            }
            if (i.readableByOthers()) {
                spec.commandLine().getErr().println("inv: warning: " + i.path() + " is readable by others (mode "
                        + i.mode() + "); it holds costs and customer names: chmod 600 " + i.path());
            }
            return 0;
        }
    }
}
