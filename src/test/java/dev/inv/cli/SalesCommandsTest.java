package dev.inv.cli;

import static dev.inv.cli.FoundationCommandsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sell, return, unit route and invoice show through the commands, with the worked cases of the issue. */
class SalesCommandsTest {

    static final String A = "356938035643809";
    static final String B = "490154203237518";
    static final String C = "353918050000005";

    @TempDir
    Path dir;
    InvRunner inv;

    @BeforeEach
    void setUp() {
        inv = new InvRunner(dir.resolve("shop.db"));
        inv.ok("supplier", "create", "ACME");
    }

    void phones() {
        inv.ok("product", "create", "IPH15", "--name", "iPhone 15", "--tracking", "serialized",
                "--identifier-format", "imei", "--price", "799", "--warranty-months", "12");
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", A, "--cost", "400.00", "--unit", B, "--cost", "450.00");
    }

    JsonNode sell(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "sell";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--format";
        all[args.length + 2] = "json";
        return json(inv.ok(all));
    }

    long stockValue(String sku) {
        return inv.count("SELECT COALESCE(SUM(qty_remaining * unit_cost), 0) FROM cost_layers l JOIN products p"
                + " ON p.id = l.product_id WHERE p.sku = '" + sku + "'");
    }

    long onHand(String sku) {
        return inv.count("SELECT COALESCE(SUM(qty_remaining), 0) FROM cost_layers l JOIN products p"
                + " ON p.id = l.product_id WHERE p.sku = '" + sku + "'");
    }

    // --- the worked cases ------------------------------------------------------------------------

    @Test
    void eachPhoneSellsAtItsOwnCostWhateverTheOrder() {
        phones();
        JsonNode first = sell("--item", B);
        assertThat(first.get("invoice").asText()).isEqualTo("INV-000001");
        JsonNode line = first.get("lines").get(0);
        assertThat(line.get("identifier").asText()).isEqualTo(B);
        assertThat(line.get("sku").asText()).isEqualTo("IPH15");
        assertThat(line.get("qty").asLong()).isEqualTo(1);
        assertThat(line.get("price").asText()).isEqualTo("799.00");
        assertThat(line.get("cogs").asText()).isEqualTo("450.00");
        assertThat(line.get("cost_source").asText()).isEqualTo("unit");
        assertThat(first.get("total").asText()).isEqualTo("799.00");
        JsonNode second = sell("--item", A, "--price", "749");
        assertThat(second.get("invoice").asText()).isEqualTo("INV-000002");
        assertThat(second.get("lines").get(0).get("cogs").asText()).isEqualTo("400.00");
        assertThat(second.get("total").asText()).isEqualTo("749.00");
    }

    @Test
    void quantitySaleConsumesFifoLayers() {
        inv.ok("product", "create", "CASE", "--name", "Case", "--price", "25");
        inv.ok("restock", "CASE", "--qty", "10", "--cost", "10.00");
        inv.ok("restock", "CASE", "--qty", "10", "--cost", "20.00");
        JsonNode r = sell("--item", "CASE", "--qty", "15");
        assertThat(r.get("lines").get(0).get("cogs").asText()).isEqualTo("200.00");
        assertThat(r.get("lines").get(0).get("cost_source").asText()).isEqualTo("fifo");
        assertThat(r.get("total").asText()).isEqualTo("375.00");
        assertThat(onHand("CASE")).isEqualTo(5);
        assertThat(stockValue("CASE")).isEqualTo(10000);
    }

