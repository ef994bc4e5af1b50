package dev.inv.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The program's entry point: runs one command line and exits with its code. */
public final class Main {

    private Main() {
    }

    /**
     * sqlite-jdbc logs through java.util.logging when it falls back from the native library the
     * launcher offers (missing or unloadable) to the one in the jar; the fallback is fine and the
     * stack trace it logs is not for operators. Held here so the setting is not garbage-collected.
     */
    private static final Logger SQLITE_LOG = Logger.getLogger("org.sqlite");

    public static void main(String[] args) {
        SQLITE_LOG.setLevel(Level.OFF);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(Cli.run(args, out, err, Env.system()));
    }
}
