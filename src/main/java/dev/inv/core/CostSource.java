package dev.inv.core;

import java.util.Locale;

/** Which link of the cost resolver's chain answered for a sale line. */
public enum CostSource {
    /** The unit's own cost. */
    UNIT,
    /** The oldest FIFO layer with quantity left, consumed. */
    FIFO,
    /** The product's stored fallback cost. */
    PRODUCT,
    /** Nothing was known: COGS zero, with a warning. */
    NONE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CostSource fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return label();
    }
}
