package dev.inv.cli;

import dev.inv.service.InvoiceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code inv invoice show}: reprints a receipt. */
@Command(name = "invoice",
        description = "Show invoices.",
        subcommands = InvoiceCommand.Show.class,
        footerHeading = "%nExamples:%n",
        footer = {"  inv invoice show INV-000001", "  inv invoice show 1 --format json"})
final class InvoiceCommand extends GroupCommand {

    /** {@code inv invoice show NUMBER}. */
    @Command(name = "show", description = "Reprint an invoice with each line's unit, price, cost and returns.",
            footerHeading = "%nExamples:%n", footer = {"  inv invoice show INV-000001", "  inv invoice show 1 --format json"})
    static final class Show extends InvSubcommand {

        @Parameters(paramLabel = "NUMBER", description = "Invoice number: INV-000001, or just 1.")
        String number;

        @Override
        public Integer call() {
            ReceiptPrinter.print(output(), new InvoiceService(session()).show(number));
            return 0;
        }
    }
}
