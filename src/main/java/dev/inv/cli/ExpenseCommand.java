package dev.inv.cli;

import dev.inv.core.Money;
import dev.inv.service.ExpenseService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inv expense add}. */
@Command(name = "expense",
        description = "Record expenses: repairs, shipping, fees, optionally against one unit.",
        subcommands = {ExpenseCommand.Add.class},
        footerHeading = "%nExamples:%n",
        footer = {"  inv expense add --amount 45 --unit 356938035643809 --category repair --note \"new screen\"",
                "  inv expense add --amount 12.50 --category shipping"})
final class ExpenseCommand extends GroupCommand {

    /** {@code inv expense add}. */
    @Command(name = "add",
            description = {"Record an expense and number it (EXP-...).",
                    "With --unit, the expense is linked to that unit and shows in its timeline (inv track --unit)",
                    "and on the tracking page; the unit's status does not change."},
            footerHeading = "%nExamples:%n",
            footer = {"  inv expense add --amount 45 --unit 356938035643809 --category repair --note \"new screen\"",
                    "  inv expense add --amount 45 --unit IPH15:35-693803-564380-9 --category repair",
                    "  inv expense add --amount 12.50 --category shipping --note \"courier to ACME\""})
    static final class Add extends InvSubcommand {

        @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "What it cost, e.g. 45.00.")
        String amount;

        @Option(names = "--unit", paramLabel = "IDENTIFIER",
                description = "The unit it was spent on: its identifier, or SKU:IDENTIFIER to name the unit of one"
                        + " product.")
        String unit;

        @Option(names = "--category", paramLabel = "TEXT", description = "A category, e.g. repair, shipping, fee.")
        String category;

        @Option(names = "--note", paramLabel = "TEXT", description = "A note, e.g. \"new screen\".")
        String note;

        /** JSON of {@code inv expense add}. */
        record ExpenseJson(String expense, Money amount, String category, String note, String identifier, String sku,
                           String at) {
        }

        @Override
        public Integer call() {
            ExpenseService.Result r = new ExpenseService(session())
                    .add(new ExpenseService.Request(amount, unit, category, note));
            Output out = output();
            switch (out.format()) {
                case json -> out.json(new ExpenseJson(r.expense(), r.amount(), r.category(), r.note(), r.identifier(),
                        r.sku(), r.at()));
                case csv -> {
                    try (CSVPrinter csv = out.csv(List.of("expense", "amount", "category", "note", "identifier", "sku",
                            "at"))) {
                        csv.printRecord(r.expense(), r.amount(), Output.csvCell(r.category()),
                                Output.csvCell(r.note()), Output.csvCell(r.identifier()), Output.csvCell(r.sku()),
                                r.at());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                case table -> {
                    if (out.quiet()) {
                        out.println(r.expense());
                    } else {
                        out.info("Recorded " + r.expense() + ": " + r.amount()
                                + (r.category() == null ? "" : " " + r.category())
                                + (r.identifier() == null ? "" : " (unit " + r.identifier() + ")"));
                    }
                }
            }
            return 0;
        }
    }
}
