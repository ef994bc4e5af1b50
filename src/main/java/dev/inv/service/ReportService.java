package dev.inv.service;

import dev.inv.core.CostSource;
import dev.inv.core.InvException;
import dev.inv.core.Money;
import dev.inv.core.UnitStatus;
import dev.inv.store.ProductRepository;
import dev.inv.store.ProductRow;
import dev.inv.store.ReportRepository;
import dev.inv.store.ReportRepository.HeldUnits;
import dev.inv.store.ReportRepository.LayerStock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reports over the whole inventory, each read in one consistent snapshot. */
public final class ReportService {

    /** A quantity and what it is worth. */
    public record QtyValue(long qty, Money value) {
    }

    /**
     * One product's stock. {@code qty} counts its held units for a serialized product (layers add
     * value only: they are opening balances of legacy units) and its layer quantity otherwise;
     * {@code value} is the held units at their own cost plus the layers. {@code byStatus} breaks
     * the units down per held status (empty for quantity products); {@code uncosted} counts held
     * units without a cost of their own, valued at zero.
     */
    public record ProductValue(String sku, String name, String tracking, long qty, Money value,
                               Map<String, QtyValue> byStatus, long layerQty, Money layerValue, long uncosted) {
    }

    /** One line of the summary: a held status of serialized units, or {@code layers}. */
    public record StatusValue(String status, long qty, Money value) {
    }

    /** The valuation: products with anything held (ordered by SKU), the summary and the total. */
    public record Valuation(List<ProductValue> products, List<StatusValue> byStatus, Money total) {
    }

    /** The name of the summary line of FIFO layers. */
    public static final String LAYERS = "layers";

    private final Session session;

    public ReportService(Session session) {
        this.session = session;
    }

    /**
     * What the shop holds, at cost: serialized units that are available, returned, defect or with
     * the supplier, each at its own cost, plus every FIFO layer's remaining quantity at its unit
     * cost. Sold and written-off units are not held.
     */
    public Valuation valuation() {
        return session.db().read(c -> {
            int digits = session.digits();
            List<UnitStatus> held = Arrays.stream(UnitStatus.values()).filter(UnitStatus::isHeld).toList();
            ReportRepository report = new ReportRepository(c);

            Map<Long, Stock> stock = new HashMap<>();
            for (HeldUnits h : report.unitsByStatus(held.stream().map(UnitStatus::label).toList())) {
                Stock s = stock.computeIfAbsent(h.productId(), id -> new Stock(digits));
                s.units.merge(h.status(), new QtyValue(h.qty(), Money.ofMinor(h.value(), digits)), ReportService::sum);
                s.uncosted += h.uncosted();
            }
            for (LayerStock l : report.openLayers()) {
                Stock s = stock.computeIfAbsent(l.productId(), id -> new Stock(digits));
                s.layerQty = Math.addExact(s.layerQty, l.qty());
                s.layerValue = s.layerValue.plus(Money.ofMinor(l.unitCost(), digits).times(l.qty()));
            }

            Map<String, QtyValue> summary = new LinkedHashMap<>();
            for (UnitStatus status : held) {
                summary.put(status.label(), new QtyValue(0, Money.zero(digits)));
            }
            summary.put(LAYERS, new QtyValue(0, Money.zero(digits)));
            Money total = Money.zero(digits);
            List<ProductValue> products = new ArrayList<>();
            for (ProductRow p : new ProductRepository(c).list()) {
                Stock s = stock.get(p.id());
                if (s == null) {
                    continue;
                }
                Map<String, QtyValue> byStatus = new LinkedHashMap<>();
                long units = 0;
                Money value = s.layerValue;
                if (p.serialized()) {
                    for (UnitStatus status : held) {
                        QtyValue qv = s.units.getOrDefault(status.label(), new QtyValue(0, Money.zero(digits)));
                        byStatus.put(status.label(), qv);
                        summary.merge(status.label(), qv, ReportService::sum);
                        units = Math.addExact(units, qv.qty());
                        value = value.plus(qv.value());
                    }
                }
                summary.merge(LAYERS, new QtyValue(s.layerQty, s.layerValue), ReportService::sum);
                total = total.plus(value);
                products.add(new ProductValue(p.sku(), p.name(), p.tracking(), p.serialized() ? units : s.layerQty,
                        value, byStatus, s.layerQty, s.layerValue, s.uncosted));
            }
            List<StatusValue> byStatus = summary.entrySet().stream()
                    .map(e -> new StatusValue(e.getKey(), e.getValue().qty(), e.getValue().value())).toList();
            return new Valuation(products, byStatus, total);
        });
    }

