package dev.inv.cli;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;

/**
 * What a run of inv takes from its surroundings: environment variables, the clock, whether a
 * person sits at a terminal, and standard input. Tests build their own; {@link #system()} is the
 * real one.
 */
public record Env(Map<String, String> vars, Clock clock, boolean terminal, InputStream in) {

    public Env(Map<String, String> vars, Clock clock, boolean terminal) {
        this(vars, clock, terminal, InputStream.nullInputStream());
    }

    public static Env system() {
        return new Env(System.getenv(), Clock.systemUTC(), System.console() != null, System.in);
    }

    public String get(String name) {
        String v = vars.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