    @Test
    void quantitySaleWithOddCentsAndRefusalWhenShort() {
        inv.ok("product", "create", "CASE", "--name", "Case", "--price", "150");
        inv.ok("restock", "CASE", "--qty", "4", "--cost", "100.00");
        inv.ok("restock", "CASE", "--qty", "5", "--cost", "111.11");
        inv.ok("restock", "CASE", "--qty", "6", "--cost", "122.22");
        assertThat(sell("--item", "CASE", "--qty", "7").get("lines").get(0).get("cogs").asText()).isEqualTo("733.33");
        long before = inv.writtenRows();
        long value = stockValue("CASE");
        InvRunner.Result r = inv.run("sell", "--item", "CASE", "--qty", "9");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("not enough CASE in stock: 9 wanted, 8 left");
        assertThat(inv.writtenRows()).isEqualTo(before);
        assertThat(stockValue("CASE")).isEqualTo(value);
    }

    @Test
    void quantityReturnComesBackAtTheCostItWasSoldAt() {
        inv.ok("product", "create", "CASE", "--name", "Case", "--price", "15");
        inv.ok("restock", "CASE", "--qty", "10", "--cost", "10.00");
        sell("--item", "CASE", "--qty", "10");
        inv.ok("restock", "CASE", "--qty", "10", "--cost", "20.00");
        JsonNode ret = json(inv.ok("return", "--invoice", "INV-000001", "--line", "1", "--qty", "10", "--format", "json"));
        assertThat(ret.get("return").asText()).isEqualTo("RET-000001");
        assertThat(ret.get("invoice").asText()).isEqualTo("INV-000001");
        assertThat(ret.get("line").asInt()).isEqualTo(1);
        assertThat(ret.get("refund").asText()).isEqualTo("150.00");
        assertThat(ret.get("cost_returned").asText()).isEqualTo("100.00");
        assertThat(onHand("CASE")).isEqualTo(20);
        assertThat(stockValue("CASE")).isEqualTo(30000);
    }

    @Test
    void returningAWholeLineInPartsRestoresExactlyItsCogs() {
        inv.ok("product", "create", "CASE", "--name", "Case", "--price", "150");
        inv.ok("restock", "CASE", "--qty", "4", "--cost", "100.00");
        inv.ok("restock", "CASE", "--qty", "5", "--cost", "111.11");
        long valueBefore = stockValue("CASE");
        sell("--item", "CASE", "--qty", "7");
        inv.ok("return", "--invoice", "1", "--line", "1", "--qty", "2");
        inv.ok("return", "--invoice", "1", "--line", "1", "--qty", "4");
        inv.ok("return", "--invoice", "1", "--line", "1");
        assertThat(stockValue("CASE")).isEqualTo(valueBefore);
        InvRunner.Result more = inv.run("return", "--invoice", "1", "--line", "1", "--qty", "1");
        assertThat(more.code()).isEqualTo(4);
        assertThat(more.err()).contains("already fully returned");
        // the returned layers queue most recently consumed first: the 111.11 pieces go first
        JsonNode again = sell("--item", "CASE", "--qty", "2");
        assertThat(again.get("lines").get(0).get("cogs").asText()).isEqualTo("222.22");
    }

    @Test
    void returningMoreThanTheLineSoldIsRefused() {
        inv.ok("product", "create", "CASE", "--name", "Case", "--price", "15");
        inv.ok("restock", "CASE", "--qty", "10", "--cost", "10.00");
        sell("--item", "CASE", "--qty", "5");
        inv.ok("return", "--invoice", "1", "--line", "1", "--qty", "3");
        long before = inv.writtenRows();
        InvRunner.Result r = inv.run("return", "--invoice", "1", "--line", "1", "--qty", "3");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("5 sold, 3 already returned, 2 left to return");
        assertThat(inv.writtenRows()).isEqualTo(before);
        assertThat(inv.run("return", "--invoice", "9", "--line", "1").code()).isEqualTo(3);
        assertThat(inv.run("return", "--invoice", "1", "--line", "2").code()).isEqualTo(3);
        assertThat(inv.run("return", "--invoice", "1", "--line", "1", "--qty", "0").code()).isEqualTo(2);
        InvRunner.Result refund = inv.run("return", "--invoice", "1", "--line", "1", "--qty", "1", "--refund", "99");
        assertThat(refund.code()).isEqualTo(4);
        assertThat(refund.err()).contains("more than the 15.00 paid");
    }

