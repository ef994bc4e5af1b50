package dev.inv.cli;

import dev.inv.service.SupplierService;
import dev.inv.store.SupplierRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inv supplier create | list}. */
@Command(name = "supplier",
        description = "Create and list suppliers.",
        subcommands = {SupplierCommand.Create.class, SupplierCommand.ListSuppliers.class},
        footerHeading = "%nExamples:%n",
        footer = {"  inv supplier create ACME --name \"Acme Wholesale\"", "  inv supplier list"})
final class SupplierCommand extends GroupCommand {

    /** A supplier in JSON. */
    record SupplierJson(String code, String name, String createdAt) {
        static SupplierJson of(SupplierRow s) {
            return new SupplierJson(s.code(), s.name(), s.createdAt());
        }
    }

    /** {@code inv supplier create}. */
    @Command(name = "create", description = "Create a supplier, named by a short code on every restock.",
            footerHeading = "%nExamples:%n",
            footer = {"  inv supplier create ACME --name \"Acme Wholesale\"", "  inv supplier create TRADEIN"})
    static final class Create extends InvSubcommand {

        @Parameters(paramLabel = "CODE", description = "Supplier code: unique, without spaces.")
        String code;

        @Option(names = "--name", paramLabel = "TEXT", description = "Full name (default: the code).")
        String name;

        @Override
        public Integer call() {
            SupplierRow s = new SupplierService(session()).create(code, name);
            Output out = output();
            if (out.isJson()) {
                out.json(SupplierJson.of(s));
            } else {
                out.info("Created supplier " + s.code() + " (" + s.name() + ")");
            }
            return 0;
        }
    }

    /** {@code inv supplier list}. */
    @Command(name = "list", description = "List suppliers.",
            footerHeading = "%nExamples:%n", footer = {"  inv supplier list", "  inv supplier list --format json"})
    static final class ListSuppliers extends InvSubcommand {

        /** JSON of {@code inv supplier list}. */
        record ListJson(List<SupplierJson> suppliers) {
        }

        @Override
        public Integer call() {
            List<SupplierRow> suppliers = new SupplierService(session()).list();
            Output out = output();
            switch (out.format()) {
                case json -> out.json(new ListJson(suppliers.stream().map(SupplierJson::of).toList()));
                case csv -> {
                    try (CSVPrinter csv = out.csv(List.of("code", "name", "created_at"))) {
                        for (SupplierRow s : suppliers) {
                            csv.printRecord(Output.csvCell(s.code()), Output.csvCell(s.name()), s.createdAt());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                case table -> {
                    if (suppliers.isEmpty()) {
                        out.info("No suppliers yet. Create one with: inv supplier create CODE --name TEXT");
                        return 0;
                    }
                    Table t = new Table(Table.Column.left("CODE"), Table.Column.left("NAME"),
                            Table.Column.left("CREATED"));
                    suppliers.forEach(s -> t.row(s.code(), s.name(), Fmt.time(s.createdAt())));
                    out.table(t);
                }
            }
            return 0;
        }
    }
}
