package dev.inv.service;

import dev.inv.core.CostResolution;
import dev.inv.core.CostResolver;
import dev.inv.core.CostSource;
import dev.inv.core.Identifiers;
import dev.inv.core.InvException;
import dev.inv.core.Layer;
import dev.inv.core.Money;
import dev.inv.core.Names;
import dev.inv.core.Problem;
import dev.inv.core.Problems;
import dev.inv.core.UnitStatus;
import dev.inv.store.CostLayerRepository;
import dev.inv.store.InvoiceRepository;
import dev.inv.store.InvoiceRow;
import dev.inv.store.ProductRepository;
import dev.inv.store.ProductRow;
import dev.inv.store.UnitEventRepository;
import dev.inv.store.UnitRepository;
import dev.inv.store.UnitRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sale: one invoice of one or more lines, each naming the exact unit (by identifier) or a
 * quantity of a product, priced and costed line by line, written in one transaction. One bad line
 * and nothing is sold.
 */
public final class SaleService {

    /** One {@code --item SKU|IDENTIFIER [--qty N] [--price AMOUNT]}; null where not given. */
    public record Item(String item, Long qty, String price) {
    }

    /** What {@code inv sell} asks for. */
    public record Request(List<Item> items, String customer, String ref) {
    }

    /** An available unit offered by the sale picker. */
    public record Candidate(String identifier, String sku, String variant, Money cost, String receivedAt) {
    }

    /**
     * Chooses the unit for a line that names a serialized product without an identifier. Called
     * outside any transaction (a person may take their time); returns the chosen identifier.
     */
    @FunctionalInterface
    public interface Picker {
        String pick(String sku, String label, List<Candidate> candidates);
    }

    private final Session session;

    public SaleService(Session session) {
        this.session = session;
    }

    /**
     * Sells the items. Lines naming a serialized product without an identifier go to the picker
     * first when there is one; without a picker they are a bad command line (exit 2) listing
     * some available identifiers.
     */
    public Receipt sell(Request req, Picker picker) {
        List<Item> items = new ArrayList<>(req.items());
        if (picker != null) {
            Map<Integer, PickNeed> needs = session.db().read(c -> picksNeeded(c, items));
            for (Map.Entry<Integer, PickNeed> need : needs.entrySet()) {
                Item item = items.get(need.getKey());
                PickNeed n = need.getValue();
                String chosen = picker.pick(n.sku(), n.label(), n.candidates());
                items.set(need.getKey(), new Item(n.sku() + ":" + chosen, item.qty(), item.price()));
            }
        }
        return session.db().inWriteTransaction(c -> write(c, new Request(items, req.customer(), req.ref())));
    }

    /** A line of the request that names a serialized product and needs a unit chosen. */
    record PickNeed(String sku, String label, List<Candidate> candidates) {
    }

    private Map<Integer, PickNeed> picksNeeded(Connection c, List<Item> items) throws SQLException {
        Map<Integer, PickNeed> needs = new HashMap<>();
        ProductRepository products = new ProductRepository(c);
        for (int i = 0; i < items.size(); i++) {
            String text = items.get(i).item() == null ? "" : items.get(i).item().strip();
            if (UnitLookup.namesAUnit(c, text)) {
                continue;
            }
            ProductRow p = products.findBySku(text).orElse(null);
            if (p != null && p.serialized()) {
                List<UnitRow> available = new UnitRepository(c).inFamilyWithStatus(p.familyId(),
                        UnitStatus.AVAILABLE.label(), 1000);
                if (!available.isEmpty()) {
                    List<Candidate> candidates = new ArrayList<>();
                    Map<Long, String> variants = new HashMap<>();
                    for (UnitRow u : available) {
                        String variant = variants.computeIfAbsent(u.productId(),
                                id -> ProductService.variantLabel(products, id));
                        candidates.add(new Candidate(u.identifier(), u.sku(), variant, session.money(u.cost()),
                                u.receivedAt()));
                    }
                    needs.put(i, new PickNeed(p.sku(), label(p), candidates));
                }
            }
        }
        return needs;
    }