    @Test
    void legacyUnitTakesTheOpeningLayerThenTheProductCostThenNone() {
        inv.ok("product", "create", "OLD", "--name", "Legacy phone", "--tracking", "serialized", "--price", "300",
                "--cost", "150");
        inv.ok("restock", "OLD", "--supplier", "ACME", "--unit", "L1", "--unit", "L2", "--unit", "L3");
        inv.ok("restock", "OLD", "--opening", "--qty", "1", "--cost", "120");
        JsonNode fifo = sell("--item", "L1").get("lines").get(0);
        assertThat(fifo.get("cost_source").asText()).isEqualTo("fifo");
        assertThat(fifo.get("cogs").asText()).isEqualTo("120.00");
        assertThat(onHand("OLD")).isZero();
        JsonNode product = sell("--item", "L2").get("lines").get(0);
        assertThat(product.get("cost_source").asText()).isEqualTo("product");
        assertThat(product.get("cogs").asText()).isEqualTo("150.00");

        inv.ok("product", "create", "NOCOST", "--name", "No cost", "--tracking", "serialized", "--price", "10");
        inv.ok("restock", "NOCOST", "--supplier", "ACME", "--unit", "N1");
        InvRunner.Result none = inv.run("sell", "--item", "N1", "--format", "json");
        assertThat(none.code()).isZero();
        assertThat(json(none.out()).get("lines").get(0).get("cost_source").asText()).isEqualTo("none");
        assertThat(json(none.out()).get("lines").get(0).get("cogs").asText()).isEqualTo("0.00");
        assertThat(none.err()).contains("warning").contains("no cost known for NOCOST:N1");
    }

    // --- sell ------------------------------------------------------------------------------------

    @Test
    void receiptShowsEachUnitWithItsLabel() {
        phones();
        inv.ok("product", "create", "CABLE", "--name", "USB-C cable", "--price", "9.90");
        inv.ok("restock", "CABLE", "--qty", "10", "--cost", "2");
        String out = inv.ok("sell", "--item", A, "--item", "CABLE", "--qty", "2", "--customer", "Jane Doe");
        assertThat(out).contains("INV-000001").contains("customer: Jane Doe").contains("IMEI " + A)
                .contains("TOTAL").contains("818.80");
        assertThat(inv.ok("invoice", "show", "INV-000001")).contains("IMEI " + A).contains("818.80");
        JsonNode shown = json(inv.ok("invoice", "show", "1", "--format", "json"));
        assertThat(shown.get("lines").get(1).get("cogs").asText()).isEqualTo("4.00");
        assertThat(inv.run("invoice", "show", "INV-000009").code()).isEqualTo(3);
    }

    @Test
    void aSaleWithOneBadLineSellsNothing() {
        phones();
        long before = inv.writtenRows();
        InvRunner.Result r = inv.run("sell", "--item", A, "--item", "356938035643808");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("line 2");
        assertThat(inv.writtenRows()).isEqualTo(before);
        assertThat(inv.count("SELECT count(*) FROM serialized_items WHERE status = 'available'")).isEqualTo(2);
        InvRunner.Result twice = inv.run("sell", "--item", A, "--item", A);
        assertThat(twice.code()).isEqualTo(4);
        assertThat(twice.err()).contains("already on this invoice");
        assertThat(inv.writtenRows()).isEqualTo(before);
    }

    @Test
    void aSoldUnitCannotBeSoldAgain() {
        phones();
        sell("--item", A);
        InvRunner.Result r = inv.run("sell", "--item", A);
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("IPH15:" + A).contains("is sold");
    }

    @Test
    void aSerializedSkuWithoutATerminalListsAvailableUnits() {
        phones();
        InvRunner.Result r = inv.run("sell", "--item", "IPH15");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("IPH15 is serialized").contains(A).contains(B);
        assertThat(inv.count("SELECT count(*) FROM invoices")).isZero();
    }

