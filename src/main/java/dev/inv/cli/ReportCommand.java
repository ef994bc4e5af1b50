package dev.inv.cli;

import dev.inv.core.Money;
import dev.inv.service.ReportService;
import dev.inv.service.ReportService.ProductValue;
import dev.inv.service.ReportService.StatusValue;
import dev.inv.service.ReportService.Valuation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inv report valuation | cogs}. */
@Command(name = "report",
        description = "Reports over the inventory.",
        subcommands = {ReportCommand.ValuationReport.class, ReportCommand.CogsReport.class},
        footerHeading = "%nExamples:%n",
        footer = {"  inv report valuation", "  inv report valuation --format json",
                "  inv report cogs --from 2026-11-01 --to 2026-11-30"})
final class ReportCommand extends GroupCommand {

    /** {@code inv report valuation}. */
    @Command(name = "valuation",
            description = {"What the stock on hand is worth at cost, per product, per status and in total.",
                    "Serialized units that are available, returned, defect or with the supplier count at their own",
                    "cost (a unit without a cost counts at zero and is shown as uncosted); FIFO layers count their",
                    "remaining quantity at their unit cost. For serialized products QTY counts the units held:",
                    "opening-balance layers add value, not quantity. Sold and written-off units are not held."},
            footerHeading = "%nExamples:%n",
            footer = {"  inv report valuation", "  inv report valuation --format json",
                    "  inv report valuation --format csv > valuation.csv"})
    static final class ValuationReport extends InvSubcommand {

        /** A quantity and its value in JSON. */
        record QtyValueJson(long qty, Money value) {
        }

        /** One product in JSON. */
        record ProductJson(String sku, String name, long qty, Money value, Map<String, QtyValueJson> byStatus,
                           long layerQty, Money layerValue, long uncosted) {
            static ProductJson of(ProductValue p) {
                Map<String, QtyValueJson> byStatus = new LinkedHashMap<>();
                p.byStatus().forEach((status, qv) -> byStatus.put(status, new QtyValueJson(qv.qty(), qv.value())));
                return new ProductJson(p.sku(), p.name(), p.qty(), p.value(), byStatus, p.layerQty(), p.layerValue(),
                        p.uncosted());
            }
        }

        /** One summary line in JSON. */
        record StatusJson(String status, long qty, Money value) {
        }

        /** JSON of {@code inv report valuation}. */
        record ValuationJson(List<ProductJson> products, List<StatusJson> byStatus, Money total) {
        }

        @Override
        public Integer call() {
            Valuation v = new ReportService(session()).valuation();
            Output out = output();
            switch (out.format()) {
                case json -> out.json(new ValuationJson(v.products().stream().map(ProductJson::of).toList(),
                        v.byStatus().stream().map(s -> new StatusJson(s.status(), s.qty(), s.value())).toList(),
                        v.total()));
                case csv -> {
                    try (CSVPrinter csv = out.csv(List.of("sku", "name", "qty", "value", "layer_qty", "layer_value",
                            "uncosted"))) {
                        for (ProductValue p : v.products()) {
                            csv.printRecord(Output.csvCell(p.sku()), Output.csvCell(p.name()), p.qty(), p.value(),
                                    p.layerQty(), p.layerValue(), p.uncosted());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                case table -> table(v, out);
            }
            return 0;
        }

        private static void table(Valuation v, Output out) {
            if (v.products().isEmpty()) {
                out.info("Nothing held: total value " + v.total() + ".");
                return;
            }
            boolean notes = v.products().stream().anyMatch(p -> !note(p).isEmpty());
            List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.left("SKU"), Table.Column.left("NAME"),
                    Table.Column.right("QTY"), Table.Column.right("VALUE")));
            if (notes) {
                columns.add(Table.Column.left("NOTE"));
            }
            Table products = new Table(columns.toArray(Table.Column[]::new));
            long qty = 0;
            for (ProductValue p : v.products()) {
                qty = Math.addExact(qty, p.qty());
                products.row(p.sku(), p.name(), p.qty(), p.value(), note(p));
            }
            products.row("TOTAL", "", qty, v.total(), "");
            out.table(products);
            out.println("");
            Table statuses = new Table(Table.Column.left("STATUS"), Table.Column.right("QTY"),
                    Table.Column.right("VALUE"));
            for (StatusValue s : v.byStatus()) {
                statuses.row(s.status(), s.qty(), s.value());
            }
            out.table(statuses);
        }

        /** What the QTY column does not say: layer stock of a serialized product, units without cost. */
        private static String note(ProductValue p) {
            List<String> notes = new ArrayList<>();
            if ("serialized".equals(p.tracking()) && p.layerQty() > 0) {
                notes.add("value incl. layers: " + p.layerQty() + " at " + p.layerValue());
            }
            if (p.uncosted() > 0) {
                notes.add(p.uncosted() + " unit" + (p.uncosted() == 1 ? "" : "s") + " without cost");
            }
            return String.join("; ", notes);
        }
    }

