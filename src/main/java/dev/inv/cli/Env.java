package dev.inv.cli;

import java.time.Clock;
import java.util.Map;

/**
 * What a run of inv takes from its surroundings: environment variables, the clock, and whether a
 * person sits at a terminal. Tests build their own; {@link #system()} is the real one.
 */
public record Env(Map<String, String> vars, Clock clock, boolean terminal) {

    public static Env system() {
        return new Env(System.getenv(), Clock.systemUTC(), System.console() != null);
    }

    public String get(String name) {
        String v = vars.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
