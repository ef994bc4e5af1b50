package dev.inv.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.inv.core.InvException;
import dev.inv.core.Money;
import dev.inv.service.ImportService;
import dev.inv.service.ImportService.Match;
import dev.inv.service.ImportService.Report;
import dev.inv.service.ImportService.Source;
import dev.inv.service.ImportService.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inv import units | products | stock}: bulk imports from spreadsheet exports, safe to run
 * unattended. The service validates the whole file before writing anything; this command shows
 * its report: the result, or every rejected row as {@code FILE:LINE: reason} (like a compiler,
 * so an editor can jump to each), then exits 5. With {@code --format json} the report is one
 * document on stdout, rejected rows included.
 */
@Command(name = "import",
        header = "Import units, products or quantity stock from a CSV file.",
        description = {"Import units, products or quantity stock from a CSV file, or - for standard",
                "input. Files are read as spreadsheets export them: UTF-8 with or without BOM,",
                "CRLF or LF, comma, semicolon (then 412,37 has a decimal comma) or tab, quoted",
                "cells, blank lines, amounts like 412.37, $412.37 or \"1,412.37\".",
                "The whole file is checked first: if any row is bad, every bad row is listed",
                "with its line number, nothing is written, and the exit status is 5.",
                "Importing the same file (same content) or the same --ref again changes",
                "nothing and exits 0."},
        subcommands = {ImportCommand.Units.class, ImportCommand.Products.class, ImportCommand.Stock.class},
        footerHeading = "%nExamples:%n",
        footer = {"  inv import units delivery.csv --sku IPH15-BLK --supplier ACME --ref PO-1042",
                "  inv import products catalogue.csv --dry-run",
                "  inv import stock cables.csv --supplier ACME --ref DN-77",
                "  feed | inv import units - --sku IPH15-BLK --supplier ACME --format json"})
final class ImportCommand extends GroupCommand {

    /** What the three subcommands share: the file, the run and the rendering of the report. */
    abstract static class ImportSubcommand extends InvSubcommand {

        @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file, or - to read standard input.")
        String file;

        @Option(names = "--dry-run", description = "Check the whole file and report, without writing anything.")
        boolean dryRun;

        abstract Report run(ImportService service, Source source, ImportService.Progress progress);

        @Override
        public Integer call() {
            // standard input as the run's surroundings give it (System.in for the real program)
            Source source = file.equals("-") ? Source.stream("stdin", root().env().in()) : Source.file(Path.of(file));
            Output out = output();
            ImportService.Progress progress = ProgressDisplay.forStderr(spec.commandLine().getErr(), out.quiet(),
                    root().env().get("COLUMNS"));
            try (Report report = run(new ImportService(session()), source, progress)) {
                render(out, report);
                InvException failure = report.failure();
                if (failure != null) {
                    throw failure;
                }
            }
            return 0;
        }

        private void render(Output out, Report report) {
            Summary s = report.summary();
            switch (out.format()) {
                case json -> json(out, report);
                case csv -> csv(out, report);
                case table -> {
                    if (s.errors() > 0) {
                        report.forEachError(e -> out.println(s.file() + ":" + e.line() + ": " + e.message()));
                    } else if (s.duplicateOf() != null) {
                        out.info(duplicateMessage(s));
                    } else if (s.dryRun()) {
                        out.info("Dry run, nothing written: " + describe(s) + " would be imported");
                    } else if (out.quiet()) {
                        if (s.receipt() != null) {
                            out.println(s.receipt());
                        }
                    } else {
                        out.info("Imported " + (s.receipt() != null ? s.receipt() + ": " : "") + describe(s));
                    }
                }
            }
        }

        /** The import in words, e.g. "200 units of IPH15 from ACME (total cost 82400.00)". */
        private static String describe(Summary s) {
            return switch (s.kind()) {
                case "units" -> plural(s.units(), "unit") + " of " + s.sku() + " from " + s.supplier()
                        + (s.reReceived() > 0 ? ", " + s.reReceived() + " of them taken back (were sold or written off)" : "")
                        + (s.totalCost() != null ? ", total cost " + s.totalCost() : "");
                case "stock" -> plural(s.units(), "piece") + " in " + plural(s.layers(), "layer") + " from "
                        + s.supplier() + (s.totalCost() != null ? ", total cost " + s.totalCost() : "");
                default -> plural(s.created() + s.updated() + s.unchanged(), "product") + ": " + s.created()
                        + " created, " + s.updated() + " updated, " + s.unchanged() + " unchanged";
            };
        }

