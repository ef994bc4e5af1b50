package dev.inv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of DESIGN.md "Layout" (cli -> service -> (store, csv) -> core, core on
 * the JDK only), checked over the imports and fully-qualified names of every main source file.
 */
class ArchitectureTest {

    /** Relative to the working directory, which is the project root under Maven surefire. */
    private static final Path SOURCES = Paths.get("src", "main", "java", "dev", "inv");

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.\\s]+?)\\s*;");
    private static final Pattern IMPORT =
            Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.\\s]+?(?:\\.\\s*\\*)?)\\s*;");
    /** Fully-qualified names of libraries a JDK-only layer may not use, outside import lines. */
    private static final Pattern LIBRARY_NAME =
            Pattern.compile("(?<![\\w.])(?:javax|jakarta|org|com|picocli)\\s*\\.\\s*[A-Za-z_]\\w*\\s*\\.");

    /** What one layer (a folder under dev/inv) may not depend on. */
    record Rule(String layer, List<String> forbiddenLayers, boolean jdkOnly) {

        Pattern forbiddenName() {
            return Pattern.compile("(?<![\\w.])dev\\s*\\.\\s*inv\\s*\\.\\s*(" + String.join("|", forbiddenLayers)
                    + ")\\b");
        }
    }

    private static final Rule CORE = new Rule("core", List.of("store", "cli", "csv", "service"), true);
    private static final Rule STORE = new Rule("store", List.of("cli", "service"), false);
    private static final Rule CSV = new Rule("csv", List.of("cli", "service"), false);
    private static final Rule SERVICE = new Rule("service", List.of("cli"), false);

    @Test
    void findsTheSourcesItChecks() {
        assertThat(SOURCES).as("run from the project root; %s", SOURCES.toAbsolutePath()).isDirectory();
        assertThat(javaFiles("core")).as("files in dev/inv/core").hasSizeGreaterThanOrEqualTo(5);
        assertThat(javaFiles("store")).as("files in dev/inv/store").isNotEmpty();
        assertThat(javaFiles("service")).as("files in dev/inv/service").isNotEmpty();
    }

    @Test
    void everyFileDeclaresThePackageOfItsFolder() {
        List<String> wrong = new ArrayList<>();
        for (Path file : javaFiles("")) {
            String folder = SOURCES.relativize(file.getParent()).toString()
                    .replace(file.getFileSystem().getSeparator(), ".");
            String expected = folder.isEmpty() ? "dev.inv" : "dev.inv." + folder;
            Matcher m = PACKAGE.matcher("");
            String declared = null;
            for (String line : blankCommentsAndStrings(read(file)).split("\n")) {
                if (m.reset(line).find()) {
                    declared = m.group(1).replaceAll("\\s", "");
                    break;
                }
            }
            if (!expected.equals(declared)) {
                wrong.add(file + ": declares package " + declared + ", expected " + expected);
            }
        }
        assertThat(wrong).withFailMessage("files whose package does not match their folder:%n%s",
                String.join("\n", wrong)).isEmpty();
    }

    @Test
    void coreDependsOnTheJdkOnly() {
        assertNoViolations(CORE);
    }

    @Test
    void storeDoesNotDependOnServiceOrCli() {
        assertNoViolations(STORE);
    }

    @Test
    void csvDoesNotDependOnServiceOrCli() {
        assertNoViolations(CSV);
    }

    @Test
    void serviceDoesNotDependOnCli() {
        assertNoViolations(SERVICE);
    }

    @Test
    void checkerFlagsImportsAndQualifiedNamesButNotCommentsOrStrings() {
        String source = String.join("\n",
                "package dev.inv.core;",                                     // 1
                "import java.util.List;",                                    // 2
                "import org.apache.commons.csv.CSVFormat;",                  // 3
                "import static dev.inv.cli.Main.run;",                       // 4
                "/** See {@link dev.inv.cli.Main} and org.sqlite.X. */",     // 5
                "class X {",                                                 // 6
                "  // dev.inv.store.Database is not used here",              // 7
                "  String s = \"dev.inv.service.Foo\";",                     // 8
                "  Object o = new dev.inv.store.Database();",                // 9
                "  String t = \"\"\"",                                       // 10
                "      dev.inv.cli.Main \\\"\"\" still text",                // 11
                "      \"\"\"; char c = '\"';",                              // 12
                "  Object d = new java.util.ArrayList<dev.inv.core.Money>();",   // 13
                "  Object p = dev . inv . service.Session.class;",           // 14
                "  Object q = com.fasterxml.jackson.databind.ObjectMapper.class;", // 15
                "}");

        List<String> found = violations(Paths.get("Example.java"), source, CORE);

        assertThat(found).extracting(v -> v.split(":")[1]).containsExactly("3", "4", "9", "14", "15");
        assertThat(found.get(0)).contains("Example.java:3:", "import org.apache.commons.csv.CSVFormat;");
        assertThat(violations(Paths.get("Ok.java"), source.replace("dev.inv.", "dev.inv.core.x."), SERVICE))
                .isEmpty();
    }

    private static void assertNoViolations(Rule rule) {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(rule.layer())) {
            found.addAll(violations(file, read(file), rule));
        }
        assertThat(found).withFailMessage("dev.inv.%s may not depend on %s%s; offending lines:%n%s",
                rule.layer(), String.join(", ", rule.forbiddenLayers()),
                rule.jdkOnly() ? " nor anything outside java.*" : "", String.join("\n", found)).isEmpty();
    }

    /** Each offending line of {@code source} as {@code file:line: text -> reason}. */
    static List<String> violations(Path file, String source, Rule rule) {
        String[] code = blankCommentsAndStrings(source).split("\n", -1);
        String[] original = source.split("\n", -1);
        Pattern forbidden = rule.forbiddenName();
        String own = "dev.inv." + rule.layer() + ".";
        List<String> found = new ArrayList<>();
        for (int i = 0; i < code.length; i++) {
            List<String> reasons = new ArrayList<>();
            Matcher imp = IMPORT.matcher(code[i]);
            boolean isImport = imp.find();
            if (isImport && rule.jdkOnly()) {
                String target = imp.group(1).replaceAll("\\s", "");
                if (!target.startsWith("java.") && !target.startsWith(own)) {
                    reasons.add("imports " + target + ", outside java.*");
                }
            }
            Matcher name = forbidden.matcher(code[i]);
            while (name.find()) {
                reasons.add("refers to dev.inv." + name.group(1));
            }
            if (!isImport && rule.jdkOnly()) {
                Matcher library = LIBRARY_NAME.matcher(code[i]);
                while (library.find()) {
                    reasons.add("refers to " + library.group().replaceAll("\\s", "") + "..., outside java.*");
                }
            }
            if (!reasons.isEmpty()) {
                found.add(file + ":" + (i + 1) + ": " + original[i].strip() + " -> " + String.join("; ", reasons));
            }
        }
        return found;
    }

    /**
     * {@code source} with comments, string, character and text-block literals replaced by spaces,
     * newlines kept, so that line numbers still match and only code is searched.
     */
    static String blankCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int n = source.length();
        int i = 0;
        while (i < n) {
            char c = source.charAt(i);
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int j = i + 3;
                while (j < n && !source.startsWith("\"\"\"", j)) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                end = Math.min(n, j + 3);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                end = Math.min(n, j + 1);
            } else {
                out.append(c);
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(source.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** The .java files under dev/inv/{layer}, or under dev/inv for an empty layer. */
    private static List<Path> javaFiles(String layer) {
        Path root = layer.isEmpty() ? SOURCES : SOURCES.resolve(layer);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
