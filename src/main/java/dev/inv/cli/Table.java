package dev.inv.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table for people: padded columns two spaces apart, numbers and money right
 * aligned, an empty cell shown as '-'. Headers are bold only when colour is on.
 */
final class Table {

    /** A column: its header and whether its cells align right (money, counts). */
    record Column(String header, boolean right) {
        static Column left(String header) {
            return new Column(header, false);
        }

        static Column right(String header) {
            return new Column(header, true);
        }
    }

    private final List<Column> columns;
    private final List<String[]> rows = new ArrayList<>();

    Table(Column... columns) {
        this.columns = List.of(columns);
    }

    Table row(Object... cells) {
        String[] r = new String[columns.size()];
        for (int i = 0; i < r.length; i++) {
            Object cell = i < cells.length ? cells[i] : null;
            r[i] = cell == null || cell.toString().isEmpty() ? "-" : oneLine(cell.toString());
        }
        rows.add(r);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out, boolean color) {
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).header().length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        String[] headers = columns.stream().map(Column::header).toArray(String[]::new);
        String header = line(headers, width);
        out.println(color ? "\u001b[1m" + header + "\u001b[0m" : header);
        for (String[] r : rows) {
            out.println(line(r, width));
        }
        out.flush();
    }

    private String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append("  ");
            }
            String pad = " ".repeat(width[i] - cells[i].length());
            b.append(columns.get(i).right() ? pad + cells[i] : cells[i] + pad);
        }
        return b.toString().stripTrailing();
    }

    /** Control characters in stored text must not move the cursor or break a row. */
    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        return b.toString();
    }
}
