package dev.inv.cli;

import dev.inv.core.CostSource;
import dev.inv.core.Money;
import dev.inv.service.Receipt;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Prints an invoice the way {@code inv sell} and {@code inv invoice show} show it. */
final class ReceiptPrinter {

    private ReceiptPrinter() {
    }

    /** A sale line in JSON; field names are a contract (DESIGN.md, "Output"). */
    record LineJson(int line, String sku, String name, String identifier, String identifierLabel, long qty,
                    Money price, Money amount, Money cogs, String costSource, long returnedQty) {
    }

    /** An invoice in JSON. */
    record ReceiptJson(String invoice, String at, String customer, String ref, String actor, List<LineJson> lines,
                       Money total, Money cogs) {
    }

    static ReceiptJson json(Receipt r) {
        return new ReceiptJson(r.invoice(), r.at(), r.customer(), r.ref(), r.actor(), r.lines().stream()
                .map(l -> new LineJson(l.line(), l.sku(), l.name(), l.identifier(), l.identifierLabel(), l.qty(),
                        l.price(), l.amount(), l.cogs(), l.costSource().label(), l.returnedQty()))
                .toList(), r.total(), r.cogs());
    }

    static void print(Output out, Receipt r) {
        switch (out.format()) {
            case json -> out.json(json(r));
            case csv -> {
                try (var csv = out.csv(List.of("invoice", "line", "sku", "identifier", "qty", "price", "amount",
                        "cogs", "cost_source"))) {
                    for (Receipt.Line l : r.lines()) {
                        csv.printRecord(r.invoice(), l.line(), Output.csvCell(l.sku()), Output.csvCell(l.identifier()),
                                l.qty(), l.price(), l.amount(), l.cogs(), l.costSource().label());
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            case table -> table(out, r);
        }
    }

    private static void table(Output out, Receipt r) {
        out.println(r.invoice() + "  " + Fmt.time(r.at()) + (r.customer() == null ? "" : "  customer: " + r.customer())
                + (r.ref() == null ? "" : "  ref: " + r.ref()));
        int itemWidth = "ITEM".length();
        for (Receipt.Line l : r.lines()) {
            itemWidth = Math.max(itemWidth, (l.sku() + "  " + l.name()).length());
            if (l.identifier() != null) {
                itemWidth = Math.max(itemWidth, (l.identifierLabel() + " " + l.identifier()).length());
            }
        }
        int moneyWidth = Math.max(10, r.total().toPlainString().length());
        String row = "%3s  %-" + itemWidth + "s  %5s  %" + moneyWidth + "s  %" + moneyWidth + "s";
        out.println(String.format(row, "#", "ITEM", "QTY", "PRICE", "AMOUNT").stripTrailing());
        for (Receipt.Line l : r.lines()) {
            out.println(String.format(row, l.line(), l.sku() + "  " + l.name(), l.qty(), l.price(), l.amount()));
            if (l.identifier() != null) {
                out.println(String.format("%3s  %s", "", l.identifierLabel() + " " + l.identifier()));
            }
            if (l.returnedQty() > 0) {
                out.println(String.format("%3s  %s", "", "returned: " + l.returnedQty()));
            }
        }
        out.println(String.format("%3s  %-" + itemWidth + "s  %5s  %" + moneyWidth + "s  %" + moneyWidth + "s", "",
                "TOTAL", "", "", r.total()));
        Map<String, Money> bySource = new TreeMap<>();
        for (Receipt.Line l : r.lines()) {
            bySource.merge(l.costSource().label(), l.cogs(), Money::plus);
        }
        StringBuilder sources = new StringBuilder();
        bySource.forEach((k, v) -> sources.append(sources.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        out.info("Cost of goods " + r.cogs() + " (" + sources + "), margin " + r.total().minus(r.cogs()));
    }

    /** Warns on stderr about lines whose cost nobody knew (recorded as zero). */
    static void warnUnknownCost(PrintWriter err, Receipt r) {
        for (Receipt.Line l : r.lines()) {
            if (l.costSource() == CostSource.NONE) {
                err.println("inv: warning: line " + l.line() + ": no cost known for " + l.sku()
                        + (l.identifier() == null ? "" : ":" + l.identifier())
                        + " (no unit cost, opening layer or product cost); COGS recorded as 0");
            }
        }
        err.flush();
    }
}
