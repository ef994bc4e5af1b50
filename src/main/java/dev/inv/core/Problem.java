package dev.inv.core;

/** One thing wrong with a request, with the exit code it calls for. */
public record Problem(ExitCode code, String message) {

    public static Problem usage(String message) {
        return new Problem(ExitCode.USAGE, message);
    }

    public static Problem notFound(String message) {
        return new Problem(ExitCode.NOT_FOUND, message);
    }

    public static Problem invalid(String message) {
        return new Problem(ExitCode.INVALID_DATA, message);
    }

    public static Problem refused(String message) {
        return new Problem(ExitCode.REFUSED, message);
    }
}