        private static String duplicateMessage(Summary s) {
            Match m = s.duplicateOf();
            String what = m.receipt() != null ? m.receipt() : "import #" + m.importId();
            String when = Fmt.time(m.at()) + " by " + m.actor();
            if (m.matchedBy().equals("content")) {
                return "Nothing to do: " + s.file() + " was already imported as " + what + " (" + when
                        + ", same content).";
            }
            return "Nothing to do: --ref " + s.ref() + " was already imported as " + what
                    + (m.sku() != null ? " for " + m.sku() : "") + " (" + when + "). This file's content differs;"
                    + " if it is a corrected delivery, import it with another --ref.";
        }

        private static String plural(long n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }

        /** One JSON document, written as it goes: the rejected rows are streamed, never collected. */
        private static void json(Output out, Report report) {
            Summary s = report.summary();
            try (JsonGenerator g = out.jsonGenerator()) {
                g.writeStartObject();
                g.writeStringField("kind", s.kind());
                g.writeStringField("file", s.file());
                g.writeBooleanField("dry_run", s.dryRun());
                g.writeStringField("receipt", s.receipt());
                switch (s.kind()) {
                    case "units" -> {
                        g.writeStringField("sku", s.sku());
                        g.writeStringField("supplier", s.supplier());
                        g.writeStringField("ref", s.ref());
                        g.writeNumberField("units", s.units());
                        g.writeNumberField("re_received", s.reReceived());
                        writeMoney(g, "total_cost", s.totalCost());
                    }
                    case "stock" -> {
                        g.writeStringField("supplier", s.supplier());
                        g.writeStringField("ref", s.ref());
                        g.writeNumberField("units", s.units());
                        g.writeNumberField("layers", s.layers());
                        writeMoney(g, "total_cost", s.totalCost());
                    }
                    default -> {
                        g.writeNumberField("created", s.created());
                        g.writeNumberField("updated", s.updated());
                        g.writeNumberField("unchanged", s.unchanged());
                    }
                }
                g.writeNumberField("rows", s.rows());
                g.writeStringField("at", s.at());
                g.writeFieldName("duplicate_of");
                Match m = s.duplicateOf();
                if (m == null) {
                    g.writeNull();
                } else {
                    g.writeStartObject();
                    g.writeNumberField("import", m.importId());
                    g.writeStringField("matched_by", m.matchedBy());
                    g.writeStringField("receipt", m.receipt());
                    g.writeStringField("sku", m.sku());
                    g.writeStringField("at", m.at());
                    g.writeStringField("actor", m.actor());
                    g.writeEndObject();
                }
                g.writeNumberField("error_count", s.errors());
                g.writeArrayFieldStart("errors");
                report.forEachError(e -> {
                    try {
                        g.writeStartObject();
                        g.writeNumberField("line", e.line());
                        g.writeStringField("value", e.value());
                        g.writeStringField("message", e.message());
                        g.writeEndObject();
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                });
                g.writeEndArray();
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println("");
        }

        private static void writeMoney(JsonGenerator g, String field, Money m) throws IOException {
            g.writeStringField(field, m == null ? null : m.toPlainString());
        }

        /** The rejected rows as a CSV list; when none, one summary record. */
        private static void csv(Output out, Report report) {
            Summary s = report.summary();
            try {
                if (s.errors() > 0) {
                    try (CSVPrinter csv = out.csv(List.of("line", "value", "message"))) {
                        report.forEachError(e -> {
                            try {
                                csv.printRecord(e.line(), Output.csvCell(e.value()), Output.csvCell(e.message()));
                            } catch (IOException x) {
                                throw new UncheckedIOException(x);
                            }
                        });
                    }
                    return;
                }
                try (CSVPrinter csv = out.csv(List.of("kind", "receipt", "rows", "units", "layers", "created",
                        "updated", "unchanged", "total_cost", "dry_run", "duplicate_of"))) {
                    Match m = s.duplicateOf();
                    csv.printRecord(s.kind(), Output.csvCell(s.receipt()), s.rows(), s.units(), s.layers(), s.created(),
                            s.updated(), s.unchanged(), Output.csvCell(s.totalCost()), s.dryRun(),
                            m == null ? "" : Output.csvCell(m.receipt() != null ? m.receipt() : "import #" + m.importId()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code inv import units}. */
    @Command(name = "units",
            header = "Receive serialized units (IMEIs, serial numbers) from a CSV file.",
            description = {"Receive serialized units from a CSV file: one identifier (IMEI, serial) per",
                    "row and an optional cost in the second column (an empty cell means no cost).",
                    "A header row is optional: a first row whose first cell names a column (IMEI,",
                    "Serial #, ...) or holds no digit is taken for one. Identifiers are checked as",
                    "restock checks them: format and check digit, repeated within the file (each",
                    "later line names the first), already in stock. A sold or written-off unit is",
                    "taken back (trade-in). All rows post one receipt (RCV-...) in one transaction.",
                    "The same file, or the same --ref for this product, imported again changes",
                    "nothing."},
            footerHeading = "%nExamples:%n",
            footer = {"  inv import units delivery.csv --sku IPH15-BLK --supplier ACME --ref PO-1042",
                    "  inv import units delivery.csv --sku IPH15-BLK --supplier ACME --dry-run",
                    "  inv import units - --sku IPH15-BLK --supplier ACME --format json < d.csv",
                    "",
                    "A file (header optional):",
                    "  IMEI,Cost",
                    "  356938035643809,$412.37",
                    "  490154203237518,\"1,412.37\"",
                    "  353918050000005,"})
    static final class Units extends ImportSubcommand {

        @Option(names = "--sku", required = true, paramLabel = "SKU", description = "The serialized product received.")
        String sku;

        @Option(names = "--supplier", required = true, paramLabel = "CODE", description = "Supplier of the delivery.")
        String supplier;

        @Option(names = "--ref", paramLabel = "TEXT",
                description = "Supplier's reference (delivery note); an import of the same ref for this product is"
                        + " recognised and not repeated.")
        String ref;

        @Override
        Report run(ImportService service, Source source, ImportService.Progress progress) {
            return service.importUnits(new ImportService.UnitsRequest(sku, supplier, ref, dryRun), source, progress);
        }
    }

    /** {@code inv import products}. */
    @Command(name = "products",
            header = "Create or update products from a CSV file.",
            description = {"Create or update products from a CSV file whose header row names its",
                    "columns, in any order; sku and name are required, the others optional:",
                    "  sku,name,tracking,identifier_label,identifier_format,unique,cost,price,",
                    "  warranty_months,variant_of,attributes",
                    "Cells follow inv product create: tracking serialized|quantity (default",
                    "quantity), identifier_format any|imei|REGEX, unique yes|no, amounts as in",
                    "the other imports. attributes holds a variant's key=value pairs separated by",
                    "';' or '|', e.g. color=Black;storage=128GB (in a semicolon-separated file,",
                    "quote the cell or use '|'). variant_of names a product in the inventory or on",
                    "an earlier line of the file.",
                    "For an existing SKU an empty cell keeps the current value; name, cost, price,",
                    "warranty and attributes may change; tracking, identifier label and format,",
                    "unique and variant_of may not. The same file imported again changes nothing."},
            footerHeading = "%nExamples:%n",
            footer = {"  inv import products catalogue.csv",
                    "  inv import products catalogue.csv --dry-run --format json",
                    "",
                    "A file:",
                    "  sku,name,tracking,identifier_format,price,variant_of,attributes",
                    "  IPH15,iPhone 15,serialized,imei,799,,",
                    "  IPH15-BLK,iPhone 15 Black 128GB,,,,IPH15,color=Black;storage=128GB",
                    "  CABLE-USBC,USB-C cable,,,9.90,,"})
    static final class Products extends ImportSubcommand {

        @Override
        Report run(ImportService service, Source source, ImportService.Progress progress) {
            return service.importProducts(new ImportService.ProductsRequest(dryRun), source, progress);
        }
    }

    /** {@code inv import stock}. */
    @Command(name = "stock",
            header = "Receive a delivery of quantity goods from a CSV file.",
            description = {"Receive a delivery of quantity goods from a CSV file of sku,qty,cost rows",
                    "(header optional): one receipt (RCV-...) with one FIFO cost layer per row, in",
                    "the order of the file. Serialized products are refused per row (import their",
                    "units with inv import units). The same file, or the same --ref, imported",
                    "again changes nothing."},
            footerHeading = "%nExamples:%n",
            footer = {"  inv import stock cables.csv --supplier ACME --ref DN-77",
                    "  inv import stock - --supplier ACME --dry-run < cables.csv",
                    "",
                    "A file:",
                    "  sku,qty,cost",
                    "  CABLE-USBC,50,2.10",
                    "  CASE-IPH15,20,$4.75"})
    static final class Stock extends ImportSubcommand {

        @Option(names = "--supplier", required = true, paramLabel = "CODE", description = "Supplier of the delivery.")
        String supplier;

        @Option(names = "--ref", paramLabel = "TEXT",
                description = "Supplier's reference (delivery note); a stock import of the same ref is recognised"
                        + " and not repeated.")
        String ref;

        @Override
        Report run(ImportService service, Source source, ImportService.Progress progress) {
            return service.importStock(new ImportService.StockRequest(supplier, ref, dryRun), source, progress);
        }
    }
}
