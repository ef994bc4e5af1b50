package dev.inv.cli;

import dev.inv.core.Money;
import dev.inv.core.Tracking;
import dev.inv.service.ProductService;
import dev.inv.service.ProductView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inv product create | list | show}. */
@Command(name = "product",
        description = "Create, list and show products.",
        subcommands = {ProductCommand.Create.class, ProductCommand.ListProducts.class, ProductCommand.Show.class},
        footerHeading = "%nExamples:%n",
        footer = {"  inv product create IPH15 --name \"iPhone 15\" --tracking serialized --identifier-format imei",
                "  inv product list", "  inv product show IPH15"})
final class ProductCommand extends GroupCommand {

    /** A product in JSON. */
    record ProductJson(String sku, String name, String tracking, String identifierLabel, String identifierFormat,
                       Boolean uniqueIdentifiers, Money cost, Money price, Integer warrantyMonths, String variantOf,
                       Map<String, String> attributes, List<String> variants, Map<String, Long> units,
                       long layerQty, long onHand) {
        static ProductJson of(ProductView p) {
            return new ProductJson(p.sku(), p.name(), p.tracking(), p.identifierLabel(), p.identifierFormat(),
                    p.uniqueIdentifiers(), p.cost(), p.price(), p.warrantyMonths(), p.variantOf(), p.attributes(),
                    p.variants(), p.units(), p.layerQty(), p.onHand());
        }
    }

