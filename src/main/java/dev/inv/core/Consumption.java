package dev.inv.core;

/** {@code qty} pieces taken from (or put back at the cost of) layer {@code layerId} at {@code unitCost}. */
public record Consumption(long layerId, long qty, long unitCost) {

    /** The exact cost of these pieces in minor units. */
    public long cost() {
        return Math.multiplyExact(qty, unitCost);
    }
}
