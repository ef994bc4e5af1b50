package dev.inv.cli;

import dev.inv.service.InitService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inv init}: creates the inventory file and sets its currency. */
@Command(name = "init",
        description = {"Create the inventory file (or check an existing one) and set its currency.",
                "The currency can change only while the inventory holds no data."},
        footerHeading = "%nExamples:%n",
        footer = {"  inv init", "  inv --db shop.db init --currency EUR"})
final class InitCommand extends InvSubcommand {

    @Option(names = "--currency", paramLabel = "CODE",
            description = "ISO 4217 currency of all amounts (default: USD for a new inventory).")
    String currency;

    /** JSON of {@code inv init}. */
    record InitJson(String path, String currency, int schemaVersion, boolean created) {
    }

    @Override
    public Integer call() {
        InitService.Result r = new InitService(session()).init(currency);
        Output out = output();
        if (out.isJson()) {
            out.json(new InitJson(r.path(), r.currency(), r.schemaVersion(), r.created()));
        } else {
            out.info((r.created() ? "Initialised new inventory " : "Inventory ") + r.path()
                    + " (currency " + r.currency() + ", schema " + r.schemaVersion() + ")");
        }
        return 0;
    }
}
