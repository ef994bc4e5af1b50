package dev.inv.service;

import dev.inv.core.Consumption;
import dev.inv.core.CostResolver;
import dev.inv.core.InvException;
import dev.inv.core.Money;
import dev.inv.core.Names;
import dev.inv.core.Problems;
import dev.inv.core.UnitStatus;
import dev.inv.store.CostLayerRepository;
import dev.inv.store.InvoiceLineRow;
import dev.inv.store.InvoiceRepository;
import dev.inv.store.InvoiceRow;
import dev.inv.store.ReturnRepository;
import dev.inv.store.ReturnRow;
import dev.inv.store.UnitEventRepository;
import dev.inv.store.UnitRepository;
import dev.inv.store.UnitRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Customer returns. A serialized unit is found by its identifier, with the invoice line that sold
 * it; it comes back at its own cost. Quantity goods come back against an invoice line, each piece
 * at the cost of a piece the line consumed, most recently consumed first, as new FIFO layers.
 */
public final class ReturnService {

    /** Where a returned unit may go at once. */
    public static final Set<UnitStatus> DESTINATIONS = Set.of(UnitStatus.RETURNED, UnitStatus.AVAILABLE,
            UnitStatus.DEFECT, UnitStatus.WITH_SUPPLIER, UnitStatus.WRITTEN_OFF);

    /** A recorded return with the sale it undoes. */
    public record Result(String ret, String invoice, String invoiceAt, String customer, int line, String sku,
                         String identifier, String identifierLabel, String status, long qty, Money linePrice,
                         Money refund, Money costReturned, String reason, String at) {
    }

    private final Session session;

    public ReturnService(Session session) {
        this.session = session;
    }

    /** {@code inv return IDENTIFIER}: the unit comes back; {@code to} null means returned. */
    public Result returnUnit(String identifier, UnitStatus to, String refundText, String reason) {
        return session.db().inWriteTransaction(c -> {
            Problems problems = new Problems();
            Long refund = ProductService.amount(problems, "--refund", refundText, session.digits());
            ProductService.addIfPresent(problems, Names.textProblem("--reason", reason, false));
            UnitStatus target = to == null ? UnitStatus.RETURNED : to;
            if (!DESTINATIONS.contains(target)) {
                problems.usage("--to must be one of returned, available, defect, with_supplier, written_off");
            }
            problems.throwIfAny();

            Problems lookup = new Problems();
            UnitRow unit = UnitLookup.find(c, null, identifier, lookup, UnitStatus.SOLD);
            lookup.throwIfAny();
            String name = unit.sku() + ":" + unit.identifier();
            InvoiceRepository invoices = new InvoiceRepository(c);
            InvoiceLineRow line = invoices.lastLineForUnit(unit.id()).orElse(null);
            UnitStatus status = UnitStatus.parse(unit.status());
            if (line == null) {
                throw InvException.refused("unit " + name + " was never sold; nothing to return");
            }
            if (status != UnitStatus.SOLD) {
                throw InvException.refused("unit " + name + " is " + status.label()
                        + (status == UnitStatus.RETURNED ? " already" : "")
                        + "; only a sold unit can be returned");
            }
            status.check(UnitStatus.RETURNED, name);
            if (target != UnitStatus.RETURNED) {
                UnitStatus.RETURNED.check(target, name);
            }
            long refundMinor = refund == null ? line.unitPrice() : refund;
            if (refundMinor > line.unitPrice()) {
                throw InvException.refused("refund " + money(refundMinor) + " is more than the " + money(line.unitPrice())
                        + " paid for unit " + name);
            }
            InvoiceRow invoice = invoices.findById(line.invoiceId()).orElseThrow();

            String now = session.now();
            long cost = unit.cost() != null ? unit.cost() : line.cogs();
            UnitRepository units = new UnitRepository(c);
            if (unit.cost() == null) {
                units.setCost(unit.id(), cost); // a legacy unit keeps the cost it was sold at
            }
            String why = reason == null || reason.isBlank() ? null : reason.strip();
            ReturnRow ret = new ReturnRepository(c).insert(line.id(), unit.id(), 1, refundMinor, cost, target.label(),
                    why, now, session.actor());
            units.markReturned(unit.id(), target.label(), now);
            UnitEventRepository events = new UnitEventRepository(c);
            events.append(unit.id(), "returned", UnitStatus.SOLD.label(), UnitStatus.RETURNED.label(), ret.number(),
                    refundMinor, "from " + invoice.number() + " line " + line.lineNo() + ", refund " + money(refundMinor)
                            + (why == null ? "" : ": " + why), now, session.actor());
            if (target != UnitStatus.RETURNED) {
                events.append(unit.id(), "routed", UnitStatus.RETURNED.label(), target.label(), ret.number(),
                        target == UnitStatus.WRITTEN_OFF ? cost : null, why == null ? "on return" : why, now,
                        session.actor());
            }
            return new Result(ret.number(), invoice.number(), invoice.at(), invoice.customer(), line.lineNo(),
                    line.sku(), unit.identifier(), line.identifierLabel(), target.label(), 1,
                    money(line.unitPrice()), money(refundMinor), money(cost), why, now);
        });
    }

