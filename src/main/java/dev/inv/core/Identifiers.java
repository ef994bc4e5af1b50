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
     * A form of user text fit for a one-line message: control characters shown as {@code \\uXXXX}
     * and anything past 40 characters cut with an ellipsis.
     */
    public static String shorten(String s) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(s.length(), 40);
        for (int i = 0; i < shown; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > shown) {
            b.append('…');
        }
        return b.toString();
    }
}
