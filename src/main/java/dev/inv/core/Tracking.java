package dev.inv.core;

import java.util.Locale;

/** How a product's stock is counted: one row per unit, or quantity in FIFO cost layers. */
public enum Tracking {
    SERIALIZED, QUANTITY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Tracking fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return label();
    }
}
