package dev.inv.cli;

import dev.inv.core.ExitCode;
import dev.inv.core.InvException;
import dev.inv.service.InitService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code inv demo}: a small phone shop built in a fresh database by running real inv commands,
 * each printed before its output, so a newcomer sees the tool's job and how to type it. It never
 * touches an existing inventory: it ignores INV_DB, and uses --db only for a new or empty file.
 */
@Command(name = "demo",
        description = {"Build a realistic small shop in a fresh database and show it.",
                "IMEI phones in two variants restocked at different costs, a quantity accessory, a sale, a return",
                "routed to defect, a repair expense; then the tracking page, one unit's timeline and the valuation.",
                "Uses a new temporary file (its path is printed) unless --db names a new or empty file;",
                "INV_DB is ignored, so your inventory is never touched."},
        footerHeading = "%nExamples:%n",
        footer = {"  inv demo", "  inv demo --db /tmp/shop-demo.db && inv --db /tmp/shop-demo.db track IPH15"})
final class DemoCommand extends InvSubcommand {

    static final String BLACK_1 = "356938035643817";
    static final String BLACK_2 = "356938035643825";
    static final String BLUE_1 = "352099001761481";

    /** The shop, as an operator would type it. */
    static final List<Step> SCRIPT = List.of(
            new Step("init", "--currency", "USD"),
            new Step("product", "create", "IPH15", "--name", "iPhone 15", "--tracking", "serialized",
                    "--identifier-format", "imei", "--price", "799", "--warranty-months", "12"),
            new Step("product", "create", "IPH15-BLK", "--name", "iPhone 15 128GB Black", "--variant-of",
                    "IPH15", "--attr", "color=Black", "--attr", "storage=128GB"),
            new Step("product", "create", "IPH15-BLU", "--name", "iPhone 15 256GB Blue", "--variant-of",
                    "IPH15", "--attr", "color=Blue", "--attr", "storage=256GB", "--price", "899"),
            new Step("product", "create", "CASE-IPH15", "--name", "iPhone 15 clear case", "--price", "19.90"),
            new Step("supplier", "create", "ACME", "--name", "Acme Wholesale"),
            new Step("restock", "IPH15-BLK", "--supplier", "ACME", "--unit", BLACK_1, "--cost", "612.40",
                    "--unit", BLACK_2, "--cost", "598.00", "--ref", "PO-1001"),
            new Step("restock", "IPH15-BLU", "--supplier", "ACME", "--unit", BLUE_1, "--cost", "701.15",
                    "--ref", "PO-1001"),
            new Step("restock", "CASE-IPH15", "--supplier", "ACME", "--qty", "20", "--cost", "3.10"),
            new Step("restock", "CASE-IPH15", "--supplier", "ACME", "--qty", "10", "--cost", "3.45"),
            new Step("sell", "--item", BLACK_2, "--item", "CASE-IPH15", "--qty", "2", "--customer", "Jane Doe"),
            new Step("sell", "--item", BLUE_1, "--customer", "Sam Lee"),
            new Step("return", BLUE_1, "--to", "defect", "--reason", "no signal after two days"),
            new Step("expense", "add", "--amount", "45", "--unit", BLUE_1, "--category", "repair",
                    "--note", "antenna module"),
            new Step("track", "IPH15"),
            new Step("track", "--unit", BLUE_1),
            new Step("report", "valuation"));

    /** One command of the demo. */
    record Step(String... args) {
    }

    @Override
    public Integer call() {
        Path file = demoFile();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println("Demo inventory: " + file);
        out.println();
        Map<String, String> vars = new HashMap<>(root().env().vars());
        vars.remove("INV_DB");
        vars.put("INV_ACTOR", "demo");
        Env env = new Env(Map.copyOf(vars), root().env().clock(), false);
        for (Step step : SCRIPT) {
            List<String> args = new ArrayList<>(List.of("--db", file.toString()));
            args.addAll(List.of(step.args()));
            out.println("$ inv " + quote(step.args()));
            out.flush();
            int code = Cli.run(args.toArray(String[]::new), out, err, env);
            if (code != 0) {
                throw new InvException(ExitCode.INTERNAL, "demo step failed (exit " + code + "): inv "
                        + quote(step.args()));
            }
            out.println();
        }
        out.println("Look around:  inv --db " + file + " track --status defect");
        out.println("              inv --db " + file + " invoice show INV-000001");
        out.flush();
        return 0;
    }

    /** The --db file when it is new or empty, else a new temporary file. */
    private Path demoFile() {
        Path given = root().db;
        try {
            if (given == null) {
                Path dir = Files.createTempDirectory("inv-demo-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                return dir.resolve("demo.db");
            }
            if (Files.exists(given) && Files.size(given) > 0 && InitService.holdsData(given)) {
                throw InvException.refused(given + " already holds data; the demo needs a new or empty file");
            }
            return given;
        } catch (IOException e) {
            throw new InvException(ExitCode.UNUSABLE, "cannot create a demo database: " + e.getMessage(), e);
        }
    }

    private static String quote(String[] args) {
        StringBuilder b = new StringBuilder();
        for (String a : args) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(a.matches("[A-Za-z0-9_./:=@%+,-]+") ? a : "\"" + a.replace("\"", "\\\"") + "\"");
        }
        return b.toString();
    }
}
