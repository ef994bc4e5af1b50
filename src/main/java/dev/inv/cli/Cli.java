package dev.inv.cli;

import dev.inv.core.ExitCode;
import dev.inv.core.InvException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one factory of the command tree, used by {@link Main}, the tests and the REPL: everything
 * a command prints goes to the given writers. Errors become one line on stderr (or a JSON error
 * document with {@code --format json}) and the documented exit code, never a stack trace unless
 * {@code --stacktrace} asks for it.
 */
public final class Cli {

    private Cli() {
    }

    /**
     * The commands under {@code inv}, in the order help lists them. They are added here rather
     * than in the root's annotation so that a single command line builds only the command it
     * runs: picocli reads every annotated class of the tree when it builds it, and for the whole
     * tree that costs more start-up time than most commands take to run.
     */
    static final Map<String, Class<?>> COMMANDS = commands(
            "init", InitCommand.class, "product", ProductCommand.class, "supplier", SupplierCommand.class,
            "restock", RestockCommand.class, "track", TrackCommand.class, "sell", SellCommand.class,
            "return", ReturnCommand.class, "unit", UnitCommand.class, "invoice", InvoiceCommand.class,
            "expense", ExpenseCommand.class, "report", ReportCommand.class, "demo", DemoCommand.class,
            "shell", ShellCommand.class, "db", DbCommand.class, "import", ImportCommand.class);

    /** Global options that take a value, to find the subcommand among the arguments. */
    private static final List<String> GLOBAL_WITH_VALUE = List.of("--db", "--format", "--actor");

    /** Builds the whole command tree writing to {@code out} and {@code err} (the shell, help, docs). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env) {
        return commandLine(out, err, env, COMMANDS.keySet());
    }

    /**
     * Builds the tree for one command line: only the subcommand {@code args} names when there is
     * one, else all of them (for help and for "did you mean" suggestions).
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env, String[] args) {
        String name = subcommandName(args);
        if (name == null && (List.of(args).contains("--version") || List.of(args).contains("-V"))) {
            return commandLine(out, err, env, List.of());
        }
        return commandLine(out, err, env, name != null && COMMANDS.containsKey(name) ? List.of(name)
                : COMMANDS.keySet());
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env, Collection<String> names) {
        InvCommand root = new InvCommand(env);
        CommandLine cl = new CommandLine(root);
        for (String name : names) {
            cl.addSubcommand(name, COMMANDS.get(name));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(executionHandler(root));
        cl.setParameterExceptionHandler(parameterHandler(root));
        cl.setExitCodeExceptionMapper(t -> t instanceof InvException e ? e.exitCode().code() : ExitCode.INTERNAL.code());
        return cl;
    }

    /** The first argument that is not a global option or its value: the subcommand, if any. */
    static String subcommandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (GLOBAL_WITH_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    /**
     * Name and class pairs. The names are written out rather than read from each class's
     * {@code @Command}: reading an annotation loads every class it names, the whole tree again
     * (CliTest checks that the names agree).
     */
    private static Map<String, Class<?>> commands(Object... pairs) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Class<?>) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Runs one command line to its exit code, closing the database it opened. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Env env) {
        CommandLine cl = commandLine(out, err, env, args);
        try {
            return cl.execute(args);
        } finally {
            ((InvCommand) cl.getCommand()).close();
            out.flush();
            err.flush();
        }
    }

    private static IExecutionExceptionHandler executionHandler(InvCommand root) {
        return (Exception ex, CommandLine cl, ParseResult parsed) -> {
            PrintWriter err = cl.getErr();
            if (ex instanceof InvException e) {
                printError(root, err, e.exitCode(), e.getMessage(), e.details());
                if (root.stacktrace()) {
                    e.printStackTrace(err);
                }
                err.flush();
                return e.exitCode().code();
            }
            printError(root, err, ExitCode.INTERNAL, "internal error: " + ex
                    + (root.stacktrace() ? "" : " (run again with --stacktrace for details)"), List.of());
            if (root.stacktrace()) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCode.INTERNAL.code();
        };
    }

    private static IParameterExceptionHandler parameterHandler(InvCommand root) {
        return (ParameterException ex, String[] args) -> {
            CommandLine cl = ex.getCommandLine();
            PrintWriter err = cl.getErr();
            String message = ex.getMessage();
            if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                message += "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
            }
            boolean json = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--format=json") || (args[i].equals("--format") && i + 1 < args.length
                        && args[i + 1].equalsIgnoreCase("json"))) {
                    json = true;
                }
            }
            if (json) {
                writeJsonError(err, ExitCode.USAGE, message, List.of());
            } else {
                err.println("inv: error: " + message);
                err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
            }
            err.flush();
            return ExitCode.USAGE.code();
        };
    }

    static void printError(InvCommand root, PrintWriter err, ExitCode code, String message, List<String> details) {
        if (root.format() == Format.json) {
            writeJsonError(err, code, message, details);
            return;
        }
        err.println("inv: error: " + message);
        for (String d : details) {
            err.println("  - " + d);
        }
    }

    private static void writeJsonError(PrintWriter err, ExitCode code, String message, List<String> details) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code.label());
        error.put("message", message);
        error.put("details", details);
        try {
            StringWriter w = new StringWriter();
            Json.MAPPER.writeValue(w, Map.of("error", error));
            err.println(w);
        } catch (java.io.IOException e) {
            err.println("inv: error: " + message);
        }
    }
}