    /**
     * One product's sales in a period. {@code revenue} is sales less refunds, {@code cogs} the cost
     * of the lines less the cost returns put back, {@code margin} revenue minus cogs;
     * {@code writeOffs} is the cost of units written off (a loss outside COGS).
     */
    public record ProductCogs(String sku, String name, long soldQty, long returnedQty, Money sales, Money refunds,
                              Money revenue, Money cogs, Money margin, long writtenOffUnits, Money writeOffs) {
    }

    /** The COGS report: per product, totals, and how many lines each cost source answered. */
    public record Cogs(LocalDate from, LocalDate to, List<ProductCogs> products, ProductCogs totals,
                       Map<String, Long> linesPerCostSource) {
    }

    /**
     * Revenue, returns, COGS, margin and write-off losses per product over [from, to] (whole UTC
     * days; either end may be open), and the count of sale lines per cost source so that legacy
     * fallbacks ({@code product}, {@code none}) are visible.
     */
    public Cogs cogs(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw InvException.usage("--from " + from + " is after --to " + to);
        }
        String lo = from == null ? "0000" : from + "T00:00:00Z";
        String hi = to == null ? "9999" : to.plusDays(1) + "T00:00:00Z";
        return session.db().read(c -> {
            int digits = session.digits();
            ReportRepository report = new ReportRepository(c);
            Map<Long, long[]> rows = new HashMap<>(); // soldQty, returnedQty, sales, refunds, cogs, back, woUnits, wo
            for (ReportRepository.ProductSales s : report.sales(lo, hi)) {
                long[] r = rows.computeIfAbsent(s.productId(), id -> new long[8]);
                r[0] += s.qty();
                r[2] += s.sales();
                r[4] += s.cogs();
            }
            for (ReportRepository.ProductReturns ret : report.returns(lo, hi)) {
                long[] r = rows.computeIfAbsent(ret.productId(), id -> new long[8]);
                r[1] += ret.qty();
                r[3] += ret.refunds();
                r[5] += ret.costReturned();
            }
            for (ReportRepository.ProductWriteOffs w : report.writeOffs(lo, hi)) {
                long[] r = rows.computeIfAbsent(w.productId(), id -> new long[8]);
                r[6] += w.units();
                r[7] += w.cost();
            }
            List<ProductCogs> products = new ArrayList<>();
            long[] total = new long[8];
            for (ProductRow p : new ProductRepository(c).list()) {
                long[] r = rows.get(p.id());
                if (r == null) {
                    continue;
                }
                products.add(productCogs(p.sku(), p.name(), r, digits));
                for (int i = 0; i < total.length; i++) {
                    total[i] = Math.addExact(total[i], r[i]);
                }
            }
            Map<String, Long> sources = new LinkedHashMap<>();
            for (CostSource source : CostSource.values()) {
                sources.put(source.label(), 0L);
            }
            for (Object[] row : report.linesPerCostSource(lo, hi)) {
                sources.put((String) row[0], (Long) row[1]);
            }
            return new Cogs(from, to, products, productCogs(null, null, total, digits), sources);
        });
    }

    private static ProductCogs productCogs(String sku, String name, long[] r, int digits) {
        long revenue = Math.subtractExact(r[2], r[3]);
        long cogs = Math.subtractExact(r[4], r[5]);
        return new ProductCogs(sku, name, r[0], r[1], Money.ofMinor(r[2], digits), Money.ofMinor(r[3], digits),
                Money.ofMinor(revenue, digits), Money.ofMinor(cogs, digits),
                Money.ofMinor(Math.subtractExact(revenue, cogs), digits), r[6], Money.ofMinor(r[7], digits));
    }

    private static QtyValue sum(QtyValue a, QtyValue b) {
        return new QtyValue(Math.addExact(a.qty(), b.qty()), a.value().plus(b.value()));
    }

    /** What one product holds, while the rows are added up. */
    private static final class Stock {
        final Map<String, QtyValue> units = new HashMap<>();
        long uncosted;
        long layerQty;
        Money layerValue;

        Stock(int digits) {
            layerValue = Money.zero(digits);
        }
    }
}
