package dev.inv.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cost of goods sold, exactly (DESIGN.md, "Cost of goods sold"). For a serialized unit the chain
 * is, in order: the unit's own cost; else the oldest FIFO layer with quantity left (an opening
 * balance of legacy stock), consuming one piece of it; else the product's stored cost; else zero,
 * marked {@link CostSource#NONE} so the caller can warn. Quantity goods consume FIFO layers oldest
 * first across as many layers as needed; the COGS is the exact sum of what was consumed.
 *
 * <p>The layers passed in are the product's open layers, oldest first, and are updated in place
 * (their {@code remaining} lowered), so one invoice with several lines of the same product
 * consumes each piece once.
 */
public final class CostResolver {

    private CostResolver() {
    }

    /** The cost of one serialized unit. {@code unitCost} and {@code productCost} may be null. */
    public static CostResolution forUnit(Long unitCost, List<Layer> openLayers, Long productCost) {
        if (unitCost != null) {
            return new CostResolution(unitCost, CostSource.UNIT, List.of());
        }
        Optional<List<Consumption>> fifo = consume(openLayers, 1);
        if (fifo.isPresent()) {
            List<Consumption> taken = fifo.get();
            return new CostResolution(sum(taken), CostSource.FIFO, taken);
        }
        if (productCost != null) {
            return new CostResolution(productCost, CostSource.PRODUCT, List.of());
        }
        return new CostResolution(0, CostSource.NONE, List.of());
    }

    /**
     * The cost of {@code qty} pieces of a quantity product, consumed oldest layer first; empty when
     * the layers hold fewer than {@code qty} pieces (nothing is consumed then).
     */
    public static Optional<CostResolution> forQuantity(long qty, List<Layer> openLayers) {
        return consume(openLayers, qty).map(taken -> new CostResolution(sum(taken), CostSource.FIFO, taken));
    }

    /** Pieces left in the layers. */
    public static long onHand(List<Layer> layers) {
        long n = 0;
        for (Layer l : layers) {
            n = Math.addExact(n, l.remaining());
        }
        return n;
    }

    /**
     * Takes {@code qty} pieces oldest first, lowering the layers' remaining quantities; all or
     * nothing.
     */
    static Optional<List<Consumption>> consume(List<Layer> layers, long qty) {
        if (qty < 1) {
            throw new IllegalArgumentException("quantity must be 1 or more: " + qty);
        }
        if (onHand(layers) < qty) {
            return Optional.empty();
        }
        List<Consumption> taken = new ArrayList<>();
        long left = qty;
        for (int i = 0; i < layers.size() && left > 0; i++) {
            Layer l = layers.get(i);
            long take = Math.min(left, l.remaining());
            if (take == 0) {
                continue;
            }
            taken.add(new Consumption(l.id(), take, l.unitCost()));
            layers.set(i, new Layer(l.id(), l.remaining() - take, l.unitCost()));
            left -= take;
        }
        return Optional.of(taken);
    }

    /**
     * What a return of {@code qty} pieces of a sale line puts back: each piece at the cost of a
     * piece the line consumed, the most recently consumed first, skipping the
     * {@code alreadyReturned} pieces that earlier returns of the line put back. The result is in
     * the order the new layers are queued. Returning the whole line restores exactly its COGS.
     *
     * @param consumed the line's consumptions in the order they were made
     */
    public static List<Consumption> returned(List<Consumption> consumed, long alreadyReturned, long qty) {
        long total = 0;
        for (Consumption c : consumed) {
            total = Math.addExact(total, c.qty());
        }
        if (qty < 1 || alreadyReturned < 0 || alreadyReturned + qty > total) {
            throw new IllegalArgumentException("cannot return " + qty + " after " + alreadyReturned + " of " + total);
        }
        List<Consumption> out = new ArrayList<>();
        long skip = alreadyReturned;
        long left = qty;
        for (int i = consumed.size() - 1; i >= 0 && left > 0; i--) {
            Consumption c = consumed.get(i);
            long available = c.qty();
            long skipped = Math.min(skip, available);
            skip -= skipped;
            available -= skipped;
            if (available == 0) {
                continue;
            }
            long take = Math.min(available, left);
            out.add(new Consumption(c.layerId(), take, c.unitCost()));
            left -= take;
        }
        return out;
    }

    public static long sum(List<Consumption> consumed) {
        long total = 0;
        for (Consumption c : consumed) {
            total = Math.addExact(total, c.cost());
        }
        return total;
    }
}
