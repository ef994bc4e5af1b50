package dev.inv.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.inv.core.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The man pages and the completion script in the repository are what the current code generates
 * ({@link GeneratedDocs}). With {@code -Dinv.docs.write=true} the first test rewrites them instead:
 * {@value GeneratedDocs#REGENERATE}.
 */
class GeneratedDocsTest {

    /** Relative to the working directory, which is the project root under Maven surefire. */
    private static final Path PROJECT = Path.of("");

    /** The function that picocli's script registers with {@code complete -F} for inv. */
    private static final String COMPLETION_FUNCTION = "_complete_inv";

    private static SortedMap<String, String> generated;

    @BeforeAll
    static void generateOnce() throws IOException {
        generated = GeneratedDocs.generate(PROJECT);
    }

    @Test
    void committedManPagesAndCompletionsAreWhatTheCodeGenerates() throws IOException {
        if (Boolean.getBoolean(GeneratedDocs.WRITE_PROPERTY)) {
            List<String> done = GeneratedDocs.write(PROJECT, generated);
            System.out.println("GeneratedDocs: " + (done.isEmpty() ? "man/ and completions/ were current"
                    : String.join(", ", done)));
        }
        List<String> problems = GeneratedDocs.differences(PROJECT, generated);
        assertThat(problems).withFailMessage("man/ or completions/ do not match the command model:%n  %s%n"
                        + "Regenerate them with:%n  %s%nand commit the result.",
                String.join("\n  ", problems), GeneratedDocs.REGENERATE).isEmpty();
    }

    @Test
    void everyCommandOfTheTreeHasItsOwnPage() {
        List<String> expected = GeneratedDocs.commands(GeneratedDocs.commandLine().getCommandSpec()).stream()
                .map(s -> "man/" + GeneratedDocs.pageName(s) + ".1").sorted().toList();
        List<String> pages = generated.keySet().stream().filter(k -> k.startsWith("man/")).toList();
        assertThat(pages).containsExactlyElementsOf(expected)
                .contains("man/inv.1", "man/inv-init.1", "man/inv-product.1", "man/inv-product-create.1",
                        "man/inv-sell.1", "man/inv-report-cogs.1");
        assertThat(generated.get("man/inv-product-create.1"))
                .startsWith("'\\\" t")
                .contains(".TH \"INV\\-PRODUCT\\-CREATE\" \"1\" \"" + GeneratedDocs.MAN_DATE + "\"")
                .contains("inv-product-create \\- Create a product, or a variant of one.")
                .contains(".SH \"SYNOPSIS\"", ".SH \"OPTIONS\"", ".SH \"EXAMPLES\"", ".SH \"SEE ALSO\"")
                .contains("\\-\\-variant\\-of");
    }

    @Test
    void invPageDocumentsExitStatusEnvironmentFilesAndExamples() {
        String page = generated.get("man/inv.1");
        assertThat(page).contains(".SH \"NAME\"", ".SH \"SYNOPSIS\"", ".SH \"OPTIONS\"", ".SH \"COMMANDS\"",
                ".SH \"EXIT STATUS\"", ".SH \"ENVIRONMENT\"", ".SH \"FILES\"", ".SH \"EXAMPLES\"", ".SH \"SEE ALSO\"");
        String exitStatus = section(page, "EXIT STATUS");
        for (ExitCode code : ExitCode.values()) {
            assertThat(exitStatus).as("exit code %s in EXIT STATUS", code)
                    .contains("\\fB" + code.code() + "\\fP")
                    .contains(code.code() == 0 ? "Success" : "\\fB" + code.label() + "\\fP");
        }
        assertThat(section(page, "ENVIRONMENT")).contains("INV_DB", "INV_ACTOR", "USER", "XDG_DATA_HOME",
                "XDG_STATE_HOME", "NO_COLOR", "JAVA_HOME", "JAVA_OPTS");
        assertThat(section(page, "FILES")).contains("~/.local/share/inv/inventory.db", "inv/history", "0600", "0700");
    }

    @Test
    void generatedFilesCarryNoPathOfThisMachine() {
        String here = PROJECT.toAbsolutePath().toString();
        String home = System.getProperty("user.home");
        generated.forEach((file, text) -> assertThat(text).as(file)
                .doesNotContain(here).doesNotContain(home + "/").doesNotContain("inv-man-"));
    }

    /** Every example in a footer or a template is a command line that inv accepts. */
    @Test
    void everyExampleIsACommandLineInvAccepts() throws IOException {
        List<String> examples = new ArrayList<>();
        for (CommandSpec spec : GeneratedDocs.commands(GeneratedDocs.commandLine().getCommandSpec())) {
            examples.addAll(Examples.commandLines(List.of(spec.usageMessage().footer())));
        }
        for (String template : GeneratedDocs.templates(PROJECT.resolve(GeneratedDocs.TEMPLATES)).values()) {
            examples.addAll(Examples.commandLines(Examples.listingLines(template)));
        }
        assertThat(examples).hasSizeGreaterThan(20);
        List<String> rejected = new ArrayList<>();
        for (String example : examples) {
            for (List<String> args : Examples.invCommands(example)) {
                try {
                    GeneratedDocs.commandLine().parseArgs(args.toArray(String[]::new));
                } catch (ParameterException e) {
                    rejected.add(example + "\n    -> " + e.getMessage());
                }
            }
        }
        assertThat(rejected).withFailMessage("examples inv would refuse:%n  %s", String.join("\n  ", rejected))
                .isEmpty();
    }

    @Test
    void completionScriptCompletesSubcommandsInBash(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("inv.bash");
        Files.writeString(script, generated.get("completions/inv.bash"));
        assertThat(complete(script, "inv", "re")).containsExactlyInAnyOrder("restock", "return", "report");
        assertThat(complete(script, "inv", "product", "c")).containsExactly("create");
        assertThat(complete(script, "inv", "report", "")).containsExactlyInAnyOrder("valuation", "cogs");
        assertThat(complete(script, "inv", "track", "--sup")).containsExactly("--supplier");
    }

    /** What bash offers after sourcing {@code script} for the words, the last one being typed. */
    private static List<String> complete(Path script, String... words) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run the completion script");
        List<String> command = new ArrayList<>(List.of("/bin/bash", "--norc", "--noprofile", "-c",
                "source \"$1\" || exit 9; shift\n"
                        + "COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}\n"
                        + COMPLETION_FUNCTION + " 2>/dev/null || exit 8\n"
                        + "printf '%s\\n' \"${COMPREPLY[@]}\"",
                "complete", script.toString()));
        command.addAll(List.of(words));
        Process proc = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(proc.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(proc.exitValue()).as("bash completing '%s':%n%s", String.join(" ", words), out).isZero();
        return out.lines().filter(s -> !s.isBlank()).map(String::strip).collect(Collectors.toList());
    }

    /** The body of a man page section, from its .SH line to the next one. */
    private static String section(String roff, String title) {
        int start = roff.indexOf(".SH \"" + title + "\"");
        assertThat(start).as("section %s", title).isNotNegative();
        int end = roff.indexOf("\n.SH ", start + 1);
        return roff.substring(start, end < 0 ? roff.length() : end);
    }
}
