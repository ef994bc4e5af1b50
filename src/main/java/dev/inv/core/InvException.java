package dev.inv.core;

import java.util.Comparator;
import java.util.List;

/**
 * The one exception type that reaches the command line: it carries the exit code and a message
 * meant for an operator, never a stack trace. A request refused for several reasons carries every
 * problem; the exit code is the one of highest precedence (see {@link ExitCode}).
 */
public class InvException extends RuntimeException {

    private final ExitCode exitCode;
    private final List<String> details;

    public InvException(ExitCode exitCode, String message) {
        this(exitCode, message, List.of(), null);
    }

    public InvException(ExitCode exitCode, String message, Throwable cause) {
        this(exitCode, message, List.of(), cause);
    }

    public InvException(ExitCode exitCode, String message, List<String> details, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.details = List.copyOf(details);
    }

    public static InvException notFound(String message) {
        return new InvException(ExitCode.NOT_FOUND, message);
    }

    public static InvException refused(String message) {
        return new InvException(ExitCode.REFUSED, message);
    }

    public static InvException usage(String message) {
        return new InvException(ExitCode.USAGE, message);
    }

    public static InvException invalid(String message) {
        return new InvException(ExitCode.INVALID_DATA, message);
    }

    /**
     * One exception for a list of problems: a single problem becomes the message itself; several
     * become a summary line with every problem as a detail, ordered by precedence.
     */
    public static InvException of(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        List<Problem> sorted = problems.stream()
                .sorted(Comparator.comparingInt(p -> p.code().precedence()))
                .toList();
        ExitCode code = sorted.get(0).code();
        if (sorted.size() == 1) {
            return new InvException(code, sorted.get(0).message());
        }
        return new InvException(code, sorted.size() + " problems, nothing written",
                sorted.stream().map(Problem::message).toList(), null);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public List<String> details() {
        return details;
    }
}
