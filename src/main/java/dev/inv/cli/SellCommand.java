package dev.inv.cli;

import dev.inv.service.Receipt;
import dev.inv.service.SaleService;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inv sell}: one invoice, each line the exact unit or a quantity. */
@Command(name = "sell",
        description = {"Sell one or more lines on one invoice (INV-...), all or nothing.",
                "--item takes a unit's identifier (or SKU:IDENTIFIER), or a SKU. An identifier sells that exact unit;",
                "a serialized SKU alone opens a picker of available units on a terminal (type a number or scan",
                "an identifier). Each line's cost of goods is the unit's own cost, or FIFO layers for quantities."},
        footerHeading = "%nExamples:%n",
        footer = {"  inv sell --item 356938035643809 --customer \"Jane Doe\"",
                "  inv sell --item 356938035643809 --price 749 --item CABLE-USBC --qty 2",
                "  inv sell --item IPH15-BLK          # picker of available units on a terminal",
                "  inv sell --item IPH15:356938035643809 --format json"})
final class SellCommand extends InvSubcommand {

    /**
     * Cleared after each run ({@link #call}): picocli does not reset repeating argument groups when
     * the shell reuses the command tree, and would add the next line's groups to this line's.
     */
    @ArgGroup(exclusive = false, multiplicity = "1..*")
    List<ItemGroup> items;

    /** {@code --item SKU|IDENTIFIER [--qty N] [--price AMOUNT]}. */
    static final class ItemGroup {
        @Option(names = "--item", required = true, paramLabel = "SKU|IDENTIFIER",
                description = "What to sell: a unit's identifier, SKU:IDENTIFIER, or a SKU.")
        String item;

        @Option(names = "--qty", paramLabel = "N", description = "Quantity of a quantity product (default 1).")
        Long qty;

        @Option(names = "--price", paramLabel = "AMOUNT", description = "Unit price (default: the product's price).")
        String price;
    }

    @Option(names = "--customer", paramLabel = "TEXT", description = "Customer name, printed on the receipt.")
    String customer;

    @Option(names = "--ref", paramLabel = "TEXT", description = "Your reference, e.g. an order number.")
    String ref;

    @Override
    public Integer call() {
        try {
            return run();
        } finally {
            items = null;
        }
    }

    private Integer run() {
        List<SaleService.Item> lines = items.stream().map(g -> new SaleService.Item(g.item, g.qty, g.price)).toList();
        Receipt receipt = new SaleService(session()).sell(new SaleService.Request(lines, customer, ref),
                root().picker());
        ReceiptPrinter.warnUnknownCost(spec.commandLine().getErr(), receipt);
        Output out = output();
        if (out.quiet() && out.format() == Format.table) {
            out.println(receipt.invoice());
        } else {
            ReceiptPrinter.print(out, receipt);
        }
        return 0;
    }
}
