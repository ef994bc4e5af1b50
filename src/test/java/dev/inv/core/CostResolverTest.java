package dev.inv.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The cost resolver's priority chain, FIFO consumption and the cost a return puts back. */
class CostResolverTest {

    static List<Layer> layers(long... qtyAndCost) {
        List<Layer> out = new ArrayList<>();
        for (int i = 0; i < qtyAndCost.length; i += 2) {
            out.add(new Layer(i / 2 + 1, qtyAndCost[i], qtyAndCost[i + 1]));
        }
        return out;
    }

    @Test
    void unitCostWinsOverEverything() {
        List<Layer> open = layers(5, 38000);
        CostResolution r = CostResolver.forUnit(45000L, open, 30000L);
        assertThat(r.cogs()).isEqualTo(45000);
        assertThat(r.source()).isEqualTo(CostSource.UNIT);
        assertThat(r.consumed()).isEmpty();
        assertThat(open.get(0).remaining()).isEqualTo(5);
    }

    @Test
    void legacyUnitTakesTheOldestLayerWithQuantityLeftAndConsumesIt() {
        List<Layer> open = layers(0, 1000, 1, 38000, 3, 39000);
        CostResolution first = CostResolver.forUnit(null, open, 30000L);
        assertThat(first.cogs()).isEqualTo(38000);
        assertThat(first.source()).isEqualTo(CostSource.FIFO);
        assertThat(first.consumed()).containsExactly(new Consumption(2, 1, 38000));
        CostResolution second = CostResolver.forUnit(null, open, 30000L);
        assertThat(second.cogs()).isEqualTo(39000);
        assertThat(open.get(2).remaining()).isEqualTo(2);
    }

    @Test
    void thenTheProductsStoredCostThenNone() {
        assertThat(CostResolver.forUnit(null, layers(), 30000L))
                .isEqualTo(new CostResolution(30000, CostSource.PRODUCT, List.of()));
        assertThat(CostResolver.forUnit(null, layers(0, 5), null))
                .isEqualTo(new CostResolution(0, CostSource.NONE, List.of()));
    }

    @Test
    void quantitySaleAcrossLayers() {
        // in 10 at 10.00, in 10 at 20.00, sell 15 -> 200.00, 5 left worth 100.00
        List<Layer> open = layers(10, 1000, 10, 2000);
        CostResolution r = CostResolver.forQuantity(15, open).orElseThrow();
        assertThat(r.cogs()).isEqualTo(20000);
        assertThat(CostResolver.onHand(open)).isEqualTo(5);
        assertThat(open.get(1).remaining() * open.get(1).unitCost()).isEqualTo(10000);
    }

    @Test
    void quantitySaleWithOddCents() {
        // 4 at 100.00, 5 at 111.11, 6 at 122.22; sell 7 -> 733.33
        List<Layer> open = layers(4, 10000, 5, 11111, 6, 12222);
        assertThat(CostResolver.forQuantity(7, open).orElseThrow().cogs()).isEqualTo(73333);
    }

    @Test
    void sellingMoreThanOnHandConsumesNothing() {
        List<Layer> open = layers(4, 10000, 5, 11111);
        assertThat(CostResolver.forQuantity(10, open)).isEmpty();
        assertThat(open).isEqualTo(layers(4, 10000, 5, 11111));
    }

    @Test
    void returnPutsBackTheMostRecentlyConsumedPiecesFirst() {
        List<Consumption> consumed = List.of(new Consumption(1, 4, 10000), new Consumption(2, 3, 11111));
        assertThat(CostResolver.returned(consumed, 0, 2)).containsExactly(new Consumption(2, 2, 11111));
        assertThat(CostResolver.returned(consumed, 2, 3))
                .containsExactly(new Consumption(2, 1, 11111), new Consumption(1, 2, 10000));
        assertThat(CostResolver.sum(CostResolver.returned(consumed, 0, 7))).isEqualTo(73333);
    }