    @Test
    void sellCommandLineMistakes() {
        phones();
        inv.ok("product", "create", "FREE", "--name", "No price");
        inv.ok("restock", "FREE", "--qty", "1", "--cost", "1");
        InvRunner.Result noPrice = inv.run("sell", "--item", "FREE");
        assertThat(noPrice.code()).isEqualTo(2);
        assertThat(noPrice.err()).contains("FREE has no price");
        assertThat(inv.run("sell").code()).isEqualTo(2);
        assertThat(inv.run("sell", "--item", A, "--price", "abc").code()).isEqualTo(2);
        assertThat(inv.run("sell", "--item", A, "--qty", "2").code()).isEqualTo(2);
        assertThat(inv.run("sell", "--item", "NOPE").code()).isEqualTo(3);
        assertThat(inv.count("SELECT count(*) FROM invoices")).isZero();
    }

    @Test
    void identifierMatchingUnitsOfSeveralProductsIsAmbiguous() {
        inv.ok("product", "create", "LAPTOP", "--name", "Laptop", "--tracking", "serialized", "--price", "900");
        inv.ok("product", "create", "DOCK", "--name", "Dock", "--tracking", "serialized", "--price", "90");
        inv.ok("restock", "LAPTOP", "--supplier", "ACME", "--unit", "SN-1", "--cost", "600");
        inv.ok("restock", "DOCK", "--supplier", "ACME", "--unit", "SN-1", "--cost", "40");
        InvRunner.Result r = inv.run("sell", "--item", "SN-1");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("LAPTOP:SN-1").contains("DOCK:SN-1").contains("SKU:IDENTIFIER");
        assertThat(sell("--item", "DOCK:SN-1").get("lines").get(0).get("cogs").asText()).isEqualTo("40.00");
        InvRunner.Result route = inv.run("unit", "route", "SN-1", "--to", "defect");
        assertThat(route.code()).isEqualTo(4);
        assertThat(route.err()).contains("matches 2 units");
    }

    @Test
    void anIdentifierWinsOverASkuOfTheSameText() {
        inv.ok("product", "create", "X100", "--name", "A SKU", "--price", "1");
        inv.ok("restock", "X100", "--qty", "5", "--cost", "1");
        inv.ok("product", "create", "GUN", "--name", "Gun", "--tracking", "serialized", "--price", "500");
        inv.ok("restock", "GUN", "--supplier", "ACME", "--unit", "X100", "--cost", "300");
        JsonNode line = sell("--item", "X100").get("lines").get(0);
        assertThat(line.get("sku").asText()).isEqualTo("GUN");
        assertThat(line.get("identifier").asText()).isEqualTo("X100");
    }

    // --- return ----------------------------------------------------------------------------------

    @Test
    void returnFindsTheSaleByTheUnitsIdentifier() {
        phones();
        sell("--item", A, "--customer", "Jane Doe");
        InvRunner.Result r = inv.run("return", "35 693803 564380 9", "--reason", "changed mind");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("INV-000001").contains("Jane Doe").contains("line 1").contains("799.00")
                .contains("RET-000001").contains("returned");
        JsonNode unit = json(inv.ok("track", "IPH15", "--format", "json")).get("units").get(0);
        assertThat(unit.get("status").asText()).isEqualTo("returned");
        InvRunner.Result again = inv.run("return", A);
        assertThat(again.code()).isEqualTo(4);
        assertThat(again.err()).contains("is returned already");
    }

