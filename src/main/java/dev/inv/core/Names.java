package dev.inv.core;

/**
 * Rules for the short codes people type: SKUs and supplier codes. They are matched exactly, so
 * they may not hold whitespace or control characters; a SKU may not hold ':' because
 * {@code SKU:IDENTIFIER} names the unit of one product.
 */
public final class Names {

    public static final int MAX_CODE = 64;
    /** The longest free text (a name, note or reason) in characters. */
    public static final int MAX_TEXT = 1000;

    private Names() {
    }

    /** Why {@code value} is not a valid code of the given kind ("SKU", "supplier code"), or null. */
    public static String codeProblem(String kind, String value) {
        if (value == null || value.isEmpty()) {
            return kind + " is empty";
        }
        if (Identifiers.length(value) > MAX_CODE) {
            return kind + " '" + Identifiers.shorten(value) + "' is " + Identifiers.length(value)
                    + " characters long; the limit is " + MAX_CODE;
        }
        if (Identifiers.hasHidden(value)) {
            return kind + " '" + Identifiers.shorten(value) + "' holds whitespace or control characters";
        }
        if (value.indexOf(':') >= 0) {
            return kind + " '" + Identifiers.shorten(value) + "' holds ':', which separates SKU:IDENTIFIER";
        }
        return null;
    }

    /** Why {@code value} is not valid free text such as a name or note, or null. */
    public static String textProblem(String what, String value, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? what + " is empty" : null;
        }
        if (Identifiers.length(value) > MAX_TEXT) {
            return what + " is " + Identifiers.length(value) + " characters long; the limit is " + MAX_TEXT;
        }
        if (value.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\t')) {
            return what + " '" + Identifiers.shorten(value) + "' holds control characters";
        }
        return null;
    }
}
