package dev.inv.core;

/** A FIFO cost layer as the resolver sees it: {@code remaining} pieces at {@code unitCost} minor units. */
public record Layer(long id, long remaining, long unitCost) {

    public Layer {
        if (remaining < 0 || unitCost < 0) {
            throw new IllegalArgumentException("negative layer: " + remaining + " at " + unitCost);
        }
    }
}
