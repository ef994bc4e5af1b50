package dev.inv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inv.service.CompletionService;
import dev.inv.service.Session;
import dev.inv.store.Database;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** inv shell: script mode, the REPL on a scripted terminal, and Tab completion of live values. */
class ShellTest {

    static final String A = "356938035643809";
    static final String B = "490154203237518";

    @TempDir
    Path dir;
    InvRunner inv;

    @BeforeEach
    void setUp() {
        inv = new InvRunner(dir.resolve("shop.db"));
        inv.env.put("XDG_STATE_HOME", dir.resolve("state").toString());
        inv.ok("supplier", "create", "ACME");
        inv.ok("product", "create", "IPH15", "--name", "iPhone 15", "--tracking", "serialized",
                "--identifier-format", "imei", "--price", "799");
        inv.ok("product", "create", "IPAD", "--name", "iPad", "--tracking", "serialized", "--price", "499");
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", A, "--cost", "400", "--unit", B, "--cost", "450");
    }

    // --- script mode --------------------------------------------------------------------------

    @Test
    void runsEveryLineInOneProcess() {
        InvRunner.Result r = inv.runWithInput("""
                # today's sales
                sell --item %s --customer 'Jane Doe'

                inv sell --item "%s" --price 700
                """.formatted(A, B), "shell");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("INV-000001").contains("INV-000002").contains("Jane Doe");
        assertThat(inv.count("SELECT count(*) FROM serialized_items WHERE status = 'sold'")).isEqualTo(2);
    }

