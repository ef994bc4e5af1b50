package dev.inv.service;

import dev.inv.core.IdentifierFormat;
import dev.inv.core.InvalidIdentifierException;
import dev.inv.core.Money;
import dev.inv.core.Problems;
import dev.inv.core.UnitStatus;
import dev.inv.store.CostLayerRepository;
import dev.inv.store.ProductRepository;
import dev.inv.store.ProductRow;
import dev.inv.store.ReceiptRepository;
import dev.inv.store.ReceiptRepository.Receipt;
import dev.inv.store.SupplierRepository;
import dev.inv.store.SupplierRow;
import dev.inv.store.UnitEventRepository;
import dev.inv.store.UnitRepository;
import dev.inv.store.UnitRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Receiving stock: serialized units each with its own cost, a FIFO layer of quantity goods, or an
 * opening-balance layer for legacy serialized units that have no cost of their own. The whole
 * request is validated, every problem named, before anything is written, and it is written in one
 * transaction.
 */
public final class RestockService {

    /** One {@code --unit IDENTIFIER [--cost AMOUNT]} group; {@code cost} is null when not given. */
    public record UnitLine(String identifier, String cost) {
    }

    /**
     * What {@code inv restock} asks for. {@code looseCosts} are {@code --cost} values that follow
     * no {@code --unit}: the cost of a {@code --qty} restock, or a mistake in a unit restock.
     */
    public record Request(String sku, String supplier, List<UnitLine> units, List<String> looseCosts, Long qty,
                          boolean opening, String ref) {
    }

    /** A unit the receipt took in; {@code reReceived} when it came back after a sale or write-off. */
    public record ReceivedUnit(String identifier, Money cost, boolean reReceived) {
    }

    /** The posted receipt. For a quantity restock {@code qty} and {@code unitCost} are set. */
    public record Result(String receipt, String sku, String supplier, List<ReceivedUnit> units, Long qty,
                         Money unitCost, boolean opening, Money total, String at) {
    }

    private final Session session;

    public RestockService(Session session) {
        this.session = session;
    }

    public Result restock(Request req) {
        return session.db().inWriteTransaction(c -> {
            Problems problems = new Problems();
            int digits = session.digits();
            boolean unitForm = !req.units().isEmpty();

            // the command line itself (exit 2)
            if (unitForm && req.qty() != null) {
                problems.usage("give either --unit (serialized units) or --qty (quantity), not both");
            }
            if (!unitForm && req.qty() == null) {
                problems.usage("nothing to receive: give --unit IDENTIFIER [--cost AMOUNT] for each unit,"
                        + " or --qty N --cost AMOUNT");
            }
            if (req.qty() != null && req.qty() < 1) {
                problems.usage("--qty must be 1 or more, not " + req.qty());
            }
            if (unitForm && req.opening()) {
                problems.usage("--opening records legacy stock as a layer: use it with --qty N --cost AMOUNT,"
                        + " not --unit");
            }
            if (unitForm && req.supplier() == null) {
                problems.usage("--supplier CODE is required when receiving units");
            }
            Long layerCost = null;
            if (unitForm) {
                for (String loose : req.looseCosts()) {
                    problems.usage("--cost " + loose + " follows no --unit; write --unit IDENTIFIER --cost AMOUNT");
                }
            } else if (req.qty() != null) {
                if (req.looseCosts().isEmpty()) {
                    problems.usage("--qty needs --cost AMOUNT (the cost of each piece)");
                } else if (req.looseCosts().size() > 1) {
                    problems.usage("--cost is given " + req.looseCosts().size() + " times; a --qty restock has one cost");
                } else {
                    layerCost = ProductService.amount(problems, "--cost", req.looseCosts().get(0), digits);
                }
            }
            List<Long> unitCosts = new ArrayList<>();
            for (int i = 0; i < req.units().size(); i++) {
                UnitLine u = req.units().get(i);
                unitCosts.add(ProductService.amount(problems, "--cost of unit " + u.identifier(), u.cost(), digits));
            }
            ProductService.addIfPresent(problems, dev.inv.core.Names.textProblem("--ref", req.ref(), false));

            // what the names point at (exit 3)
            ProductRow product = new ProductRepository(c).findBySku(req.sku()).orElse(null);
            if (product == null) {
                problems.notFound("no product with SKU '" + req.sku() + "'");
            }
            SupplierRow supplier = null;
            if (req.supplier() != null) {
                supplier = new SupplierRepository(c).findByCode(req.supplier()).orElse(null);
                if (supplier == null) {
                    problems.notFound("no supplier with code '" + req.supplier() + "'");
                }
            }

            // the data and the inventory's rules (exit 5, exit 4)
            List<Intake> intakes = new ArrayList<>();
            if (product != null) {
                List<ProductRow> variants = new ProductRepository(c).variants(product.id());
                if (!variants.isEmpty()) {
                    problems.refused(product.sku() + " has variants; restock one of them: "
                            + variants.stream().map(ProductRow::sku).collect(Collectors.joining(", ")));
                }
                if (product.serialized() && req.qty() != null && !req.opening()) {
                    problems.refused(product.sku() + " is serialized: receive each unit with --unit IDENTIFIER"
                            + " [--cost AMOUNT], or record legacy stock without units with --opening --qty N --cost AMOUNT");
                }
                if (!product.serialized() && unitForm) {
                    problems.refused(product.sku() + " is tracked by quantity: restock it with --qty N --cost AMOUNT,"
                            + " not --unit");
                }
                if (product.serialized() && unitForm) {
                    intakes = checkUnits(c, product, req.units(), unitCosts, problems);
                }
            }
            problems.throwIfAny();

            String now = session.now();
            Long supplierId = supplier == null ? null : supplier.id();
            Receipt receipt = new ReceiptRepository(c).insert(product.id(), supplierId, req.ref(), now,
                    session.actor(), "cli", null);
            if (unitForm) {
                List<ReceivedUnit> received = receiveUnits(c, product, supplier, receipt, intakes, now);
                long total = intakes.stream().mapToLong(i -> i.cost() == null ? 0 : i.cost()).sum();
                return new Result(receipt.number(), product.sku(), supplier.code(), received, null, null, false,
                        session.money(total), now);
            }
            new CostLayerRepository(c).insert(product.id(), receipt.id(), req.opening() ? "opening" : "receipt",
                    req.qty(), layerCost, now);
            Money unitCost = session.money(layerCost);
            return new Result(receipt.number(), product.sku(), supplier == null ? null : supplier.code(), List.of(),
                    req.qty(), unitCost, req.opening(), unitCost.times(req.qty()), now);
        });
    }

