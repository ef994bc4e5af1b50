package dev.inv.core;

/**
 * The documented exit codes (DESIGN.md, "Exit codes"). When a command is refused for several
 * reasons the one reported is the first of {@link #USAGE}, {@link #NOT_FOUND},
 * {@link #INVALID_DATA}, {@link #REFUSED} that applies: a caller fixes the command line before
 * the data, and the data before arguing with the inventory's rules.
 */
public enum ExitCode {
    OK(0, "ok"),
    INTERNAL(1, "internal"),
    USAGE(2, "usage"),
    NOT_FOUND(3, "not_found"),
    REFUSED(4, "refused"),
    INVALID_DATA(5, "invalid_data"),
    BUSY(6, "busy"),
    UNUSABLE(7, "database_unusable");

    private static final ExitCode[] PRECEDENCE = {USAGE, NOT_FOUND, INVALID_DATA, REFUSED};

    private final int code;
    private final String label;

    ExitCode(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** The snake_case name scripts see in a JSON error document. */
    public String label() {
        return label;
    }

    /** Lower rank wins when several problems are reported together. */
    public int precedence() {
        for (int i = 0; i < PRECEDENCE.length; i++) {
            if (PRECEDENCE[i] == this) {
                return i;
            }
        }
        return PRECEDENCE.length + ordinal();
    }
}
