package dev.inv.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Where a command's result goes: one JSON document, CSV, or a table and messages for people.
 * Informational lines are dropped by {@code -q}; results never are.
 */
final class Output {

    private final PrintWriter out;
    private final Format format;
    private final boolean quiet;
    private final boolean color;

    Output(PrintWriter out, Format format, boolean quiet, boolean color) {
        this.out = out;
        this.format = format;
        this.quiet = quiet;
        this.color = color;
    }

    Format format() {
        return format;
    }

    boolean quiet() {
        return quiet;
    }

    boolean isJson() {
        return format == Format.json;
    }

    boolean isCsv() {
        return format == Format.csv;
    }

    /** A line for people (table format only, not with -q). */
    void info(String line) {
        if (format == Format.table && !quiet) {
            out.println(line);
            out.flush();
        }
    }

    /** A line of the result itself, shown in table format even with -q. */
    void println(String line) {
        out.println(line);
        out.flush();
    }

    void json(Object document) {
        try {
            Json.MAPPER.writeValue(new NonClosing(out), document);
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void table(Table table) {
        table.print(out, color);
    }

    /** Starts a JSON document written row by row (for long lists). */
    JsonGenerator jsonGenerator() {
        try {
            return Json.MAPPER.getFactory().createGenerator(new NonClosing(out)).useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A CSV printer on stdout. Cells starting with {@code = + - @} get a leading quote character
     * ({@link #csvCell}) so a spreadsheet does not run them as formulas.
     */
    CSVPrinter csv(List<String> headers) {
        try {
            return new CSVPrinter(new NonClosing(out), CSVFormat.DEFAULT.builder()
                    .setHeader(headers.toArray(String[]::new)).setRecordSeparator('\n').get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell made safe for spreadsheets (formula injection) and written plainly otherwise. */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            return "'" + s;
        }
        return s;
    }

    /** Jackson and commons-csv close what they write to; stdout must stay open for the next line. */
    private static final class NonClosing extends java.io.Writer {
        private final PrintWriter w;

        NonClosing(PrintWriter w) {
            this.w = w;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            w.write(buf, off, len);
        }

        @Override
        public void flush() {
            w.flush();
        }

        @Override
        public void close() {
            w.flush();
        }
    }
}
