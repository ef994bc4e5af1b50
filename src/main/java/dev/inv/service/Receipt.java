package dev.inv.service;

import dev.inv.core.CostSource;
import dev.inv.core.Money;
import java.util.List;

/** An invoice as printed: its lines, each with the unit it sold, and totals. */
public record Receipt(String invoice, String at, String customer, String ref, String actor, List<Line> lines,
                      Money total, Money cogs) {

    /** A sale line; {@code identifier} and {@code identifierLabel} only for a serialized unit. */
    public record Line(int line, String sku, String name, String identifier, String identifierLabel, long qty,
                       Money price, Money amount, Money cogs, CostSource costSource, long returnedQty) {
    }
}
