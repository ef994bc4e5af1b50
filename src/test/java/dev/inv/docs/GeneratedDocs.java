package dev.inv.docs;

import dev.inv.cli.Cli;
import dev.inv.cli.Env;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Generates inv's man pages ({@code man/*.1}) and bash/zsh completion ({@code completions/inv.bash})
 * from the live picocli command model, so that they can never say something the code does not.
 *
 * <p>Man pages: picocli-codegen's {@link ManPageGenerator} writes one AsciiDoc page per visible
 * command of the tree (walked, never listed), tagged by section. A hand-written template
 * {@code src/docs/man-templates/NAME.adoc} may replace page NAME: it includes the generated
 * sections it wants ({@code include::{includedir}/NAME.adoc[tag=picocli-generated-man-section-...]})
 * around its own prose; {@code inv.adoc} does so for EXIT STATUS, ENVIRONMENT, FILES and EXAMPLES.
 * Pages without a template are the generated page plus a generated SEE ALSO section. AsciidoctorJ's
 * {@code manpage} backend then turns each into roff.
 *
 * <p>Completion: {@link AutoComplete#bash(String, CommandLine)}, whose script also loads in zsh.
 *
 * <p>This lives under {@code src/test} so that the shipped jar carries neither picocli-codegen nor
 * AsciidoctorJ (JRuby). {@link #REGENERATE} rewrites the files; {@code GeneratedDocsTest} without it
 * fails while the committed files differ from what the code generates. Output is deterministic: a
 * fixed usage width instead of the terminal's, a fixed date, and no path of the machine it ran on.
 */
public final class GeneratedDocs {

    /** The one command that rewrites {@code man/} and {@code completions/} from the code. */
    public static final String REGENERATE = "mvn -B -q test -Dtest=GeneratedDocsTest -Dinv.docs.write=true";

    /** System property that makes {@code GeneratedDocsTest} write the files instead of only checking them. */
    public static final String WRITE_PROPERTY = "inv.docs.write";

    /**
     * The date in every page's footer. A constant rather than today's date, which would make the
     * committed pages stale every day; move it forward with a release.
     */
    public static final String MAN_DATE = "2026-12-03";

    /** Width of synopsis lines and option tables, whatever terminal runs the generator. */
    static final int USAGE_WIDTH = 80;

    /** The folders whose every file is generated, relative to the project root. */
    public static final List<String> GENERATED_FOLDERS = List.of("man", "completions");

    /** Hand-written man page templates, relative to the project root. */
    public static final String TEMPLATES = "src/docs/man-templates";

    private static final Pattern SECTION_TITLE = Pattern.compile("(?m)^(==+)\\s+(.*?):?[ \\t]*$");

    private GeneratedDocs() {
    }

    /** Regenerates the files under the project root given as the only argument (default: "."). */
    public static void main(String[] args) throws IOException {
        Path project = Path.of(args.length > 0 ? args[0] : ".");
        for (String line : write(project, generate(project))) {
            System.out.println(line);
        }
    }

    /** The command tree exactly as {@code inv} builds it, with a fixed help width. */
    public static CommandLine commandLine() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        Env env = new Env(Map.of(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), false);
        CommandLine cl = Cli.commandLine(nowhere, nowhere, env);
        cl.setUsageHelpAutoWidth(false);
        cl.setUsageHelpWidth(USAGE_WIDTH);
        return cl;
    }

    /** Every command that gets a page: the root, then each visible subcommand, depth first. */
    public static List<CommandSpec> commands(CommandSpec root) {
        List<CommandSpec> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(CommandSpec spec, List<CommandSpec> all) {
        all.add(spec);
        for (CommandSpec child : children(spec)) {
            collect(child, all);
        }
    }

    /** Visible subcommands, each once (aliases share one spec), in declaration order. */
    static List<CommandSpec> children(CommandSpec spec) {
        return new LinkedHashSet<>(spec.subcommands().values()).stream()
                .map(CommandLine::getCommandSpec)
                .filter(s -> !s.usageMessage().hidden())
                .toList();
    }

    /** The page name of a command, e.g. {@code inv-product-create}, as ManPageGenerator names it. */
    public static String pageName(CommandSpec spec) {
        return spec.qualifiedName("-").replaceAll("\\s", "_");
    }

    /**
     * Everything generated, keyed by path relative to the project root ({@code man/inv.1},
     * {@code completions/inv.bash}), in a stable order. Reads the templates under {@code project}.
     */
    public static SortedMap<String, String> generate(Path project) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        files.putAll(manPages(project.resolve(TEMPLATES)));
        files.put("completions/inv.bash", AutoComplete.bash("inv", commandLine()));
        return files;
    }

    static SortedMap<String, String> manPages(Path templates) throws IOException {
        Path work = Files.createTempDirectory("inv-man-");
        try {
            Path generated = work.resolve("generated");
            CommandLine cl = commandLine();
            withoutInheritedUsageText(cl.getCommandSpec());
            int rc = ManPageGenerator.generateManPage(generated.toFile(), null, new boolean[0], false,
                    cl.getCommandSpec());
            if (rc != CommandLine.ExitCode.OK) {
                throw new IllegalStateException("picocli's ManPageGenerator failed with exit code " + rc);
            }
            Map<String, String> sources = new TreeMap<>();
            for (CommandSpec spec : commands(cl.getCommandSpec())) {
                String name = pageName(spec);
                Path page = generated.resolve(name + ".adoc");
                if (!Files.isRegularFile(page)) {
                    throw new IllegalStateException("ManPageGenerator wrote no page for " + spec.qualifiedName());
                }
                Files.writeString(page, tidy(Files.readString(page)));
                Path seeAlso = generated.resolve("see-also").resolve(name + ".adoc");
                Files.createDirectories(seeAlso.getParent());
                Files.writeString(seeAlso, seeAlso(spec));
                sources.put(name, "include::{includedir}/" + name + ".adoc[tag=picocli-generated-full-manpage]\n\n"
                        + "include::{includedir}/see-also/" + name + ".adoc[]\n");
            }
            for (Map.Entry<String, String> template : templates(templates).entrySet()) {
                if (!sources.containsKey(template.getKey())) {
                    throw new IllegalStateException(TEMPLATES + "/" + template.getKey()
                            + ".adoc is the template of a command that does not exist (pages: " + sources.keySet() + ")");
                }
                sources.put(template.getKey(), template.getValue());
            }
            return toRoff(sources, work, generated);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Drops the header and footer that a subcommand merely inherits from the root: the root's
     * {@code @Command(scope = INHERIT)} hands its header ("Inventory for serialized goods...") and
     * footer to every subcommand that sets none, and ManPageGenerator would then use that header as
     * every page's NAME line. Without it, NAME takes the first line of the command's description.
     */
    static void withoutInheritedUsageText(CommandSpec root) {
        UsageMessageSpec top = root.usageMessage();
        for (CommandSpec spec : commands(root)) {
            if (spec == root) {
                continue;
            }
            UsageMessageSpec usage = spec.usageMessage();
            if (Arrays.equals(usage.header(), top.header())) {
                usage.header(new String[0]);
            }
            if (Arrays.equals(usage.footer(), top.footer())) {
                usage.footer(new String[0]);
            }
        }
    }

    /** Section titles without picocli's trailing colon: "Examples:" reads "EXAMPLES" in a man page. */
    static String tidy(String asciidoc) {
        Matcher m = SECTION_TITLE.matcher(asciidoc);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + " " + m.group(2).strip()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** SEE ALSO: inv(1), the parent page, and the pages of the subcommands. */
    static String seeAlso(CommandSpec spec) {
        List<String> refs = new ArrayList<>();
        if (spec.parent() != null) {
            CommandSpec root = spec.root();
            refs.add(pageName(root));
            if (spec.parent() != root) {
                refs.add(pageName(spec.parent()));
            }
        }
        for (CommandSpec child : children(spec)) {
            refs.add(pageName(child));
        }
        if (refs.isEmpty()) {
            return "";
        }
        return "== See also\n\n" + refs.stream().map(r -> "*" + r + "*(1)").collect(Collectors.joining(", ")) + "\n";
    }

    /** The templates in {@code dir}, by page name. */
    static Map<String, String> templates(Path dir) throws IOException {
        Map<String, String> templates = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return templates;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".adoc")).sorted().toList()) {
                String name = f.getFileName().toString();
                templates.put(name.substring(0, name.length() - ".adoc".length()), Files.readString(f));
            }
        }
        return templates;
    }

    /** Converts each page to roff; any warning of Asciidoctor (a missing include, say) is an error. */
    private static SortedMap<String, String> toRoff(Map<String, String> sources, Path work, Path generated) {
        SortedMap<String, String> pages = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            for (Map.Entry<String, String> source : sources.entrySet()) {
                String name = source.getKey();
                LogHandler handler = (LogRecord r) -> {
                    if (r.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                        problems.add(name + ": " + r.getSeverity() + ": " + r.getMessage()
                                + (r.getCursor() != null ? " (line " + r.getCursor().getLineNumber() + ")" : ""));
                    }
                };
                asciidoctor.registerLogHandler(handler);
                try {
                    Attributes attributes = Attributes.builder()
                            .attribute("includedir", generated.toAbsolutePath().toString())
                            .attribute("docdate", MAN_DATE)
                            .attribute("revdate", MAN_DATE)
                            .build();
                    Options options = Options.builder()
                            .backend("manpage")
                            .docType("manpage")
                            .standalone(true)
                            .safe(SafeMode.SAFE)
                            .baseDir(work.toFile())
                            .attributes(attributes)
                            .build();
                    String roff = asciidoctor.convert(source.getValue(), options);
                    pages.put("man/" + name + ".1", roff.endsWith("\n") ? roff : roff + "\n");
                } finally {
                    asciidoctor.unregisterLogHandler(handler);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Asciidoctor reported problems:\n  " + String.join("\n  ", problems));
        }
        return pages;
    }

    /**
     * Writes {@code files} under {@code project} and deletes the files of {@link #GENERATED_FOLDERS}
     * that are no longer generated (a removed command's page). Returns what it did, one line each.
     */
    public static List<String> write(Path project, SortedMap<String, String> files) throws IOException {
        List<String> done = new ArrayList<>();
        for (String existing : existing(project)) {
            if (!files.containsKey(existing)) {
                Files.delete(project.resolve(existing));
                done.add("deleted " + existing);
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = project.resolve(f.getKey());
            if (Files.isRegularFile(target) && Files.readString(target).equals(f.getValue())) {
                continue;
            }
            done.add((Files.exists(target) ? "updated " : "created ") + f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
        }
        return done;
    }

    /**
     * How the files under {@code project} differ from {@code files}: one line per missing, stale
     * or no longer generated file; empty when they are current.
     */
    public static List<String> differences(Path project, SortedMap<String, String> files) throws IOException {
        List<String> problems = new ArrayList<>();
        TreeSet<String> existing = existing(project);
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (!existing.contains(f.getKey())) {
                problems.add(f.getKey() + " is missing");
                continue;
            }
            String committed = Files.readString(project.resolve(f.getKey()));
            if (!committed.equals(f.getValue())) {
                problems.add(f.getKey() + " is stale: " + firstDifference(committed, f.getValue()));
            }
        }
        for (String e : existing) {
            if (!files.containsKey(e)) {
                problems.add(e + " is no longer generated (its command is gone?) and should be deleted");
            }
        }
        return problems;
    }

    private static String firstDifference(String committed, String generated) {
        List<String> a = committed.lines().toList();
        List<String> b = generated.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "<end of file>";
            String y = i < b.size() ? b.get(i) : "<end of file>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + " is \"" + x + "\" but the code generates \"" + y + "\"";
            }
        }
        return "line endings differ";
    }

    /** Files now in the generated folders, relative to {@code project}, with '/' separators. */
    static TreeSet<String> existing(Path project) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        for (String folder : GENERATED_FOLDERS) {
            Path dir = project.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .map(p -> project.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"))
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