    @Test
    void stopsAtTheFirstFailingLineWithItsNumberAndExitCode() {
        InvRunner.Result r = inv.runWithInput("""
                sell --item %s
                sell --item %s
                sell --item %s
                """.formatted(A, A, B), "shell");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).startsWith("inv: line 2: ").contains("is sold");
        assertThat(inv.count("SELECT count(*) FROM invoices")).isOne(); // line 3 never ran
    }

    @Test
    void keepGoingRunsEveryLineAndExitsWithTheFirstFailure() {
        InvRunner.Result r = inv.runWithInput("""
                product show NOPE
                sell --item %s
                sell --item %s
                sell --item %s
                """.formatted(A, A, B), "shell", "--keep-going");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("inv: line 1: no product with SKU 'NOPE'").contains("inv: line 3: ");
        assertThat(inv.count("SELECT count(*) FROM invoices")).isEqualTo(2);
    }

    @Test
    void atomicRollsBackTheWholeScriptOnAFailure() {
        long before = inv.writtenRows();
        InvRunner.Result r = inv.runWithInput("""
                supplier create BETA
                sell --item %s
                sell --item NOPE
                """.formatted(A), "shell", "--atomic");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("inv: line 3: ").contains("rolled back");
        assertThat(inv.writtenRows()).isEqualTo(before);
        InvRunner.Result ok = inv.runWithInput("supplier create BETA\nsell --item " + A + "\n", "shell", "--atomic");
        assertThat(ok.code()).isZero();
        assertThat(inv.count("SELECT count(*) FROM invoices")).isOne();
        assertThat(inv.count("SELECT count(*) FROM suppliers WHERE code = 'BETA'")).isOne();
    }

    @Test
    void optionsOfOneLineDoNotLeakIntoTheNext() {
        inv.ok("sell", "--item", A);
        InvRunner.Result r = inv.runWithInput("""
                track IPH15 --status sold --format csv
                track IPH15 --format csv
                restock IPAD --supplier ACME --unit X1 --cost 1
                restock IPAD --supplier ACME --unit X2
                """, "shell");
        assertThat(r.code()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.stream().filter(l -> l.startsWith("identifier,")).count()).isEqualTo(2);
        assertThat(lines.stream().filter(l -> l.startsWith(A)).count()).isEqualTo(2);
        assertThat(lines.stream().filter(l -> l.startsWith(B)).count()).isEqualTo(1);
        assertThat(inv.count("SELECT count(*) FROM serialized_items WHERE identifier = 'X2' AND cost IS NULL")).isOne();
    }

    @Test
    void shellOptionsAreTheDefaultsOfItsLines() {
        InvRunner.Result r = inv.runWithInput("sell --item " + A + "\n", "--actor", "till-2", "--format", "json",
                "shell");
        assertThat(r.code()).isZero();
        assertThat(FoundationCommandsTest.json(r.out()).get("invoice").asText()).isEqualTo("INV-000001");
        assertThat(inv.count("SELECT count(*) FROM invoices WHERE actor = 'till-2'")).isOne();
    }

    @Test
    void badLinesAreReportedWithTheirNumber() {
        assertThat(inv.runWithInput("sell --item 'unterminated\n", "shell").err())
                .isEqualTo("inv: line 1: unterminated single quote\n");
        assertThat(inv.runWithInput("shell\n", "shell").code()).isEqualTo(2);
        InvRunner.Result exit = inv.runWithInput("supplier create ONE\nexit\nsupplier create TWO\n", "shell");
        assertThat(exit.code()).isZero();
        assertThat(inv.count("SELECT count(*) FROM suppliers WHERE code IN ('ONE', 'TWO')")).isOne();
        assertThat(inv.runWithInput("restock IPH15 --bogus\n", "shell").err()).startsWith("inv: line 1: Unknown option");
    }

    // --- the REPL -----------------------------------------------------------------------------

    @Test
    void errorsDoNotEndTheSessionAndHistoryIsPrivate() throws Exception {
        String input = "product show NOPE\nsupplier list\nexit\n";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = repl(input, out, err);
        assertThat(code).isZero();
        assertThat(err.toString()).contains("inv: error: no product with SKU 'NOPE'");
        assertThat(out.toString()).contains("ACME");
        Path history = dir.resolve("state/inv/history");
        assertThat(history).exists();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(history)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(history)).contains("supplier list");
    }

    @Test
    void thePickerSellsTheChosenUnitAndRefusesAnIdentifierNotAmongThem() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = repl("sell --item IPH15\n999999999999999\n" + B + "\nexit\n", out, err);
        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(inv.count("SELECT count(*) FROM serialized_items WHERE status = 'sold' AND identifier = '" + B + "'"))
                .isOne();
        assertThat(out.toString()).contains("IMEI " + B);
    }

    private int repl(String input, StringWriter out, StringWriter err) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "dumb",
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            CommandLine cl = Cli.commandLine(new PrintWriter(out), new PrintWriter(err),
                    new Env(Map.copyOf(inv.env), inv.clock, false));
            cl.parseArgs("shell");
            int code = new Shell((InvCommand) cl.getCommand(), false, false).on(terminal).run();
            String shown = screen.toString(StandardCharsets.UTF_8);
            if (input.contains("999999999999999")) {
                assertThat(shown).contains("Available units of IPH15").contains("is not one of the 2 available units");
            }
            return code;
        }
    }

    // --- completion ---------------------------------------------------------------------------

    @Test
    void completesCommandsOptionsAndLiveValues() {
        inv.ok("sell", "--item", B);
        inv.ok("invoice", "show", "1");
        try (Database db = Database.open(inv.db)) {
            CommandLine cl = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    new Env(Map.of(), inv.clock, false));
            InvCompleter completer = new InvCompleter(cl, new CompletionService(new Session(db, "t", inv.clock)));
            assertThat(completer.candidates(List.of(), "re")).containsExactly("report", "restock", "return");
            assertThat(completer.candidates(List.of("track"), "IP")).containsExactly("IPAD", "IPH15");
            assertThat(completer.candidates(List.of("sell", "--item"), "3")).containsExactly(A);
            assertThat(completer.candidates(List.of("sell", "--item"), "IPH")).containsExactly("IPH15");
            assertThat(completer.candidates(List.of("return"), "")).containsExactly(B);
            assertThat(completer.candidates(List.of("unit", "route"), "")).containsExactly(A);
            assertThat(completer.candidates(List.of("restock", "IPH15", "--supplier"), "A")).containsExactly("ACME");
            assertThat(completer.candidates(List.of("invoice", "show"), "INV")).containsExactly("INV-000001");
            assertThat(completer.candidates(List.of("track", "--status"), "w")).containsExactly("with_supplier",
                    "written_off");
            assertThat(completer.candidates(List.of("unit", "route", A, "--to"), "")).containsExactly("available",
                    "defect", "with_supplier", "written_off");
            assertThat(completer.candidates(List.of("sell"), "--it")).containsExactly("--item");
            assertThat(completer.candidates(List.of("restock", "IPH15"), "--")).contains("--unit", "--supplier", "--db");
        }
    }
}