    @Provide
    Arbitrary<List<Layer>> layerLists() {
        Arbitrary<Layer> layer = Combinators.combine(Arbitraries.longs().between(0, 50),
                Arbitraries.longs().between(0, 1_000_000)).as((q, c) -> new Layer(0, q, c));
        return layer.list().ofMinSize(0).ofMaxSize(8).map(list -> {
            List<Layer> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                numbered.add(new Layer(i + 1, list.get(i).remaining(), list.get(i).unitCost()));
            }
            return numbered;
        });
    }

    @Property
    void cogsOfAQuantitySaleIsTheSumOverConsumedLayers(@ForAll("layerLists") List<Layer> before,
                                                        @ForAll @IntRange(min = 1, max = 400) int qty) {
        List<Layer> open = new ArrayList<>(before);
        Optional<CostResolution> r = CostResolver.forQuantity(qty, open);
        long onHand = CostResolver.onHand(before);
        if (qty > onHand) {
            assertThat(r).isEmpty();
            assertThat(open).isEqualTo(before);
            return;
        }
        long expected = 0;
        for (int i = 0; i < before.size(); i++) {
            expected += (before.get(i).remaining() - open.get(i).remaining()) * before.get(i).unitCost();
        }
        assertThat(r.orElseThrow().cogs()).isEqualTo(expected).isEqualTo(CostResolver.sum(r.get().consumed()));
        assertThat(CostResolver.onHand(open)).isEqualTo(onHand - qty);
        // oldest first: every layer before the last one touched is empty
        int lastTouched = -1;
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).remaining() != before.get(i).remaining()) {
                lastTouched = i;
            }
        }
        for (int i = 0; i < lastTouched; i++) {
            assertThat(open.get(i).remaining()).isZero();
        }
    }

    /**
     * Any sequence of restocks, sales and returns conserves quantity (what came in minus what is
     * out equals what is on hand) and value (returning every sale restores the starting value).
     */
    @Property
    void quantityAndValueAreConservedAcrossRestocksSalesAndReturns(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 2) Integer> ops,
            @ForAll @Size(min = 30, max = 30) List<@IntRange(min = 1, max = 12) Integer> amounts,
            @ForAll @Size(min = 30, max = 30) List<@IntRange(min = 0, max = 99_999) Integer> costs) {
        List<Layer> stock = new ArrayList<>();
        long nextId = 1;
        long received = 0;
        long receivedValue = 0;
        long soldQty = 0;
        long soldCogs = 0;
        List<List<Consumption>> sales = new ArrayList<>();
        List<Long> returnedOfSale = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            int n = amounts.get(i);
            switch (ops.get(i)) {
                case 0 -> {
                    stock.add(new Layer(nextId++, n, costs.get(i)));
                    received += n;
                    receivedValue += (long) n * costs.get(i);
                }
                case 1 -> CostResolver.forQuantity(n, stock).ifPresent(r -> {
                    sales.add(r.consumed());
                    returnedOfSale.add(0L);
                });
                default -> {
                    if (!sales.isEmpty()) {
                        int s = i % sales.size();
                        long total = sales.get(s).stream().mapToLong(Consumption::qty).sum();
                        long left = total - returnedOfSale.get(s);
                        long q = Math.min(n, left);
                        if (q > 0) {
                            for (Consumption back : CostResolver.returned(sales.get(s), returnedOfSale.get(s), q)) {
                                stock.add(new Layer(nextId++, back.qty(), back.unitCost()));
                            }
                            returnedOfSale.set(s, returnedOfSale.get(s) + q);
                        }
                    }
                }
            }
        }
        for (int s = 0; s < sales.size(); s++) {
            long total = sales.get(s).stream().mapToLong(Consumption::qty).sum();
            soldQty += total - returnedOfSale.get(s);
            long cogs = CostResolver.sum(sales.get(s));
            long back = returnedOfSale.get(s) == 0 ? 0
                    : CostResolver.sum(CostResolver.returned(sales.get(s), 0, returnedOfSale.get(s)));
            soldCogs += cogs - back;
        }
        long value = stock.stream().mapToLong(l -> l.remaining() * l.unitCost()).sum();
        assertThat(CostResolver.onHand(stock)).isEqualTo(received - soldQty);
        assertThat(value).isEqualTo(receivedValue - soldCogs);
    }
}
