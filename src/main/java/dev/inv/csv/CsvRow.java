package dev.inv.csv;

import java.util.List;

/**
 * One record of a CSV file: the physical line it starts on (the first line is 1, so a header is
 * line 1 and error messages point where an editor shows the row) and its cells as written, quotes
 * removed.
 */
public record CsvRow(long line, List<String> cells) {

    /** The cell at {@code index}, stripped, or "" when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    /**
     * How many cells the row really has: trailing empty cells do not count, since spreadsheets
     * pad every row to the widest one ({@code 356938035643809,412.37,,}).
     */
    public int width() {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isBlank()) {
            n--;
        }
        return n;
    }

    /** Whether every cell is empty: a blank line or an empty spreadsheet row. */
    public boolean isBlank() {
        return width() == 0;
    }
}