    private Receipt write(Connection c, Request req) throws SQLException {
        Problems problems = new Problems();
        int digits = session.digits();
        ProductRepository products = new ProductRepository(c);
        UnitRepository units = new UnitRepository(c);
        CostLayerRepository layers = new CostLayerRepository(c);

        if (req.items().isEmpty()) {
            problems.usage("nothing to sell: give --item SKU|IDENTIFIER for each line");
        }
        ProductService.addIfPresent(problems, Names.textProblem("--customer", req.customer(), false));
        ProductService.addIfPresent(problems, Names.textProblem("--ref", req.ref(), false));

        List<Planned> plan = new ArrayList<>();
        Set<Long> unitsOnInvoice = new HashSet<>();
        Map<Long, List<Layer>> openLayers = new HashMap<>();
        for (int i = 0; i < req.items().size(); i++) {
            Item item = req.items().get(i);
            int lineNo = i + 1;
            String where = "line " + lineNo + " (" + item.item() + "): ";
            if (item.qty() != null && item.qty() < 1) {
                problems.usage(where + "--qty must be 1 or more, not " + item.qty());
            }
            Long price = ProductService.amount(problems, where + "--price", item.price(), digits);
            Resolved r = resolve(c, item.item(), where, problems);
            if (r == null) {
                continue;
            }
            ProductRow product = r.product();
            if (price == null && item.price() == null) {
                price = product.price();
                if (price == null) {
                    problems.usage(where + product.sku() + " has no price; give --price AMOUNT");
                }
            }
            if (r.unit() != null) {
                UnitRow unit = r.unit();
                if (item.qty() != null && item.qty() != 1) {
                    problems.usage(where + "a unit is sold one at a time; give one --item per unit");
                }
                UnitStatus status = UnitStatus.parse(unit.status());
                if (!status.canBecome(UnitStatus.SOLD)) {
                    problems.refused(where + refusal(unit, status, UnitStatus.SOLD));
                } else if (!unitsOnInvoice.add(unit.id())) {
                    problems.refused(where + "unit " + unit.identifier() + " is already on this invoice");
                } else if (price != null) {
                    List<Layer> open = layersOf(layers, openLayers, unit.productId());
                    CostResolution cost = CostResolver.forUnit(unit.cost(), open, product.cost());
                    plan.add(new Planned(lineNo, product, unit, 1, price, cost));
                }
            } else if (product.serialized()) {
                long available = units.countInFamilyWithStatus(product.familyId(), UnitStatus.AVAILABLE.label());
                if (available == 0) {
                    problems.refused(where + "no unit of " + product.sku() + " is available");
                } else {
                    List<String> some = units.inFamilyWithStatus(product.familyId(), UnitStatus.AVAILABLE.label(), 10)
                            .stream().map(UnitRow::identifier).toList();
                    problems.usage(where + product.sku() + " is serialized: name the unit with --item IDENTIFIER"
                            + " (or run on a terminal to pick one); available: " + String.join(", ", some)
                            + (available > some.size() ? " and " + (available - some.size()) + " more" : ""));
                }
            } else {
                long qty = item.qty() == null ? 1 : item.qty();
                if (qty < 1) {
                    continue;
                }
                List<Layer> open = layersOf(layers, openLayers, product.id());
                long onHand = CostResolver.onHand(open);
                var cost = CostResolver.forQuantity(qty, open);
                if (cost.isEmpty()) {
                    problems.refused(where + "not enough " + product.sku() + " in stock: " + qty + " wanted, "
                            + onHand + " left");
                } else if (price != null) {
                    plan.add(new Planned(lineNo, product, null, qty, price, cost.get()));
                }
            }
        }
        problems.throwIfAny();

        String now = session.now();
        long total = 0;
        for (Planned p : plan) {
            total = Math.addExact(total, Math.multiplyExact(p.qty(), p.price()));
        }
        InvoiceRepository invoices = new InvoiceRepository(c);
        InvoiceRow invoice = invoices.insert(blankToNull(req.customer()), blankToNull(req.ref()), total, now,
                session.actor());
        UnitEventRepository events = new UnitEventRepository(c);
        for (Planned p : plan) {
            long lineId = invoices.insertLine(invoice.id(), p.lineNo(), p.product().id(),
                    p.unit() == null ? null : p.unit().id(), p.qty(), p.price(), p.cost().cogs(),
                    p.cost().source().label());
            for (var consumption : p.cost().consumed()) {
                invoices.insertConsumption(lineId, consumption);
            }
            if (p.unit() != null) {
                units.markSold(p.unit().id(), now);
                events.append(p.unit().id(), "sold", UnitStatus.AVAILABLE.label(), UnitStatus.SOLD.label(),
                        invoice.number(), p.price(), "line " + p.lineNo()
                                + (invoice.customer() == null ? "" : " to " + invoice.customer())
                                + ", cost " + Money.ofMinor(p.cost().cogs(), digits) + " (" + p.cost().source() + ")",
                        now, session.actor());
            }
        }
        for (Map.Entry<Long, List<Layer>> e : openLayers.entrySet()) {
            for (Layer l : e.getValue()) {
                layers.setRemaining(l.id(), l.remaining());
            }
        }
        return new InvoiceService(session).receipt(c, invoice);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A checked line, ready to write. */
    private record Planned(int lineNo, ProductRow product, UnitRow unit, long qty, long price, CostResolution cost) {
    }

    /** What an --item names: a unit (with its product) or a product alone. */
    private record Resolved(ProductRow product, UnitRow unit) {
    }

    private static List<Layer> layersOf(CostLayerRepository layers, Map<Long, List<Layer>> open, long productId)
            throws SQLException {
        List<Layer> list = open.get(productId);
        if (list == null) {
            list = new ArrayList<>(layers.open(productId).stream()
                    .map(l -> new Layer(l.id(), l.qtyRemaining(), l.unitCost())).toList());
            open.put(productId, list);
        }
        return list;
    }

    /**
     * Resolves an {@code --item}: {@code SKU:IDENTIFIER} or an identifier (which wins over a SKU of
     * the same text) names a unit; anything else is a SKU. Adds the problem and returns null when
     * it names nothing, or several units.
     */
    private Resolved resolve(Connection c, String rawText, String where, Problems problems) throws SQLException {
        String text = rawText == null ? "" : rawText.strip();
        ProductRepository products = new ProductRepository(c);
        if (text.isEmpty()) {
            problems.usage(where + "--item is empty");
            return null;
        }
        if (UnitLookup.namesAUnit(c, text)) {
            Problems lookup = new Problems();
            UnitRow unit = UnitLookup.find(c, null, text, lookup, UnitStatus.AVAILABLE);
            lookup.list().forEach(p -> problems.add(new Problem(p.code(), where + p.message())));
            return unit == null ? null : new Resolved(products.findById(unit.productId()).orElseThrow(), unit);
        }
        ProductRow product = products.findBySku(text).orElse(null);
        if (product == null) {
            problems.notFound(where + "no product or unit identifier '" + Identifiers.shorten(text) + "'");
            return null;
        }
        return new Resolved(product, null);
    }

    static String refusal(UnitRow unit, UnitStatus status, UnitStatus wanted) {
        try {
            status.check(wanted, unit.sku() + ":" + unit.identifier());
            return "";
        } catch (InvException e) {
            return e.getMessage();
        }
    }

    static String label(ProductRow p) {
        return p.identifierLabel() == null ? "Serial #" : p.identifierLabel();
    }
}
