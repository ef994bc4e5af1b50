package dev.inv.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file, one at a time, blank ones skipped: nothing is kept once returned, so a
 * file of any size reads in the same memory.
 */
public final class CsvRows implements AutoCloseable {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    /** Line breaks consumed before the record being read: its first line is this plus one. */
    private long linesBefore;

    CsvRows(Reader reader, CsvDialect dialect) throws IOException {
        // Empty lines are kept (not ignored) so that the parser counts them and every record
        // knows its physical line; blank rows are skipped here instead. Spaces around a quoted
        // cell are dropped, so that `356938035643809, "1,412.37"` reads as two cells.
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(dialect.delimiter())
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        this.records = parser.iterator();
    }

    /**
     * The next row that holds anything, or null at the end of the file.
     *
     * @throws CsvSyntaxException where the file stops being readable CSV
     */
    public CsvRow next() {
        while (true) {
            long start = linesBefore + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw syntax(start, e.getCause());
            } catch (IllegalStateException e) {
                throw syntax(start, e.getCause() != null ? e.getCause() : e);
            }
            linesBefore = parser.getCurrentLineNumber();
            CsvRow row = new CsvRow(start, List.of(record.values()));
            if (!row.isBlank()) {
                return row;
            }
        }
    }

    private static CsvSyntaxException syntax(long line, Throwable cause) {
        if (cause instanceof CharacterCodingException) {
            return new CsvSyntaxException(line, "the file holds bytes that are not UTF-8 text at or after this line;"
                    + " save it as \"CSV UTF-8\"", cause);
        }
        String message = cause == null || cause.getMessage() == null ? "unreadable CSV" : cause.getMessage();
        if (message.contains("EOF reached before encapsulated token finished")) {
            message = "a quoted cell starting here is never closed (a \" is missing)";
        } else if (message.contains("invalid char between encapsulated token and delimiter")) {
            message = "text after the closing quote of a quoted cell; write \"\" for a quote inside quotes";
        }
        return new CsvSyntaxException(line, message, cause);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