    /** A validated unit to take in: new, or an existing sold/written-off unit coming back. */
    record Intake(String identifier, Long cost, UnitRow existing) {
    }

    /**
     * Normalises and checks every identifier: format (exit 5), repeated within the command and
     * already in stock (exit 4). Each problem is named with the identifier as typed.
     */
    static List<Intake> checkUnits(Connection c, ProductRow product, List<UnitLine> lines, List<Long> costs,
                                   Problems problems) throws SQLException {
        IdentifierFormat format = IdentifierFormat.parse(product.identifierFormat());
        UnitRepository units = new UnitRepository(c);
        Map<String, Integer> firstSeen = new HashMap<>();
        List<Intake> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).identifier();
            String identifier;
            try {
                identifier = format.normalize(raw);
            } catch (InvalidIdentifierException e) {
                problems.invalid("unit " + (i + 1) + ": " + e.getMessage());
                continue;
            }
            Integer first = firstSeen.putIfAbsent(identifier, i + 1);
            if (first != null) {
                problems.refused("identifier " + identifier + " is given twice (units " + first + " and " + (i + 1) + ")");
                continue;
            }
            UnitRow existing = null;
            if (product.uniqueIdentifiers()) {
                for (UnitRow u : units.findInFamily(product.familyId(), identifier)) {
                    UnitStatus status = UnitStatus.parse(u.status());
                    if (status.isHeld()) {
                        problems.refused("identifier " + identifier + " is already in stock (" + u.sku() + ", "
                                + status.label() + ")");
                    } else {
                        existing = u;
                    }
                }
            }
            out.add(new Intake(identifier, costs.get(i), existing));
        }
        return out;
    }

    private List<ReceivedUnit> receiveUnits(Connection c, ProductRow product, SupplierRow supplier, Receipt receipt,
                                            List<Intake> intakes, String now) throws SQLException {
        UnitRepository units = new UnitRepository(c);
        UnitEventRepository events = new UnitEventRepository(c);
        Long uniqueFamily = product.uniqueIdentifiers() ? product.familyId() : null;
        List<ReceivedUnit> received = new ArrayList<>();
        for (Intake in : intakes) {
            Money cost = session.money(in.cost());
            String detail = "from " + supplier.code() + ", cost " + (cost == null ? "none" : cost.toPlainString());
            if (in.existing() != null) {
                UnitStatus from = UnitStatus.parse(in.existing().status());
                from.check(UnitStatus.AVAILABLE, in.identifier());
                units.reReceive(in.existing().id(), product.id(), in.cost(), supplier.id(), receipt.id(), now);
                events.append(in.existing().id(), "re_received", from.label(), UnitStatus.AVAILABLE.label(),
                        receipt.number(), in.cost(), detail, now, session.actor());
                received.add(new ReceivedUnit(in.identifier(), cost, true));
            } else {
                long id = units.insert(product.id(), in.identifier(), uniqueFamily, in.cost(),
                        UnitStatus.AVAILABLE.label(), supplier.id(), receipt.id(), now);
                events.append(id, "received", null, UnitStatus.AVAILABLE.label(), receipt.number(), in.cost(),
                        detail, now, session.actor());
                received.add(new ReceivedUnit(in.identifier(), cost, false));
            }
        }
        return received;
    }
}
