package dev.inv.service;

import dev.inv.core.Money;
import dev.inv.core.Names;
import dev.inv.core.Problems;
import dev.inv.store.ExpenseRepository;
import dev.inv.store.ExpenseRepository.Expense;
import dev.inv.store.UnitEventRepository;
import dev.inv.store.UnitRow;

/**
 * Recording an expense (a repair, shipping, a fee), optionally against one unit, whose history
 * then shows it. The unit's status does not change: an expense is history, not a route.
 */
public final class ExpenseService {

    /** What {@code inv expense add} asks for; null where the option was not given. */
    public record Request(String amount, String unit, String category, String note) {
    }

    /** The recorded expense; {@code identifier} and {@code sku} are null when it names no unit. */
    public record Result(String expense, Money amount, String category, String note, String identifier, String sku,
                         String at) {
    }

    private final Session session;

    public ExpenseService(Session session) {
        this.session = session;
    }

    public Result add(Request req) {
        return session.db().inWriteTransaction(c -> {
            Problems problems = new Problems();
            Long amount = null;
            if (req.amount() == null) {
                problems.usage("--amount is required");
            } else {
                amount = ProductService.amount(problems, "--amount", req.amount(), session.digits());
            }
            ProductService.addIfPresent(problems, Names.textProblem("--category", req.category(), false));
            ProductService.addIfPresent(problems, Names.textProblem("--note", req.note(), false));
            UnitRow unit = null;
            if (req.unit() != null) {
                unit = UnitLookup.find(c, null, req.unit(), problems);
            }
            problems.throwIfAny();

            String category = blankToNull(req.category());
            String note = blankToNull(req.note());
            String now = session.now();
            Expense expense = new ExpenseRepository(c).insert(amount, category, note, unit == null ? null : unit.id(),
                    now, session.actor());
            if (unit != null) {
                new UnitEventRepository(c).append(unit.id(), "expense", unit.status(), unit.status(), expense.number(),
                        amount, detail(category, note), now, session.actor());
            }
            return new Result(expense.number(), session.money(amount), category, note,
                    unit == null ? null : unit.identifier(), unit == null ? null : unit.sku(), now);
        });
    }

    /** The history line of an expense: {@code repair: new screen}, or whichever part was given. */
    static String detail(String category, String note) {
        if (category != null && note != null) {
            return category + ": " + note;
        }
        return category != null ? category : note;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
