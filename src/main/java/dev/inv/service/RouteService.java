package dev.inv.service;

import dev.inv.core.InvException;
import dev.inv.core.Money;
import dev.inv.core.Names;
import dev.inv.core.Problems;
import dev.inv.core.UnitStatus;
import dev.inv.store.UnitEventRepository;
import dev.inv.store.UnitRepository;
import dev.inv.store.UnitRow;
import java.util.Set;

/**
 * Routing a unit through the status rules: to defect, to the supplier (RMA), back to stock when
 * repaired, or written off. A sold unit is refused: a customer return goes through
 * {@code inv return}, which finds the sale.
 */
public final class RouteService {

    /** Where {@code inv unit route --to} may send a unit. */
    public static final Set<UnitStatus> DESTINATIONS = Set.of(UnitStatus.AVAILABLE, UnitStatus.DEFECT,
            UnitStatus.WITH_SUPPLIER, UnitStatus.WRITTEN_OFF);

    /** The routed unit. */
    public record Result(String identifier, String sku, String from, String to, String reason, String rma,
                         Money cost, String at) {
    }

    private final Session session;

    public RouteService(Session session) {
        this.session = session;
    }

    public Result route(String identifier, UnitStatus to, String reason, String rma) {
        return session.db().inWriteTransaction(c -> {
            Problems problems = new Problems();
            if (!DESTINATIONS.contains(to)) {
                problems.usage("--to must be one of available, defect, with_supplier, written_off");
            }
            ProductService.addIfPresent(problems, Names.textProblem("--reason", reason, false));
            ProductService.addIfPresent(problems, Names.textProblem("--rma", rma, false));
            problems.throwIfAny();

            UnitRow unit = UnitLookup.find(c, identifier);
            String name = unit.sku() + ":" + unit.identifier();
            UnitStatus from = UnitStatus.parse(unit.status());
            if (from == UnitStatus.SOLD) {
                throw InvException.refused("unit " + name + " is sold; a customer return goes through: inv return "
                        + unit.identifier());
            }
            from.check(to, name);
            String now = session.now();
            String why = reason == null || reason.isBlank() ? null : reason.strip();
            String rmaRef = rma == null || rma.isBlank() ? null : rma.strip();
            new UnitRepository(c).setStatus(unit.id(), to.label());
            StringBuilder detail = new StringBuilder();
            if (rmaRef != null) {
                detail.append("RMA ").append(rmaRef);
            }
            if (why != null) {
                detail.append(detail.length() > 0 ? ": " : "").append(why);
            }
            new UnitEventRepository(c).append(unit.id(), "routed", from.label(), to.label(), rmaRef,
                    to == UnitStatus.WRITTEN_OFF ? unit.cost() : null, detail.length() == 0 ? null : detail.toString(),
                    now, session.actor());
            return new Result(unit.identifier(), unit.sku(), from.label(), to.label(), why, rmaRef,
                    session.money(unit.cost()), now);
        });
    }
}
