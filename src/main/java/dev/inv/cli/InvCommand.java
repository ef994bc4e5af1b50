package dev.inv.cli;

import dev.inv.service.SaleService;
import dev.inv.service.Session;
import dev.inv.store.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top of the command tree (its subcommands are added by {@link Cli}). Its options are global ({@code scope = INHERIT}): accepted before
 * or after any subcommand, and always stored here, where every command reads them. It also owns
 * the session (the open database), opened on first use and closed when the run ends.
 */
@Command(name = "inv",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Inventory for serialized goods: every unit its own row, cost and history.",
        description = {"",
                "inv keeps one row per physical unit (IMEI, serial number) with its own cost, status and",
                "lifelong history, and FIFO cost layers for quantity goods. Data lives in one SQLite file.",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {
                "  inv init --currency USD",
                "  inv product create IPH15 --name \"iPhone 15\" --tracking serialized --identifier-format imei",
                "  inv supplier create ACME --name \"Acme Wholesale\"",
                "  inv restock IPH15 --supplier ACME --unit 356938035643809 --cost 400 --unit 490154203237518 --cost 450",
                "  inv track IPH15 --format json",
                "",
                "Environment:",
                "  INV_DB      inventory file when --db is not given",
                "  INV_ACTOR   who is acting when --actor is not given (else $USER)",
                "  NO_COLOR    set to turn colour off",
                "",
                "Exit status:",
                "  0 ok, 1 internal error, 2 bad command line, 3 not found, 4 refused by inventory rules,",
                "  5 invalid input data, 6 database busy (safe to retry), 7 database unusable."})
public final class InvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Inventory file (default: $INV_DB, else $XDG_DATA_HOME/inv/inventory.db).")
    Path db;

    @Option(names = "--format", paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: table).")
    Format format;

    @Option(names = "--actor", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Who is acting, recorded in history (default: $INV_ACTOR, else $USER).")
    String actor;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print results only, no informational messages.")
    boolean quiet;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Never use colour.")
    boolean noColor;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "On an error, print the Java stack trace too (for bug reports).")
    boolean stacktrace;

    private final Env env;
    private Session session;
    /** The database the shell keeps open for a whole session; lines without --db use it. */
    private Database shared;
    /** How a sale picks a unit in the shell (through its line reader); null elsewhere. */
    private SaleService.Picker shellPicker;
    /** The shell's own global options, the defaults of its lines. */
    private InvCommand defaults;

    public InvCommand(Env env) {
        this.env = env;
    }

    /** Plain {@code inv}: the shell on a terminal, else the usage. */
    @Override
    public Integer call() throws Exception {
        if (env.terminal() && shared == null) {
            return new Shell(this, false, false).run();
        }
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    Env env() {
        return env;
    }

    Format format() {
        return format != null ? format : defaults != null ? defaults.format() : Format.table;
    }

    boolean stacktrace() {
        return stacktrace || (defaults != null && defaults.stacktrace());
    }

    /** The session of this run, opening the inventory file on first use. */
    Session session() {
        if (session == null) {
            Database database = shared != null && db == null ? shared : Database.open(databasePath());
            session = new Session(database, actorName(), env.clock());
        }
        return session;
    }

    /** Closes the inventory file, if this run opened it (the shell's shared one stays open). */
    void close() {
        if (session != null) {
            if (session.db() != shared) {
                session.db().close();
            }
            session = null;
        }
    }

    /**
     * Makes every command of this tree use the shell's open database and picker, and the global
     * options the shell itself was started with ({@code inv --actor alice shell}) unless a line
     * gives its own.
     */
    void shareWith(Database database, SaleService.Picker picker, InvCommand shellOptions) {
        this.shared = database;
        this.shellPicker = picker;
        this.defaults = shellOptions;
    }

    /** How {@code sell} picks a unit of a serialized SKU: in the shell, on a terminal, or not at all. */
    SaleService.Picker picker() {
        if (shellPicker != null) {
            return shellPicker;
        }
        java.io.Console console = System.console();
        return env.terminal() && console != null ? new ConsolePicker(ConsolePicker.prompter(console)) : null;
    }

    Path databasePath() {
        if (db != null) {
            return db;
        }
        if (env.get("INV_DB") != null) {
            return Path.of(env.get("INV_DB"));
        }
        String dataHome = env.get("XDG_DATA_HOME");
        Path base = dataHome != null ? Path.of(dataHome)
                : Path.of(env.get("HOME") != null ? env.get("HOME") : System.getProperty("user.home"), ".local", "share");
        return base.resolve("inv").resolve("inventory.db");
    }

    String actorName() {
        if (actor != null && !actor.isBlank()) {
            return actor.strip();
        }
        if (defaults != null) {
            return defaults.actorName();
        }
        if (env.get("INV_ACTOR") != null) {
            return env.get("INV_ACTOR");
        }
        return env.get("USER") != null ? env.get("USER") : "unknown";
    }

    Output output() {
        boolean quietRun = quiet || (defaults != null && defaults.quiet);
        boolean color = !noColor && (defaults == null || !defaults.noColor) && env.get("NO_COLOR") == null
                && env.terminal();
        return new Output(spec.commandLine().getOut(), format(), quietRun, color);
    }
}