    /** {@code inv report cogs}. */
    @Command(name = "cogs",
            description = {"Revenue, cost of goods sold and margin per product over a period.",
                    "Also returns, write-off losses, and how many sale lines each cost source answered (unit, fifo,",
                    "product, none), so that legacy fallbacks stay visible. Revenue is sales less refunds; COGS is",
                    "the lines' cost less the cost that returns put back. Dates are whole UTC days, both included."},
            footerHeading = "%nExamples:%n",
            footer = {"  inv report cogs", "  inv report cogs --from 2026-11-01 --to 2026-11-30",
                    "  inv report cogs --from 2026-11-01 --format json"})
    static final class CogsReport extends InvSubcommand {

        @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
        LocalDate to;

        /** One product (or the totals) in JSON. */
        record ProductJson(String sku, String name, long soldQty, long returnedQty, Money sales, Money refunds,
                           Money revenue, Money cogs, Money margin, long writtenOffUnits, Money writeOffs) {
            static ProductJson of(ReportService.ProductCogs p) {
                return new ProductJson(p.sku(), p.name(), p.soldQty(), p.returnedQty(), p.sales(), p.refunds(),
                        p.revenue(), p.cogs(), p.margin(), p.writtenOffUnits(), p.writeOffs());
            }
        }

        /** JSON of {@code inv report cogs}. */
        record CogsJson(String from, String to, List<ProductJson> products, ProductJson totals,
                        Map<String, Long> linesPerCostSource) {
        }

        @Override
        public Integer call() {
            ReportService.Cogs r = new ReportService(session()).cogs(from, to);
            Output out = output();
            switch (out.format()) {
                case json -> out.json(new CogsJson(from == null ? null : from.toString(),
                        to == null ? null : to.toString(), r.products().stream().map(ProductJson::of).toList(),
                        ProductJson.of(r.totals()), r.linesPerCostSource()));
                case csv -> {
                    try (CSVPrinter csv = out.csv(List.of("sku", "name", "sold_qty", "returned_qty", "sales", "refunds",
                            "revenue", "cogs", "margin", "written_off_units", "write_offs"))) {
                        for (ReportService.ProductCogs p : r.products()) {
                            csv.printRecord(Output.csvCell(p.sku()), Output.csvCell(p.name()), p.soldQty(),
                                    p.returnedQty(), p.sales(), p.refunds(), p.revenue(), p.cogs(), p.margin(),
                                    p.writtenOffUnits(), p.writeOffs());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                case table -> {
                    out.info("Cost of goods sold " + (from == null ? "from the start" : "from " + from)
                            + (to == null ? " to now" : " to " + to) + " (UTC)");
                    Table t = new Table(Table.Column.left("SKU"), Table.Column.right("SOLD"),
                            Table.Column.right("RETURNED"), Table.Column.right("REVENUE"), Table.Column.right("COGS"),
                            Table.Column.right("MARGIN"), Table.Column.right("WRITE-OFFS"));
                    for (ReportService.ProductCogs p : r.products()) {
                        t.row(p.sku(), p.soldQty(), p.returnedQty(), p.revenue(), p.cogs(), p.margin(),
                                p.writtenOffUnits() == 0 ? null : p.writeOffs() + " (" + p.writtenOffUnits() + ")");
                    }
                    ReportService.ProductCogs tot = r.totals();
                    t.row("TOTAL", tot.soldQty(), tot.returnedQty(), tot.revenue(), tot.cogs(), tot.margin(),
                            tot.writtenOffUnits() == 0 ? null : tot.writeOffs() + " (" + tot.writtenOffUnits() + ")");
                    out.table(t);
                    StringBuilder sources = new StringBuilder();
                    r.linesPerCostSource().forEach((k, v) -> sources.append(sources.length() == 0 ? "" : ", ")
                            .append(k).append(' ').append(v));
                    out.println("Sale lines by cost source: " + sources);
                }
            }
            return 0;
        }
    }
}
