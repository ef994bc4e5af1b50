package dev.inv.core;

/** Helpers for identifiers: the Luhn check digit and safe display of hostile input. */
public final class Identifiers {

    private Identifiers() {
    }

    /** The Luhn check digit for a string of digits (the first 14 digits of an IMEI). */
    public static char luhnCheckDigit(String digits) {
        int sum = 0;
        boolean dbl = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a digit in " + digits);
            }
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** Whether a string of digits ends in its valid Luhn check digit. */
    public static boolean isLuhnValid(String digits) {
        return digits.length() >= 2
                && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                && luhnCheckDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1);
    }

    /**
     * A form of user text fit for a one-line message: control and invisible formatting characters
     * shown as {@code \\uXXXX}, and anything past 40 characters cut (between whole characters)
     * with an ellipsis.
     */
    public static String shorten(String s) {
        StringBuilder b = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (count == 40) {
                b.append('…');
                break;
            }
            if (isHidden(cp) && cp != ' ') {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
            count++;
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /**
     * Whether a character is whitespace, a control character or an invisible format character
     * (zero-width space, byte-order mark, bidirectional overrides): none belongs in an identifier
     * or a code, where it would make two identical-looking values differ.
     */
    public static boolean isHidden(int cp) {
        return Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.LINE_SEPARATOR
                || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR;
    }

    /** Whether any character of {@code s} is {@link #isHidden hidden}. */
    public static boolean hasHidden(String s) {
        return s.codePoints().anyMatch(Identifiers::isHidden);
    }

    /** Length in characters (code points), as a person counts them. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
