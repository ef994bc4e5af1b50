package dev.inv.cli;

import dev.inv.core.Money;
import dev.inv.service.TimelineService.Event;
import dev.inv.service.TimelineService.Timeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** Renders one unit's timeline ({@code inv track --unit}) as a table, JSON or CSV. */
final class TimelineOutput {

    private TimelineOutput() {
    }

    /** One event in JSON. */
    record EventJson(String kind, String ref, String at, String actor, String fromStatus, String toStatus,
                     Money amount, String detail) {
        static EventJson of(Event e) {
            return new EventJson(e.kind(), e.ref(), e.at(), e.actor(), e.fromStatus(), e.toStatus(), e.amount(),
                    e.detail());
        }
    }

    /** JSON of {@code inv track --unit}; {@code warranty_until} is a date ({@code 2027-12-03}) or null. */
    record TimelineJson(String identifier, String identifierLabel, String sku, String name, String status, Money cost,
                        String warrantyUntil, List<EventJson> events) {
    }

    static void print(Output out, Timeline t) {
        switch (out.format()) {
            case json -> out.json(new TimelineJson(t.identifier(), t.identifierLabel(), t.sku(), t.name(), t.status(),
                    t.cost(), t.warrantyUntil() == null ? null : t.warrantyUntil().toString(),
                    t.events().stream().map(EventJson::of).toList()));
            case csv -> {
                try (CSVPrinter csv = out.csv(List.of("at", "kind", "from_status", "to_status", "ref", "amount",
                        "actor", "detail"))) {
                    for (Event e : t.events()) {
                        csv.printRecord(e.at(), e.kind(), e.fromStatus(), e.toStatus(), Output.csvCell(e.ref()),
                                Output.csvCell(e.amount()), Output.csvCell(e.actor()), Output.csvCell(e.detail()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case table -> table(out, t);
        }
    }

    private static void table(Output out, Timeline t) {
        String label = t.identifierLabel() == null ? "Identifier" : t.identifierLabel();
        out.println(label + " " + t.identifier());
        out.println(String.format("%-9s %s (%s)", "Product:", t.sku(), t.name()));
        out.println(String.format("%-9s %s", "Status:", t.status()));
        out.println(String.format("%-9s %s", "Cost:", t.cost() == null ? "-" : t.cost()));
        if (t.warrantyUntil() != null) {
            out.println(String.format("%-9s until %s", "Warranty:", t.warrantyUntil()));
        }
        out.println("");
        Table events = new Table(Table.Column.left("TIME"), Table.Column.left("EVENT"), Table.Column.left("STATUS"),
                Table.Column.left("REF"), Table.Column.right("AMOUNT"), Table.Column.left("ACTOR"),
                Table.Column.left("DETAIL"));
        for (Event e : t.events()) {
            events.row(Fmt.time(e.at()), e.kind(), change(e), e.ref(), Fmt.money(e.amount()), e.actor(), e.detail());
        }
        out.table(events);
    }

    /** {@code sold -> returned}; just the status when the event did not change it (an expense) or began it. */
    static String change(Event e) {
        if (e.fromStatus() == null || e.fromStatus().equals(e.toStatus())) {
            return e.toStatus();
        }
        return e.fromStatus() + " -> " + (e.toStatus() == null ? "?" : e.toStatus());
    }
}
