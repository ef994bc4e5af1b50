package dev.inv.csv;

import dev.inv.core.Money;

/**
 * How a spreadsheet export separates its cells, found from its first line that holds anything:
 * a semicolon there means semicolon-separated cells and decimal commas (what spreadsheets write
 * in locales whose decimal mark is a comma), else a tab means tab-separated, else commas.
 */
public record CsvDialect(char delimiter, boolean decimalComma) {

    public static final CsvDialect COMMA = new CsvDialect(',', false);
    public static final CsvDialect SEMICOLON = new CsvDialect(';', true);
    public static final CsvDialect TAB = new CsvDialect('\t', false);

    private static final long[] POWERS = {1, 10, 100, 1000, 10000};

    /** The dialect of a file whose first non-blank line is {@code firstLine} (null: an empty file). */
    public static CsvDialect detect(String firstLine) {
        if (firstLine == null) {
            return COMMA;
        }
        if (firstLine.indexOf(';') >= 0) {
            return SEMICOLON;
        }
        if (firstLine.indexOf('\t') >= 0) {
            return TAB;
        }
        return COMMA;
    }

    /**
     * Whether a physical line holds nothing to read: only whitespace and separators, as the empty
     * rows of a spreadsheet export ({@code ,,,}) do.
     */
    public static boolean isBlankLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (!Character.isWhitespace(ch) && ch != ',' && ch != ';') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses an amount cell: {@code 412.37}, {@code $412.37}, {@code 1,412.37}, and in a
     * semicolon file also {@code 412,37} and {@code 1.412,37}. A semicolon file may still write
     * decimal points (scripts often do), so there a cell without a comma is read with a decimal
     * point and one with a comma with a decimal comma. An ambiguous {@code 1.412} then fails on its
     * three decimals rather than being taken for a thousand.
     *
     * @throws dev.inv.core.AmountFormatException naming the text and what is wrong with it
     */
    public Money amount(String text, int digits) {
        Money plain = plain(text, digits);
        if (plain != null) {
            return plain;
        }
        boolean comma = decimalComma && text.indexOf(',') >= 0;
        return Money.parse(text, digits, comma);
    }

    /**
     * The form nearly every cell of a big file has, digits and at most the currency's decimals
     * after a point ({@code 412.37}), read without regular expressions: a million rows spend most
     * of their parsing time in {@link Money#parse} otherwise. Anything else, and every error, is
     * left to {@link Money#parse}; the value is the same either way.
     */
    static Money plain(String text, int digits) {
        int n = text.length();
        if (n == 0 || n > 12) {
            return null;
        }
        long whole = 0;
        int i = 0;
        for (; i < n && isDigit(text.charAt(i)); i++) {
            whole = whole * 10 + (text.charAt(i) - '0');
        }
        if (i == 0) {
            return null;
        }
        long fraction = 0;
        int decimals = 0;
        if (i < n) {
            if (text.charAt(i) != '.') {
                return null;
            }
            for (i++; i < n; i++) {
                if (!isDigit(text.charAt(i))) {
                    return null;
                }
                fraction = fraction * 10 + (text.charAt(i) - '0');
                decimals++;
            }
            if (decimals == 0 || decimals > digits) {
                return null;
            }
        }
        long minor = whole * POWERS[digits] + fraction * POWERS[digits - decimals];
        return minor > Money.MAX_MINOR ? null : Money.ofMinor(minor, digits);
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }
}
