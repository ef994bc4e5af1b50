package dev.inv.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Expenses (repairs, shipping, fees), numbered EXP-000001 without gaps, optionally linked to a unit. */
public final class ExpenseRepository {

    /** A recorded expense: its row id and document number. */
    public record Expense(long id, String number) {
    }

    private final Connection c;

    public ExpenseRepository(Connection c) {
        this.c = c;
    }

    public Expense insert(long amount, String category, String note, Long unitId, String at, String actor)
            throws SQLException {
        long id = Jdbc.nextId(c, "expenses");
        String number = Jdbc.number("EXP", id);
        Jdbc.update(c, "INSERT INTO expenses (id, number, amount, category, note, unit_id, at, actor)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, number, amount, category, note, unitId, at, actor);
        return new Expense(id, number);
    }
}
