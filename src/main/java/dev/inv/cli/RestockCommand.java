package dev.inv.cli;

import dev.inv.core.Money;
import dev.inv.service.RestockService;
import dev.inv.service.RestockService.Request;
import dev.inv.service.RestockService.UnitLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inv restock}: serialized units each with its own cost, or a quantity with one cost. A
 * {@code --cost} belongs to the {@code --unit} before it; there is deliberately no way to give
 * many units one cost, because each unit's own cost is what its sale will cost.
 */
@Command(name = "restock",
        description = {"Receive stock from a supplier and post one receipt (RCV-...).",
                "Serialized products: one --unit IDENTIFIER [--cost AMOUNT] group per unit, each with its own cost.",
                "Quantity products: --qty N --cost AMOUNT adds a FIFO cost layer.",
                "Legacy serialized stock without units: --opening --qty N --cost AMOUNT records an",
                "opening-balance layer whose cost goes to units that have none of their own.",
                "Restocking a unit that was sold or written off takes the same unit back (trade-in)."},
        footerHeading = "%nExamples:%n",
        footer = {"  inv restock IPH15-BLK --supplier ACME --unit 356938035643809 --cost 400 \\",
                "      --unit 490154203237518 --cost 450 --ref PO-1042",
                "  inv restock CABLE-USBC --supplier ACME --qty 50 --cost 2.10",
                "  inv restock IPH15-BLK --opening --qty 12 --cost 380"})
final class RestockCommand extends InvSubcommand {

    @Parameters(paramLabel = "SKU", description = "The product to receive.")
    String sku;

    @Option(names = "--supplier", paramLabel = "CODE", description = "Supplier (required with --unit).")
    String supplier;

    /**
     * Cleared after each run ({@link #call}): picocli does not reset repeating argument groups when
     * the shell reuses the command tree, and would add the next line's groups to this line's.
     */
    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<UnitGroup> groups;

    /** {@code --unit IDENTIFIER [--cost AMOUNT]}; a lone {@code --cost} is the cost of a --qty restock. */
    static final class UnitGroup {
        @Option(names = "--unit", paramLabel = "IDENTIFIER", description = "A unit's identifier (IMEI, serial).")
        String unit;

        @Option(names = "--cost", paramLabel = "AMOUNT",
                description = "Cost of the --unit before it, or of each piece with --qty.")
        String cost;
    }

    @Option(names = "--qty", paramLabel = "N", description = "Quantity received (quantity products, or with --opening).")
    Long qty;

    @Option(names = "--opening", description = "Record an opening-balance layer for legacy units; creates no units.")
    boolean opening;

    @Option(names = "--ref", paramLabel = "TEXT", description = "Supplier's reference, e.g. a delivery note number.")
    String ref;

    /** A received unit in JSON. */
    record UnitJson(String identifier, Money cost, boolean reReceived) {
    }

    /** JSON of {@code inv restock}. */
    record RestockJson(String receipt, String sku, String supplier, String ref, List<UnitJson> units, Long qty,
                       Money unitCost, boolean opening, Money total, String at) {
    }

    @Override
    public Integer call() {
        try {
            return run();
        } finally {
            groups = null;
        }
    }

    private Integer run() {
        List<UnitLine> units = new ArrayList<>();
        List<String> looseCosts = new ArrayList<>();
        for (UnitGroup g : groups == null ? List.<UnitGroup>of() : groups) {
            if (g.unit != null) {
                units.add(new UnitLine(g.unit, g.cost));
            } else if (g.cost != null) {
                looseCosts.add(g.cost);
            }
        }
        RestockService.Result r = new RestockService(session())
                .restock(new Request(sku, supplier, units, looseCosts, qty, opening, ref));
        Output out = output();
        switch (out.format()) {
            case json -> out.json(new RestockJson(r.receipt(), r.sku(), r.supplier(), ref,
                    r.units().stream().map(u -> new UnitJson(u.identifier(), u.cost(), u.reReceived())).toList(),
                    r.qty(), r.unitCost(), r.opening(), r.total(), r.at()));
            case csv -> {
                try (CSVPrinter csv = out.csv(List.of("receipt", "sku", "identifier", "qty", "cost", "re_received"))) {
                    if (r.qty() != null) {
                        csv.printRecord(r.receipt(), Output.csvCell(r.sku()), "", r.qty(), r.unitCost(), false);
                    }
                    for (RestockService.ReceivedUnit u : r.units()) {
                        csv.printRecord(r.receipt(), Output.csvCell(r.sku()), Output.csvCell(u.identifier()), 1,
                                Output.csvCell(u.cost()), u.reReceived());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case table -> {
                if (out.quiet()) {
                    out.println(r.receipt());
                } else if (r.qty() != null) {
                    out.info("Received " + r.receipt() + ": " + r.qty() + " x " + r.sku() + " at " + r.unitCost()
                            + " = " + r.total() + (r.opening() ? " (opening balance)" : "")
                            + (r.supplier() != null ? " from " + r.supplier() : ""));
                } else {
                    out.info("Received " + r.receipt() + ": " + r.units().size() + " unit"
                            + (r.units().size() == 1 ? "" : "s") + " of " + r.sku() + " from " + r.supplier()
                            + ", total cost " + r.total());
                    Table t = new Table(Table.Column.left("IDENTIFIER"), Table.Column.right("COST"),
                            Table.Column.left("NOTE"));
                    r.units().forEach(u -> t.row(u.identifier(), Fmt.money(u.cost()),
                            u.reReceived() ? "re-received (was sold or written off)" : u.cost() == null ? "no cost" : null));
                    out.table(t);
                }
            }
        }
        return 0;
    }
}