    @Test
    void returnRoutesAtOnceAndRecordsTheRefund() {
        phones();
        sell("--item", B);
        JsonNode r = json(inv.ok("return", B, "--to", "defect", "--refund", "700", "--reason", "no signal",
                "--format", "json"));
        assertThat(r.get("return").asText()).isEqualTo("RET-000001");
        assertThat(r.get("invoice").asText()).isEqualTo("INV-000001");
        assertThat(r.get("line").asInt()).isEqualTo(1);
        assertThat(r.get("identifier").asText()).isEqualTo(B);
        assertThat(r.get("status").asText()).isEqualTo("defect");
        assertThat(r.get("refund").asText()).isEqualTo("700.00");
        assertThat(r.get("cost_returned").asText()).isEqualTo("450.00");
        assertThat(inv.count("SELECT count(*) FROM unit_events WHERE kind IN ('returned', 'routed')"
                + " AND ref = 'RET-000001'")).isEqualTo(2);
        assertThat(inv.run("return", A).code()).isEqualTo(4); // never sold
        assertThat(inv.run("return", A).err()).contains("never sold");
        assertThat(inv.run("return", "NOPE").code()).isEqualTo(3);
        assertThat(inv.run("return", A, "--to", "sold").code()).isEqualTo(2);
    }

    @Test
    void refundAbovePriceAndMixedFormsAreRefused() {
        phones();
        sell("--item", A);
        long before = inv.writtenRows();
        assertThat(inv.run("return", A, "--refund", "800").code()).isEqualTo(4);
        assertThat(inv.run("return", A, "--invoice", "1", "--line", "1").code()).isEqualTo(2);
        assertThat(inv.run("return").code()).isEqualTo(2);
        assertThat(inv.run("return", "--invoice", "1", "--line", "1").code()).isEqualTo(4); // a unit's line
        assertThat(inv.writtenRows()).isEqualTo(before);
    }

    @Test
    void aReturnedUnitCanBeSoldAgainAtItsOwnCost() {
        phones();
        sell("--item", A);
        inv.ok("return", A, "--to", "available");
        JsonNode again = sell("--item", A);
        assertThat(again.get("lines").get(0).get("cogs").asText()).isEqualTo("400.00");
        assertThat(json(inv.ok("return", A, "--format", "json")).get("invoice").asText()).isEqualTo("INV-000002");
    }

    // --- route -----------------------------------------------------------------------------------

    @Test
    void routeThroughTheStatusRules() {
        phones();
        inv.ok("unit", "route", A, "--to", "defect", "--reason", "no signal");
        inv.ok("unit", "route", A, "--to", "with_supplier", "--rma", "RMA-7781");
        inv.ok("unit", "route", A, "--to", "available", "--reason", "replaced board");
        assertThat(inv.count("SELECT count(*) FROM unit_events WHERE kind = 'routed' AND ref = 'RMA-7781'")).isOne();
        InvRunner.Result same = inv.run("unit", "route", A, "--to", "available");
        assertThat(same.code()).isEqualTo(4);
        assertThat(same.err()).contains("IPH15:" + A).contains("is available").contains("it can become");
        sell("--item", A);
        InvRunner.Result sold = inv.run("unit", "route", A, "--to", "defect");
        assertThat(sold.code()).isEqualTo(4);
        assertThat(sold.err()).contains("inv return");
        inv.ok("unit", "route", B, "--to", "written_off", "--reason", "water damage");
        InvRunner.Result terminal = inv.run("unit", "route", B, "--to", "defect");
        assertThat(terminal.code()).isEqualTo(4);
        assertThat(terminal.err()).contains("written_off").contains("available");
        assertThat(inv.run("unit", "route", B, "--to", "lost").code()).isEqualTo(2);
        assertThat(inv.run("unit", "route", "NOPE", "--to", "defect").code()).isEqualTo(3);
        assertThat(json(inv.ok("track", "--status", "written_off", "--format", "json")).get("units")).hasSize(1);
    }

    @Test
    void aWrittenOffUnitCanBeReReceived() {
        phones();
        inv.ok("unit", "route", A, "--to", "written_off");
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", A, "--cost", "100");
        JsonNode unit = json(inv.ok("track", "IPH15", "--status", "available", "--format", "json")).get("units");
        assertThat(unit).hasSize(2);
        assertThat(inv.count("SELECT count(*) FROM serialized_items")).isEqualTo(2);
    }
}