    /** {@code inv return --invoice N --line L [--qty Q]}: quantity goods back into stock. */
    public Result returnQuantity(String invoiceNumber, int lineNo, Long qty, String refundText, String reason) {
        return session.db().inWriteTransaction(c -> {
            Problems problems = new Problems();
            Long refund = ProductService.amount(problems, "--refund", refundText, session.digits());
            ProductService.addIfPresent(problems, Names.textProblem("--reason", reason, false));
            if (lineNo < 1) {
                problems.usage("--line counts from 1, not " + lineNo);
            }
            if (qty != null && qty < 1) {
                problems.usage("--qty must be 1 or more, not " + qty);
            }
            problems.throwIfAny();

            InvoiceRow invoice = InvoiceService.require(c, invoiceNumber);
            InvoiceRepository invoices = new InvoiceRepository(c);
            InvoiceLineRow line = invoices.line(invoice.id(), lineNo)
                    .orElseThrow(() -> InvException.notFound(invoice.number() + " has no line " + lineNo));
            if (line.unitId() != null) {
                throw InvException.refused(invoice.number() + " line " + lineNo + " sold unit " + line.identifier()
                        + "; return it with: inv return " + line.identifier());
            }
            ReturnRepository returns = new ReturnRepository(c);
            long already = returns.returnedQty(line.id());
            long left = line.qty() - already;
            long n = qty == null ? left : qty;
            if (left == 0) {
                throw InvException.refused(invoice.number() + " line " + lineNo + " is already fully returned ("
                        + line.qty() + " of " + line.qty() + ")");
            }
            if (n > left) {
                throw InvException.refused("cannot return " + n + " of " + invoice.number() + " line " + lineNo
                        + ": " + line.qty() + " sold, " + already + " already returned, " + left + " left to return");
            }
            long maxRefund = Math.multiplyExact(n, line.unitPrice());
            long refundMinor = refund == null ? maxRefund : refund;
            if (refundMinor > maxRefund) {
                throw InvException.refused("refund " + money(refundMinor) + " is more than the " + money(maxRefund)
                        + " paid for " + n + " x " + line.sku());
            }

            String now = session.now();
            List<Consumption> back = CostResolver.returned(invoices.consumptions(line.id()), already, n);
            CostLayerRepository layers = new CostLayerRepository(c);
            for (Consumption piece : back) {
                layers.insert(line.productId(), null, "return", piece.qty(), piece.unitCost(), now);
            }
            long cost = CostResolver.sum(back);
            String why = reason == null || reason.isBlank() ? null : reason.strip();
            ReturnRow ret = returns.insert(line.id(), null, n, refundMinor, cost, null, why, now, session.actor());
            return new Result(ret.number(), invoice.number(), invoice.at(), invoice.customer(), line.lineNo(),
                    line.sku(), null, null, null, n, money(line.unitPrice()), money(refundMinor), money(cost), why, now);
        });
    }

    private Money money(long minor) {
        return Money.ofMinor(minor, session.digits());
    }
}
