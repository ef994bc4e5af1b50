package dev.inv.cli;

import dev.inv.core.ExitCode;
import dev.inv.core.InvException;
import dev.inv.service.CompletionService;
import dev.inv.service.Session;
import dev.inv.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/**
 * One shell session: the inventory opened once, one command tree reused for every line (building
 * it per line would cost more than most commands), and the lines read from a terminal (the REPL)
 * or from standard input (script mode).
 */
final class Shell {

    private final InvCommand outer;
    private final boolean keepGoing;
    private final boolean atomic;
    private final PrintWriter out;
    private final PrintWriter err;
    private Terminal terminal;

    Shell(InvCommand outer, boolean keepGoing, boolean atomic) {
        this.outer = outer;
        this.keepGoing = keepGoing;
        this.atomic = atomic;
        this.out = outer.spec.commandLine().getOut();
        this.err = outer.spec.commandLine().getErr();
    }

    /** Uses this terminal instead of the system's (tests drive the REPL through one). */
    Shell on(Terminal t) {
        this.terminal = t;
        return this;
    }

    int run() throws IOException {
        Env env = outer.env();
        try (Database db = Database.open(outer.databasePath())) {
            CommandLine lines = Cli.commandLine(out, err, env);
            InvCommand lineRoot = (InvCommand) lines.getCommand();
            if (terminal != null || env.terminal()) {
                return interactive(db, lines, lineRoot);
            }
            lineRoot.shareWith(db, null, outer);
            return script(db, lines, lineRoot,
                    new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8)));
        }
    }

    /** Script mode: one command per line, stopping at the first failure unless --keep-going. */
    private int script(Database db, CommandLine lines, InvCommand lineRoot, BufferedReader in) throws IOException {
        int first = 0;
        int lineNo = 0;
        if (atomic) {
            db.beginOuter();
        }
        boolean committed = false;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                int code = runLine(lines, lineRoot, line, lineNo);
                if (code < 0) {
                    break; // exit
                }
                if (code != 0 && first == 0) {
                    first = code;
                }
                if (code != 0 && !keepGoing) {
                    break;
                }
            }
            if (atomic) {
                if (first == 0) {
                    db.commitOuter();
                    committed = true;
                } else {
                    err.println("inv: --atomic: a line failed; the whole script was rolled back, nothing written");
                }
            }
        } finally {
            if (atomic && !committed) {
                db.rollbackOuter();
            }
            err.flush();
            out.flush();
        }
        return first;
    }

    /** The REPL: history, completion, the picker through the line reader; errors never end it. */
    private int interactive(Database db, CommandLine lines, InvCommand lineRoot) throws IOException {
        Terminal t = terminal != null ? terminal : TerminalBuilder.builder().system(true).build();
        try {
            Session completionSession = new Session(db, outer.actorName(), outer.env().clock());
            LineReaderBuilder builder = LineReaderBuilder.builder().terminal(t).appName("inv")
                    .completer(new InvCompleter(lines, new CompletionService(completionSession)));
            Path history = historyFile();
            if (history != null) {
                builder.variable(LineReader.HISTORY_FILE, history);
            }
            LineReader reader = builder.build();
            LineReader pickerReader = LineReaderBuilder.builder().terminal(t).appName("inv-picker").build();
            lineRoot.shareWith(db, new ConsolePicker(new ConsolePicker.Prompter() {
                @Override
                public PrintWriter writer() {
                    return t.writer();
                }

                @Override
                public String readLine(String prompt) {
                    try {
                        return pickerReader.readLine(prompt);
                    } catch (UserInterruptException | EndOfFileException e) {
                        return null;
                    }
                }
            }), outer);
            out.println("inv shell on " + db.path() + " (Tab completes, Ctrl-D or 'exit' leaves)");
            out.flush();
            while (true) {
                String line;
                try {
                    line = reader.readLine("inv> ");
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C cancels the line
                } catch (EndOfFileException e) {
                    break; // Ctrl-D leaves
                }
                if (runLine(lines, lineRoot, line, 0) < 0) {
                    break;
                }
            }
            if (history != null) {
                reader.getHistory().save();
            }
            return 0;
        } finally {
            if (terminal == null) {
                t.close();
            }
        }
    }

    /**
     * Runs one line; returns its exit code, or -1 for {@code exit}/{@code quit}. In script mode
     * ({@code lineNo > 0}) an error is reported as {@code inv: line N: ...}.
     */
    private int runLine(CommandLine lines, InvCommand lineRoot, String line, int lineNo) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return 0;
        }
        List<String> words;
        try {
            words = Words.split(text);
        } catch (InvException e) {
            report(lineNo, "inv: error: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (!words.isEmpty() && words.get(0).equals("inv")) {
            words = words.subList(1, words.size());
        }
        if (words.isEmpty()) {
            return 0;
        }
        if (words.size() == 1 && (words.get(0).equals("exit") || words.get(0).equals("quit"))) {
            return -1;
        }
        if (words.get(0).equals("shell")) {
            report(lineNo, "inv: error: the shell cannot run inside the shell");
            return ExitCode.USAGE.code();
        }
        StringWriter captured = new StringWriter();
        lines.setErr(new PrintWriter(captured));
        int code;
        try {
            code = lines.execute(words.toArray(String[]::new));
        } finally {
            lineRoot.close();
            lines.setErr(err);
        }
        for (String e : captured.toString().lines().toList()) {
            report(lineNo, e);
        }
        out.flush();
        return code;
    }

    private void report(int lineNo, String message) {
        if (lineNo > 0 && message.startsWith("inv: error: ")) {
            err.println("inv: line " + lineNo + ": " + message.substring("inv: error: ".length()));
        } else {
            err.println(message);
        }
        err.flush();
    }

    /** {@code $XDG_STATE_HOME/inv/history} (default ~/.local/state/inv/history), created 0600. */
    private Path historyFile() {
        Env env = outer.env();
        String state = env.get("XDG_STATE_HOME");
        String home = env.get("HOME") != null ? env.get("HOME") : System.getProperty("user.home");
        Path file = (state != null ? Path.of(state) : Path.of(home, ".local", "state")).resolve("inv").resolve("history");
        try {
            if (!Files.exists(file)) {
                Database.createPrivateDirectories(file.getParent());
                Database.createPrivateFile(file);
            }
            return file;
        } catch (IOException e) {
            err.println("inv: warning: no history: cannot create " + file + ": " + e.getMessage());
            return null;
        }
    }
}
