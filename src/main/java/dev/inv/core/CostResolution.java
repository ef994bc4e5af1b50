package dev.inv.core;

import java.util.List;

/** The cost of goods of one sale line: the exact sum, the link that answered, the layers consumed. */
public record CostResolution(long cogs, CostSource source, List<Consumption> consumed) {

    public CostResolution {
        consumed = List.copyOf(consumed);
    }
}