    static String attributes(Map<String, String> attributes) {
        return attributes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    static void printDetail(Output out, ProductView p) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SKU", p.sku()});
        rows.add(new String[] {"Name", p.name()});
        rows.add(new String[] {"Tracking", p.tracking()});
        if (p.identifierFormat() != null) {
            rows.add(new String[] {"Identifier", p.identifierLabel() + " (format " + p.identifierFormat()
                    + (Boolean.TRUE.equals(p.uniqueIdentifiers()) ? ", unique" : ", not unique") + ")"});
        }
        rows.add(new String[] {"Cost", Fmt.money(p.cost())});
        rows.add(new String[] {"Price", Fmt.money(p.price())});
        rows.add(new String[] {"Warranty", p.warrantyMonths() == null ? null : p.warrantyMonths() + " months"});
        if (p.variantOf() != null) {
            rows.add(new String[] {"Variant of", p.variantOf()});
            rows.add(new String[] {"Attributes", attributes(p.attributes())});
        }
        if (!p.variants().isEmpty()) {
            rows.add(new String[] {"Variants", String.join(", ", p.variants())});
        }
        if (!p.units().isEmpty()) {
            rows.add(new String[] {"Units", p.units().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", "))});
        }
        if (p.layerQty() > 0 || !"serialized".equals(p.tracking())) {
            rows.add(new String[] {"In layers", Long.toString(p.layerQty())});
        }
        for (String[] r : rows) {
            out.println(String.format("%-11s %s", r[0] + ":", r[1] == null ? "-" : r[1]));
        }
    }

    /** {@code inv product create}. */
    @Command(name = "create",
            description = {"Create a product, or a variant of one.",
                    "Tracking defaults to quantity; serialized products keep one row per unit with its identifier.",
                    "A variant (--variant-of) inherits tracking, identifier label, format and uniqueness, and",
                    "its parent's cost, price and warranty unless given."},
            footerHeading = "%nExamples:%n",
            footer = {"  inv product create IPH15 --name \"iPhone 15\" --tracking serialized \\",
                    "      --identifier-format imei --price 799 --warranty-months 12",
                    "  inv product create IPH15-BLK --name \"iPhone 15 Black 128GB\" --variant-of IPH15 \\",
                    "      --attr color=Black --attr storage=128GB",
                    "  inv product create CABLE-USBC --name \"USB-C cable\" --price 9.90"})
    static final class Create extends InvSubcommand {

        @Parameters(paramLabel = "SKU", description = "Stock keeping unit: a unique code without spaces.")
        String sku;

        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "Product name.")
        String name;

        @Option(names = "--tracking", paramLabel = "KIND",
                description = "serialized (one row per unit) or quantity (FIFO layers; default).")
        Tracking tracking;

        @Option(names = "--identifier-label", paramLabel = "TEXT",
                description = "What the identifier is called on receipts, e.g. IMEI, \"Serial #\".")
        String identifierLabel;

        @ArgGroup(exclusive = true)
        Uniqueness uniqueness;

        static final class Uniqueness {
            @Option(names = "--unique", description = "No two units of the product family share an identifier (default).")
            boolean unique;

            @Option(names = "--no-unique", description = "Identifiers may repeat (e.g. batch numbers).")
            boolean notUnique;
        }

        @Option(names = "--identifier-format", paramLabel = "any|imei|REGEX",
                description = "any (default), imei (15 digits, Luhn check digit) or a regular expression.")
        String identifierFormat;

        @Option(names = "--cost", paramLabel = "AMOUNT",
                description = "Stored fallback cost, used for units that have no cost of their own.")
        String cost;

        @Option(names = "--price", paramLabel = "AMOUNT", description = "Default selling price.")
        String price;

        @Option(names = "--warranty-months", paramLabel = "N", description = "Warranty given with each sale.")
        Integer warrantyMonths;

        @Option(names = "--variant-of", paramLabel = "SKU", description = "Make this a variant of product SKU.")
        String variantOf;

        @Option(names = "--attr", paramLabel = "KEY=VALUE", description = "A variant attribute, e.g. color=Black.")
        List<String> attributes;

        @Override
        public Integer call() {
            Boolean unique = uniqueness == null ? null : uniqueness.unique;
            ProductView p = new ProductService(session()).create(new ProductService.NewProduct(sku, name, tracking,
                    identifierLabel, unique, identifierFormat, cost, price, warrantyMonths, variantOf, attributes));
            Output out = output();
            if (out.isJson()) {
                out.json(ProductJson.of(p));
            } else {
                out.info("Created " + p.tracking() + " product " + p.sku()
                        + (p.variantOf() != null ? " (variant of " + p.variantOf() + ": " + attributes(p.attributes()) + ")" : ""));
            }
            return 0;
        }
    }

    /** {@code inv product list}. */
    @Command(name = "list", description = "List every product with its stock on hand.",
            footerHeading = "%nExamples:%n", footer = {"  inv product list", "  inv product list --format csv"})
    static final class ListProducts extends InvSubcommand {

        /** JSON of {@code inv product list}. */
        record ListJson(List<ProductJson> products) {
        }

        @Override
        public Integer call() {
            List<ProductView> products = new ProductService(session()).list();
            Output out = output();
            switch (out.format()) {
                case json -> out.json(new ListJson(products.stream().map(ProductJson::of).toList()));
                case csv -> {
                    try (CSVPrinter csv = out.csv(List.of("sku", "name", "tracking", "identifier_label",
                            "identifier_format", "cost", "price", "warranty_months", "variant_of", "attributes",
                            "on_hand"))) {
                        for (ProductView p : products) {
                            csv.printRecord(Output.csvCell(p.sku()), Output.csvCell(p.name()), p.tracking(),
                                    Output.csvCell(p.identifierLabel()), Output.csvCell(p.identifierFormat()),
                                    Output.csvCell(p.cost()), Output.csvCell(p.price()),
                                    Output.csvCell(p.warrantyMonths()), Output.csvCell(p.variantOf()),
                                    Output.csvCell(attributes(p.attributes())), p.onHand());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                case table -> {
                    if (products.isEmpty()) {
                        out.info("No products yet. Create one with: inv product create SKU --name TEXT");
                        return 0;
                    }
                    Table t = new Table(Table.Column.left("SKU"), Table.Column.left("NAME"),
                            Table.Column.left("TRACKING"), Table.Column.left("IDENTIFIER"),
                            Table.Column.right("COST"), Table.Column.right("PRICE"), Table.Column.right("ON HAND"),
                            Table.Column.left("VARIANT OF"));
                    for (ProductView p : products) {
                        t.row(p.sku(), p.name(), p.tracking(),
                                p.identifierFormat() == null ? null : p.identifierLabel() + " (" + p.identifierFormat() + ")",
                                Fmt.money(p.cost()), Fmt.money(p.price()), p.onHand(),
                                p.variantOf() == null ? null : p.variantOf() + " " + attributes(p.attributes()));
                    }
                    out.table(t);
                }
            }
            return 0;
        }
    }

    /** {@code inv product show}. */
    @Command(name = "show", description = "Show one product: settings, variants and stock by status.",
            footerHeading = "%nExamples:%n", footer = {"  inv product show IPH15", "  inv product show IPH15 --format json"})
    static final class Show extends InvSubcommand {

        @Parameters(paramLabel = "SKU", description = "The product's SKU.")
        String sku;

        @Override
        public Integer call() {
            ProductView p = new ProductService(session()).show(sku);
            Output out = output();
            if (out.isJson()) {
                out.json(ProductJson.of(p));
            } else {
                printDetail(out, p);
            }
            return 0;
        }
    }
}
