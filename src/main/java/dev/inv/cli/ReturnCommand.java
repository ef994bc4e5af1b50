package dev.inv.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.inv.core.InvException;
import dev.inv.core.Money;
import dev.inv.core.UnitStatus;
import dev.inv.service.ReturnService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inv return}: a unit found by its identifier, or quantity goods against an invoice line. */
@Command(name = "return",
        description = {"Record a customer return (RET-...).",
                "With IDENTIFIER: finds the invoice line that sold the unit, prints it, and sets the unit to",
                "returned, or routes it at once with --to. The refund defaults to the line's price.",
                "With --invoice and --line: returns quantity goods (all that is left of the line unless --qty);",
                "each piece goes back into stock at the cost of a piece the line consumed, latest first."},
        footerHeading = "%nExamples:%n",
        footer = {"  inv return 356938035643809 --reason \"cracked screen\" --to defect",
                "  inv return 356938035643809 --refund 700",
                "  inv return --invoice INV-000012 --line 2 --qty 1"})
final class ReturnCommand extends InvSubcommand {

    @Parameters(paramLabel = "IDENTIFIER", arity = "0..1", description = "The returned unit (or SKU:IDENTIFIER).")
    String identifier;

    @Option(names = "--to", paramLabel = "STATUS", converter = StatusConverter.class,
            description = "Route the unit at once: returned (default), available, defect, with_supplier, written_off.")
    UnitStatus to;

    @Option(names = "--invoice", paramLabel = "NUMBER", description = "Invoice of a quantity return (INV-000001 or 1).")
    String invoice;

    @Option(names = "--line", paramLabel = "N", description = "Line of the invoice, counted from 1.")
    Integer line;

    @Option(names = "--qty", paramLabel = "N", description = "How many pieces come back (default: all left on the line).")
    Long qty;

    @Option(names = "--refund", paramLabel = "AMOUNT", description = "Money given back (default: what was paid).")
    String refund;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why it came back.")
    String reason;

    /** JSON of {@code inv return}; field names are a contract. */
    record ReturnJson(@JsonProperty("return") String ret, String invoice, int line, String sku, String identifier, String status, long qty,
                      Money price, Money refund, Money costReturned, String reason, String at) {
    }

    @Override
    public Integer call() {
        ReturnService service = new ReturnService(session());
        ReturnService.Result r;
        if (identifier != null) {
            if (invoice != null || line != null || qty != null) {
                throw InvException.usage("give either IDENTIFIER (a unit) or --invoice N --line L [--qty Q], not both");
            }
            r = service.returnUnit(identifier, to, refund, reason);
        } else {
            if (invoice == null || line == null) {
                throw InvException.usage("name the returned unit (inv return IDENTIFIER) or the sale line of quantity"
                        + " goods (inv return --invoice N --line L [--qty Q])");
            }
            if (to != null) {
                throw InvException.usage("--to routes a unit; quantity goods go back into stock");
            }
            r = service.returnQuantity(invoice, line, qty, refund, reason);
        }
        Output out = output();
        if (out.isJson()) {
            out.json(new ReturnJson(r.ret(), r.invoice(), r.line(), r.sku(), r.identifier(), r.status(), r.qty(),
                    r.linePrice(), r.refund(), r.costReturned(), r.reason(), r.at()));
        } else if (out.quiet()) {
            out.println(r.ret());
        } else {
            out.println("Sold on " + r.invoice() + " (" + Fmt.time(r.invoiceAt()) + ")"
                    + (r.customer() == null ? "" : " to " + r.customer()) + ", line " + r.line() + ": " + r.sku()
                    + (r.identifier() == null ? "" : " " + r.identifierLabel() + " " + r.identifier())
                    + " at " + r.linePrice());
            out.println("Recorded " + r.ret() + ": " + (r.identifier() == null ? r.qty() + " x " + r.sku() + " back in stock"
                    : "unit is now " + r.status()) + ", refund " + r.refund() + ", cost back " + r.costReturned()
                    + (r.reason() == null ? "" : " (" + r.reason() + ")"));
        }
        return 0;
    }
}
