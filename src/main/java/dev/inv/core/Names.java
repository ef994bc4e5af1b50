package dev.inv.core;

/**
 * Rules for the short codes people type: SKUs and supplier codes. They are matched exactly, so
 * they may not hold whitespace or control characters; a SKU may not hold ':' because
 * {@code SKU:IDENTIFIER} names the unit of one product.
 */
public final class Names {

    public static final int MAX_CODE = 64;
    public static final int MAX_TEXT = 200;

    private Names() {
    }

    /** Why {@code value} is not a valid code of the given kind ("SKU", "supplier code"), or null. */
    public static String codeProblem(String kind, String value) {
        if (value == null || value.isEmpty()) {
            return kind + " is empty";
        }
        if (value.length() > MAX_CODE) {
            return kind + " '" + Identifiers.shorten(value) + "' is " + value.length()
                    + " characters long; the limit is " + MAX_CODE;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (Character.isWhitespace(ch) || Character.isISOControl(ch) || Character.isSpaceChar(ch)) {
                return kind + " '" + Identifiers.shorten(value) + "' holds whitespace or control characters";
            }
            if (ch == ':') {
                return kind + " '" + Identifiers.shorten(value) + "' holds ':', which separates SKU:IDENTIFIER";
            }
        }
        return null;
    }

    /** Why {@code value} is not valid free text such as a name or note, or null. */
    public static String textProblem(String what, String value, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? what + " is empty" : null;
        }
        if (value.length() > MAX_TEXT * 5) {
            return what + " is " + value.length() + " characters long; the limit is " + MAX_TEXT * 5;
        }
        if (value.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\t')) {
            return what + " '" + Identifiers.shorten(value) + "' holds control characters";
        }
        return null;
    }
}
