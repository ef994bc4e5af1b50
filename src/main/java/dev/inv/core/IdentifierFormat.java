package dev.inv.core;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a product's unit identifiers look: {@code any} text, an {@code imei} (15 digits with a Luhn
 * check digit) or a regular expression the whole identifier must match. {@link #normalize} turns
 * what an operator typed or scanned into the stored form, or says why it cannot.
 */
public sealed interface IdentifierFormat {

    int MAX_LENGTH = 100;

    /** The text stored in the database and shown to users: {@code any}, {@code imei} or the regex. */
    String spec();

    /**
     * The stored form of {@code raw}.
     *
     * @throws InvalidIdentifierException naming the identifier and what is wrong with it
     */
    String normalize(String raw);

    /** Parses {@code any}, {@code imei} or a regular expression. */
    static IdentifierFormat parse(String spec) {
        if (spec == null || spec.isBlank() || spec.strip().equalsIgnoreCase("any")) {
            return Any.INSTANCE;
        }
        if (spec.strip().equalsIgnoreCase("imei")) {
            return Imei.INSTANCE;
        }
        try {
            return new Regex(Pattern.compile(spec));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("identifier format '" + spec
                    + "' is neither any, imei nor a valid regular expression: " + e.getDescription());
        }
    }

    /** Trims and applies the rules every identifier obeys. */
    private static String basic(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            throw new InvalidIdentifierException("identifier is empty");
        }
        if (Identifiers.length(s) > MAX_LENGTH) {
            throw new InvalidIdentifierException("identifier '" + Identifiers.shorten(s) + "' is "
                    + Identifiers.length(s) + " characters long; the limit is " + MAX_LENGTH);
        }
        if (Identifiers.hasHidden(s)) {
            throw new InvalidIdentifierException("identifier '" + Identifiers.shorten(s)
                    + "' holds whitespace or control characters");
        }
        return s;
    }

    /** Any text without whitespace or control characters, up to 100 characters. */
    final class Any implements IdentifierFormat {
        static final Any INSTANCE = new Any();

        @Override
        public String spec() {
            return "any";
        }

        @Override
        public String normalize(String raw) {
            return basic(raw);
        }
    }

    /** 15 digits, the last a Luhn check digit; spaces and dashes are dropped first. */
    final class Imei implements IdentifierFormat {
        static final Imei INSTANCE = new Imei();

        @Override
        public String spec() {
            return "imei";
        }

        @Override
        public String normalize(String raw) {
            String trimmed = raw == null ? "" : raw.strip();
            if (trimmed.isEmpty()) {
                throw new InvalidIdentifierException("IMEI is empty");
            }
            String s = trimmed.replace(" ", "").replace("-", "");
            if (s.length() > MAX_LENGTH) {
                throw new InvalidIdentifierException("IMEI '" + Identifiers.shorten(s) + "' is "
                        + s.length() + " characters long; an IMEI has 15 digits");
            }
            if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new InvalidIdentifierException("IMEI '" + Identifiers.shorten(s) + "' must hold digits only");
            }
            if (s.length() != 15) {
                throw new InvalidIdentifierException("IMEI '" + s + "' has " + s.length()
                        + " digits; an IMEI has 15");
            }
            char expected = Identifiers.luhnCheckDigit(s.substring(0, 14));
            if (s.charAt(14) != expected) {
                throw new InvalidIdentifierException("IMEI " + s + " has a bad check digit (expected "
                        + expected + ")");
            }
            return s;
        }
    }

    /** The whole identifier must match the expression. */
    record Regex(Pattern pattern) implements IdentifierFormat {
        @Override
        public String spec() {
            return pattern.pattern();
        }

        @Override
        public String normalize(String raw) {
            String s = basic(raw);
            if (!pattern.matcher(s).matches()) {
                throw new InvalidIdentifierException("identifier '" + s + "' does not match the format "
                        + pattern.pattern());
            }
            return s;
        }
    }
}
