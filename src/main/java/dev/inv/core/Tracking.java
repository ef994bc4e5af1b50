package dev.inv.core;

import java.util.Locale;

/** How a product's stock is counted: one row per unit, or quantity in FIFO cost layers. */
public enum Tracking {
    SERIALIZED, QUANTITY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Tracking fromLabel(String label) {
        for (Tracking t : values()) {
            if (t.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown tracking '" + label + "'; expected serialized or quantity");
    }

    @Override
    public String toString() {
        return label();
    }
}
