package dev.inv.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.inv.core.Money;
import dev.inv.core.Problems;
import dev.inv.core.UnitStatus;
import dev.inv.service.TimelineService;
import dev.inv.service.TrackService;
import dev.inv.service.TrackService.Line;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inv track}: the tracking page of a product's units (with its variants') or of all. */
@Command(name = "track",
        description = {"List units with their status, cost, supplier, variant, linked expenses and dates.",
                "Without SKU, lists the units of every product (e.g. the defect queue with --status defect).",
                "With --unit IDENTIFIER, shows one unit's full timeline instead, oldest first: received, sold,",
                "returned, routed, expenses, re-received, with the warranty end of a sold unit."},
        footerHeading = "%nExamples:%n",
        footer = {"  inv track IPH15", "  inv track IPH15 --status available --format json",
                "  inv track --status defect", "  inv track IPH15 --supplier ACME --limit 20 --offset 40",
                "  inv track --unit 356938035643809", "  inv track --unit 356938035643809 --sku IPH15 --format json"})
final class TrackCommand extends InvSubcommand {

    @Parameters(paramLabel = "SKU", arity = "0..1", description = "Product (its variants' units included).")
    String sku;

    @Option(names = "--status", paramLabel = "STATUS", converter = StatusConverter.class,
            description = "Only units with this status (repeatable): available, sold, defect, with_supplier,"
                    + " returned, written_off.")
    List<UnitStatus> statuses;

    @Option(names = "--supplier", paramLabel = "CODE", description = "Only units received from this supplier.")
    String supplier;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N units.")
    Long limit;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N units.")
    Long offset;

    @Option(names = "--unit", paramLabel = "IDENTIFIER",
            description = "Show this unit's full timeline (SKU:IDENTIFIER names the unit of one product).")
    String unit;

    @Option(names = "--sku", paramLabel = "SKU", description = "With --unit: look the identifier up in this product only.")
    String unitSku;

    /** A unit in JSON. */
    record UnitJson(String identifier, String status, Money cost, String supplier, String sku, String variant,
                    long expenseCount, Money expenseTotal, String receivedAt, String soldAt, String returnedAt) {
        static UnitJson of(Line l) {
            return new UnitJson(l.identifier(), l.status(), l.cost(), l.supplier(), l.sku(), l.variant(),
                    l.expenseCount(), l.expenseSum(), l.receivedAt(), l.soldAt(), l.returnedAt());
        }
    }

    @Override
    public Integer call() {
        if (unit != null || unitSku != null) {
            checkTimelineOptions();
            TimelineOutput.print(output(), new TimelineService(session()).timeline(unit, unitSku));
            return 0;
        }
        TrackService.Query q = new TrackService.Query(sku, statuses, supplier, limit, offset);
        TrackService service = new TrackService(session());
        Output out = output();
        switch (out.format()) {
            case json -> json(service, q, out);
            case csv -> {
                try (CSVPrinter csv = out.csv(List.of("identifier", "status", "cost", "supplier", "sku", "variant",
                        "expenses", "expense_total", "received_at", "sold_at", "returned_at"))) {
                    service.track(q, l -> {
                        try {
                            csv.printRecord(Output.csvCell(l.identifier()), l.status(), Output.csvCell(l.cost()),
                                    Output.csvCell(l.supplier()), Output.csvCell(l.sku()), Output.csvCell(l.variant()),
                                    l.expenseCount(), l.expenseSum(), l.receivedAt(), l.soldAt(), l.returnedAt());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case table -> {
                Table t = new Table(Table.Column.left("IDENTIFIER"), Table.Column.left("STATUS"),
                        Table.Column.right("COST"), Table.Column.left("SUPPLIER"), Table.Column.left("SKU"),
                        Table.Column.left("VARIANT"), Table.Column.right("EXPENSES"), Table.Column.left("RECEIVED"),
                        Table.Column.left("SOLD"), Table.Column.left("RETURNED"));
                service.track(q, l -> t.row(l.identifier(), l.status(), Fmt.money(l.cost()), l.supplier(), l.sku(),
                        l.variant(), l.expenseCount() == 0 ? null : l.expenseCount() + " / " + l.expenseSum(),
                        Fmt.time(l.receivedAt()), Fmt.time(l.soldAt()), Fmt.time(l.returnedAt())));
                if (t.isEmpty()) {
                    out.info("No units" + (sku == null ? "" : " of " + sku) + " match.");
                } else {
                    out.table(t);
                }
            }
        }
        return 0;
    }

    /** The timeline takes --unit and --sku only; the tracking page's SKU and filters are a bad command line. */
    private void checkTimelineOptions() {
        Problems problems = new Problems();
        if (unit == null) {
            problems.usage("--sku goes with --unit IDENTIFIER; to list a product's units write: inv track " + unitSku);
        }
        if (sku != null) {
            problems.usage("give either SKU (the tracking page) or --unit IDENTIFIER (one unit's timeline), not both;"
                    + " to look the unit up in one product write: inv track --unit IDENTIFIER --sku " + sku);
        }
        if (statuses != null && !statuses.isEmpty()) {
            problems.usage("--status filters the tracking page and does not go with --unit");
        }
        if (supplier != null) {
            problems.usage("--supplier filters the tracking page and does not go with --unit");
        }
        if (limit != null || offset != null) {
            problems.usage("--limit and --offset page the tracking page and do not go with --unit");
        }
        problems.throwIfAny();
    }

    /** Streams {@code {"units": [...]}} so a product with a million units never sits in memory. */
    private static void json(TrackService service, TrackService.Query q, Output out) {
        try (JsonGenerator g = out.jsonGenerator()) {
            g.writeStartObject();
            g.writeArrayFieldStart("units");
            service.track(q, l -> {
                try {
                    g.writeObject(UnitJson.of(l));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("");
    }
}
