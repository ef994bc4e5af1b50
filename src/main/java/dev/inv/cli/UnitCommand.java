package dev.inv.cli;

import dev.inv.core.Money;
import dev.inv.core.UnitStatus;
import dev.inv.service.RouteService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inv unit route}: moving a unit through the status rules. */
@Command(name = "unit",
        description = "Change a unit's status through the status rules.",
        subcommands = UnitCommand.Route.class,
        footerHeading = "%nExamples:%n",
        footer = {"  inv unit route 356938035643809 --to defect --reason \"no signal\"",
                "  inv unit route 356938035643809 --to with_supplier --rma RMA-7781"})
final class UnitCommand extends GroupCommand {

    /** {@code inv unit route IDENTIFIER --to STATUS}. */
    @Command(name = "route",
            description = {"Route a unit: defect, with_supplier (RMA), available (repaired or replaced), written_off.",
                    "Allowed: available -> defect|with_supplier|written_off; returned -> available|defect|",
                    "with_supplier|written_off; defect -> available|with_supplier|written_off;",
                    "with_supplier -> available|defect|written_off. A sold unit comes back with inv return."},
            footerHeading = "%nExamples:%n",
            footer = {"  inv unit route 356938035643809 --to defect --reason \"no signal\"",
                    "  inv unit route 356938035643809 --to with_supplier --rma RMA-7781",
                    "  inv unit route 356938035643809 --to available --reason repaired",
                    "  inv unit route IPH15:356938035643809 --to written_off --reason \"water damage\""})
    static final class Route extends InvSubcommand {

        @Parameters(paramLabel = "IDENTIFIER", description = "The unit (or SKU:IDENTIFIER).")
        String identifier;

        @Option(names = "--to", required = true, paramLabel = "STATUS", converter = StatusConverter.class,
                description = "available, defect, with_supplier or written_off.")
        UnitStatus to;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, recorded in the unit's history.")
        String reason;

        @Option(names = "--rma", paramLabel = "TEXT", description = "The supplier's return authorisation number.")
        String rma;

        /** JSON of {@code inv unit route}. */
        record RouteJson(String identifier, String sku, String from, String status, String reason, String rma,
                         Money cost, String at) {
        }

        @Override
        public Integer call() {
            RouteService.Result r = new RouteService(session()).route(identifier, to, reason, rma);
            Output out = output();
            if (out.isJson()) {
                out.json(new RouteJson(r.identifier(), r.sku(), r.from(), r.to(), r.reason(), r.rma(), r.cost(), r.at()));
            } else {
                out.info("Unit " + r.sku() + ":" + r.identifier() + " " + r.from() + " -> " + r.to()
                        + (r.rma() == null ? "" : " (RMA " + r.rma() + ")")
                        + (r.reason() == null ? "" : ": " + r.reason()));
            }
            return 0;
        }
    }
}
