package dev.inv.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact amount of the database's one currency, held as integer minor units (cents for USD).
 * {@code digits} is the currency's number of decimals. Arithmetic is exact and fails loudly on
 * overflow; there is no division and no double anywhere.
 */
public record Money(long minor, int digits) implements Comparable<Money> {

    /** The largest amount a user may type: 10^15 minor units, far above any real price. */
    public static final long MAX_MINOR = 1_000_000_000_000_000L;

    private static final Pattern POINT_DECIMAL =
            Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");
    private static final Pattern COMMA_DECIMAL =
            Pattern.compile("(\\d{1,3}(?:[. ]\\d{3})+|\\d+)(?:,(\\d+))?");
    private static final Pattern LEADING_SYMBOL = Pattern.compile("^[$€£¥]\\s?");
    private static final Pattern TRAILING_SYMBOL = Pattern.compile("\\s?[$€£¥]$");

    public Money {
        if (digits < 0 || digits > 4) {
            throw new IllegalArgumentException("unsupported currency decimals: " + digits);
        }
    }

    public static Money zero(int digits) {
        return new Money(0, digits);
    }

    public static Money ofMinor(long minor, int digits) {
        return new Money(minor, digits);
    }

    /** Parses an amount as users type it, e.g. {@code 450}, {@code 450.5}, {@code $1,450.50}. */
    public static Money parse(String text, int digits) {
        return parse(text, digits, false);
    }

    /**
     * Parses a non-negative amount. With {@code decimalComma} the comma is the decimal mark and a
     * dot or space groups thousands ({@code 1.412,37}), as spreadsheets in many locales write it.
     *
     * @throws AmountFormatException naming the text and what is wrong with it
     */
    public static Money parse(String text, int digits, boolean decimalComma) {
        if (text == null || text.isBlank()) {
            throw new AmountFormatException("amount is empty");
        }
        String shown = Identifiers.shorten(text.strip());
        String s = text.strip();
        boolean negative = s.startsWith("-") || (s.startsWith("(") && s.endsWith(")"));
        if (negative) {
            s = s.startsWith("-") ? s.substring(1) : s.substring(1, s.length() - 1);
        }
        Matcher leading = LEADING_SYMBOL.matcher(s);
        s = leading.find() ? s.substring(leading.end()) : TRAILING_SYMBOL.matcher(s).replaceFirst("");
        if (s.startsWith("-")) {
            negative = true;
            s = s.substring(1);
        }
        Matcher m = (decimalComma ? COMMA_DECIMAL : POINT_DECIMAL).matcher(s.strip());
        if (!m.matches()) {
            throw new AmountFormatException("amount '" + shown + "' is not a number");
        }
        if (negative) {
            throw new AmountFormatException("amount '" + shown + "' is negative; amounts must be 0 or more");
        }
        String whole = m.group(1).replaceAll("[ ,.]", "");
        String fraction = m.group(2) == null ? "" : m.group(2);
        if (fraction.length() > digits) {
            throw new AmountFormatException("amount '" + shown + "' has " + fraction.length()
                    + " decimals; this currency has " + digits);
        }
        BigInteger value = new BigInteger(whole + fraction + "0".repeat(digits - fraction.length()));
        if (value.compareTo(BigInteger.valueOf(MAX_MINOR)) > 0) {
            throw new AmountFormatException("amount '" + shown + "' is too large");
        }
        return new Money(value.longValueExact(), digits);
    }

    public Money plus(Money other) {
        check(other);
        return new Money(Math.addExact(minor, other.minor), digits);
    }

    public Money minus(Money other) {
        check(other);
        return new Money(Math.subtractExact(minor, other.minor), digits);
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(minor, quantity), digits);
    }

    public Money negate() {
        return new Money(Math.negateExact(minor), digits);
    }

    public boolean isZero() {
        return minor == 0;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(minor, digits);
    }

    /** The form used in JSON and CSV: plain decimal, the currency's decimals, no separators. */
    public String toPlainString() {
        return toBigDecimal().setScale(digits, RoundingMode.UNNECESSARY).toPlainString();
    }

    @Override
    public String toString() {
        return toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        check(other);
        return Long.compare(minor, other.minor);
    }

    private void check(Money other) {
        if (other.digits != digits) {
            throw new IllegalArgumentException("amounts of different currencies: " + this + ", " + other);
        }
    }
}
