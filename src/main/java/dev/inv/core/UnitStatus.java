package dev.inv.core;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The life of a serialized unit. {@link #allowedNext()} is the one table of transitions
 * (DESIGN.md, "Status rules"); every command that changes a unit asks it through {@link #check}.
 */
public enum UnitStatus {
    AVAILABLE, SOLD, DEFECT, WITH_SUPPLIER, RETURNED, WRITTEN_OFF;

    private static final Map<UnitStatus, Set<UnitStatus>> NEXT = Map.of(
            AVAILABLE, EnumSet.of(SOLD, DEFECT, WITH_SUPPLIER, WRITTEN_OFF),
            SOLD, EnumSet.of(RETURNED, AVAILABLE),
            RETURNED, EnumSet.of(AVAILABLE, DEFECT, WITH_SUPPLIER, WRITTEN_OFF),
            DEFECT, EnumSet.of(AVAILABLE, WITH_SUPPLIER, WRITTEN_OFF),
            WITH_SUPPLIER, EnumSet.of(AVAILABLE, DEFECT, WRITTEN_OFF),
            WRITTEN_OFF, EnumSet.of(AVAILABLE));

    /** The name users type and scripts read: {@code with_supplier}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<UnitStatus> allowedNext() {
        return NEXT.get(this);
    }

    public boolean canBecome(UnitStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Units the shop still holds and values at cost. */
    public boolean isHeld() {
        return this == AVAILABLE || this == RETURNED || this == DEFECT || this == WITH_SUPPLIER;
    }

    /**
     * Refuses a change the table does not allow, naming the unit, its status and what it could
     * become.
     */
    public void check(UnitStatus next, String unit) {
        if (!canBecome(next)) {
            throw InvException.refused("unit " + unit + " is " + label() + " and cannot become "
                    + next.label() + "; it can become " + allowedNext().stream()
                    .map(UnitStatus::label).collect(Collectors.joining(", ")));
        }
    }

    public static UnitStatus parse(String text) {
        String t = (text == null ? "" : text).strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.label().equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown status '" + text + "'; expected one of "
                        + Arrays.stream(values()).map(UnitStatus::label).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return label();
    }
}
