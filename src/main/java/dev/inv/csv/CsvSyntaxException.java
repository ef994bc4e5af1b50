package dev.inv.csv;

/**
 * A file that cannot be read on as CSV from some line on: a quoted cell never closed, or bytes
 * that are not UTF-8. Reading stops there; the line is where the trouble was found.
 */
public final class CsvSyntaxException extends RuntimeException {

    private final long line;

    public CsvSyntaxException(long line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
