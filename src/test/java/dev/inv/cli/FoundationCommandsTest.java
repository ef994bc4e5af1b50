package dev.inv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** init, product, supplier, restock and track, in-process, with every error case and its exit code. */
class FoundationCommandsTest {

    static final String IMEI_A = "356938035643809";
    static final String IMEI_B = "490154203237518";
    static final String IMEI_C = "353918050000005";
    static final String BAD_CHECK = "356938035643808";

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    InvRunner inv;

    @BeforeEach
    void setUp() {
        inv = new InvRunner(dir.resolve("shop.db"));
    }

    void phoneShop() {
        inv.ok("product", "create", "IPH15", "--name", "iPhone 15", "--tracking", "serialized",
                "--identifier-format", "imei", "--price", "799");
        inv.ok("supplier", "create", "ACME", "--name", "Acme Wholesale");
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    // --- init -------------------------------------------------------------------------------

    @Test
    void initCreatesTheInventoryAndSetsTheCurrency() {
        InvRunner.Result r = inv.run("init", "--currency", "eur");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Initialised new inventory").contains("EUR");
        assertThat(json(inv.ok("init", "--format", "json")).get("currency").asText()).isEqualTo("EUR");
        inv.ok("product", "create", "CASE", "--name", "Case", "--price", "12.50");
        assertThat(json(inv.ok("product", "show", "CASE", "--format", "json")).get("price").asText()).isEqualTo("12.50");
    }

    @Test
    void initRefusesAnUnknownCurrencyAndAChangeOnceThereIsData() {
        InvRunner.Result bad = inv.run("init", "--currency", "XYZ");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown currency code 'XYZ'");
        inv.ok("product", "create", "CASE", "--name", "Case");
        InvRunner.Result change = inv.run("init", "--currency", "JPY");
        assertThat(change.code()).isEqualTo(4);
        assertThat(change.err()).contains("cannot change");
        assertThat(inv.count("SELECT count(*) FROM meta WHERE key = 'currency' AND value = 'USD'")).isOne();
    }

    @Test
    void zeroDecimalCurrencyRefusesCents() {
        inv.ok("init", "--currency", "JPY");
        InvRunner.Result r = inv.run("product", "create", "CASE", "--name", "Case", "--price", "12.50");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--price").contains("decimals");
        assertThat(inv.writtenRows()).isZero();
    }

    // --- product ----------------------------------------------------------------------------

    @Test
    void createsSerializedProductAndShowsIt() {
        phoneShop();
        JsonNode p = json(inv.ok("product", "show", "IPH15", "--format", "json"));
        assertThat(p.get("sku").asText()).isEqualTo("IPH15");
        assertThat(p.get("tracking").asText()).isEqualTo("serialized");
        assertThat(p.get("identifier_label").asText()).isEqualTo("IMEI");
        assertThat(p.get("identifier_format").asText()).isEqualTo("imei");
        assertThat(p.get("unique_identifiers").asBoolean()).isTrue();
        assertThat(p.get("price").asText()).isEqualTo("799.00");
        assertThat(p.get("cost").isNull()).isTrue();
        assertThat(inv.ok("product", "show", "IPH15")).contains("IMEI (format imei, unique)");
    }

    @Test
    void trackingDefaultsToQuantity() {
        inv.ok("product", "create", "CABLE", "--name", "USB-C cable", "--cost", "2.10", "--price", "9.90",
                "--warranty-months", "6");
        JsonNode p = json(inv.ok("product", "show", "CABLE", "--format", "json"));
        assertThat(p.get("tracking").asText()).isEqualTo("quantity");
        assertThat(p.get("identifier_format").isNull()).isTrue();
        assertThat(p.get("cost").asText()).isEqualTo("2.10");
        assertThat(p.get("warranty_months").asInt()).isEqualTo(6);
    }

    @Test
    void productOptionsForSerializedOnlyAreRefusedOnQuantityProducts() {
        InvRunner.Result r = inv.run("product", "create", "CABLE", "--name", "Cable", "--identifier-format", "imei");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--identifier-format applies to serialized products only");
        assertThat(inv.writtenRows()).isZero();
    }

    @Test
    void customIdentifierLabelFormatAndNoUnique() {
        inv.ok("product", "create", "GUN", "--name", "Pistol", "--tracking", "serialized", "--identifier-label",
                "Serial #", "--identifier-format", "[A-Z]{3}\\d{4}", "--no-unique");
        JsonNode p = json(inv.ok("product", "show", "GUN", "--format", "json"));
        assertThat(p.get("identifier_label").asText()).isEqualTo("Serial #");
        assertThat(p.get("identifier_format").asText()).isEqualTo("[A-Z]{3}\\d{4}");
        assertThat(p.get("unique_identifiers").asBoolean()).isFalse();
        inv.ok("supplier", "create", "S");
        inv.ok("restock", "GUN", "--supplier", "S", "--unit", "ABC1234", "--cost", "300");
        // not unique: the same serial may be received again while the first is in stock
        inv.ok("restock", "GUN", "--supplier", "S", "--unit", "ABC1234", "--cost", "310");
        assertThat(inv.count("SELECT count(*) FROM serialized_items WHERE identifier = 'ABC1234'")).isEqualTo(2);
        InvRunner.Result bad = inv.run("restock", "GUN", "--supplier", "S", "--unit", "abc1234");
        assertThat(bad.code()).isEqualTo(5);
        assertThat(bad.err()).contains("does not match the format");
    }

    @Test
    void badRegexIsABadCommandLine() {
        InvRunner.Result r = inv.run("product", "create", "X", "--name", "X", "--tracking", "serialized",
                "--identifier-format", "[a-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("identifier format");
        assertThat(inv.writtenRows()).isZero();
    }

    @Test
    void duplicateSkuIsRefused() {
        phoneShop();
        long before = inv.writtenRows();
        InvRunner.Result r = inv.run("product", "create", "IPH15", "--name", "Again");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).isEqualTo("inv: error: product IPH15 already exists\n");
        assertThat(inv.writtenRows()).isEqualTo(before);
    }

    @Test
    void badAmountsAndMissingNameAreBadCommandLines() {
        InvRunner.Result r = inv.run("product", "create", "X", "--name", "X", "--price", "-5", "--cost", "abc");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--price").contains("negative").contains("--cost").contains("not a number");
        InvRunner.Result noName = inv.run("product", "create", "X");
        assertThat(noName.code()).isEqualTo(2);
        assertThat(noName.err()).contains("--name");
        assertThat(inv.writtenRows()).isZero();
    }

    @Test
    void skuWithSpacesOrColonIsRefused() {
        assertThat(inv.run("product", "create", "A B", "--name", "x").code()).isEqualTo(2);
        InvRunner.Result colon = inv.run("product", "create", "A:B", "--name", "x");
        assertThat(colon.code()).isEqualTo(2);
        assertThat(colon.err()).contains("':'");
        assertThat(inv.writtenRows()).isZero();
    }

    @Test
    void skuAndNameWithQuotesAndSqlAreStoredLiterally() {
        String sku = "X');DROP-TABLE-products;--";
        inv.ok("product", "create", sku, "--name", "Robert'); DROP TABLE products;-- \"quoted\"");
        JsonNode p = json(inv.ok("product", "show", sku, "--format", "json"));
        assertThat(p.get("name").asText()).isEqualTo("Robert'); DROP TABLE products;-- \"quoted\"");
        assertThat(inv.count("SELECT count(*) FROM products")).isOne();
    }

    @Test
    void variantsInheritFromTheirParent() {
        inv.ok("product", "create", "IPH15", "--name", "iPhone 15", "--tracking", "serialized",
                "--identifier-format", "imei", "--price", "799", "--warranty-months", "12");
        inv.ok("product", "create", "IPH15-BLK", "--name", "iPhone 15 Black", "--variant-of", "IPH15",
                "--attr", "color=Black", "--attr", "storage=128GB", "--price", "829");
        JsonNode v = json(inv.ok("product", "show", "IPH15-BLK", "--format", "json"));
        assertThat(v.get("variant_of").asText()).isEqualTo("IPH15");
        assertThat(v.get("tracking").asText()).isEqualTo("serialized");
        assertThat(v.get("identifier_format").asText()).isEqualTo("imei");
        assertThat(v.get("identifier_label").asText()).isEqualTo("IMEI");
        assertThat(v.get("price").asText()).isEqualTo("829.00");
        assertThat(v.get("warranty_months").asInt()).isEqualTo(12);
        assertThat(v.get("attributes").get("color").asText()).isEqualTo("Black");
        assertThat(v.get("attributes").get("storage").asText()).isEqualTo("128GB");
        JsonNode parent = json(inv.ok("product", "show", "IPH15", "--format", "json"));
        assertThat(parent.get("variants").get(0).asText()).isEqualTo("IPH15-BLK");
        assertThat(inv.ok("product", "list")).contains("IPH15-BLK").contains("color=Black storage=128GB");
    }

    @Test
    void variantErrors() {
        phoneShop();
        InvRunner.Result unknown = inv.run("product", "create", "V", "--name", "V", "--variant-of", "NOPE",
                "--attr", "color=Red");
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).contains("no product with SKU 'NOPE'");

        InvRunner.Result inherited = inv.run("product", "create", "V", "--name", "V", "--variant-of", "IPH15",
                "--attr", "color=Red", "--tracking", "quantity");
        assertThat(inherited.code()).isEqualTo(2);
        assertThat(inherited.err()).contains("--tracking is inherited");

        InvRunner.Result noAttr = inv.run("product", "create", "V", "--name", "V", "--variant-of", "IPH15");
        assertThat(noAttr.code()).isEqualTo(2);
        assertThat(noAttr.err()).contains("--attr");

        InvRunner.Result badAttr = inv.run("product", "create", "V", "--name", "V", "--variant-of", "IPH15",
                "--attr", "color");
        assertThat(badAttr.code()).isEqualTo(2);
        assertThat(badAttr.err()).contains("KEY=VALUE");

        InvRunner.Result attrAlone = inv.run("product", "create", "V", "--name", "V", "--attr", "color=Red");
        assertThat(attrAlone.code()).isEqualTo(2);

        inv.ok("product", "create", "V", "--name", "V", "--variant-of", "IPH15", "--attr", "color=Red");
        InvRunner.Result nested = inv.run("product", "create", "VV", "--name", "VV", "--variant-of", "V",
                "--attr", "size=L");
        assertThat(nested.code()).isEqualTo(4);
        assertThat(nested.err()).contains("is itself a variant");
    }

    @Test
    void productListAndShowOfUnknown() {
        assertThat(inv.ok("product", "list")).contains("No products yet");
        assertThat(json(inv.ok("product", "list", "--format", "json")).get("products").size()).isZero();
        phoneShop();
        assertThat(inv.ok("product", "list", "--format", "csv"))
                .startsWith("sku,name,tracking,identifier_label,identifier_format,cost,price")
                .contains("IPH15,iPhone 15,serialized,IMEI,imei,,799.00");
        InvRunner.Result r = inv.run("product", "show", "NOPE");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("inv: error: no product with SKU 'NOPE'\n");
    }

    // --- supplier ---------------------------------------------------------------------------

    @Test
    void suppliers() {
        inv.ok("supplier", "create", "ACME", "--name", "Acme Wholesale");
        inv.ok("supplier", "create", "TRADEIN");
        JsonNode list = json(inv.ok("supplier", "list", "--format", "json"));
        assertThat(list.get("suppliers").get(0).get("code").asText()).isEqualTo("ACME");
        assertThat(list.get("suppliers").get(1).get("name").asText()).isEqualTo("TRADEIN");
        assertThat(inv.ok("supplier", "list")).contains("Acme Wholesale");
        InvRunner.Result dup = inv.run("supplier", "create", "ACME");
        assertThat(dup.code()).isEqualTo(4);
        assertThat(dup.err()).contains("supplier ACME already exists");
    }

    // --- restock ----------------------------------------------------------------------------

    @Test
    void restocksTwoPhonesAtDifferentCostsAndTracksThem() {
        phoneShop();
        String out = inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400",
                "--unit", IMEI_B, "--cost", "450.00", "--ref", "PO-1");
        assertThat(out).contains("RCV-000001").contains("2 units").contains("850.00");
        JsonNode units = json(inv.ok("track", "IPH15", "--format", "json")).get("units");
        assertThat(units).hasSize(2);
        assertThat(units.get(0).get("identifier").asText()).isEqualTo(IMEI_A);
        assertThat(units.get(0).get("cost").asText()).isEqualTo("400.00");
        assertThat(units.get(0).get("status").asText()).isEqualTo("available");
        assertThat(units.get(0).get("supplier").asText()).isEqualTo("ACME");
        assertThat(units.get(1).get("cost").asText()).isEqualTo("450.00");
        assertThat(inv.count("SELECT count(*) FROM unit_events WHERE kind = 'received' AND ref = 'RCV-000001'"))
                .isEqualTo(2);
        assertThat(inv.count("SELECT count(*) FROM receipts WHERE ref = 'PO-1' AND actor = 'tester' AND source = 'cli'"))
                .isOne();
    }

    @Test
    void imeiIsNormalisedFromSpacesAndDashes() {
        phoneShop();
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", "35-693803-564380-9", "--cost", "400");
        assertThat(json(inv.ok("track", "IPH15", "--format", "json")).get("units").get(0).get("identifier").asText())
                .isEqualTo(IMEI_A);
    }

    @Test
    void restockJsonOutput() {
        phoneShop();
        JsonNode r = json(inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400",
                "--unit", IMEI_B, "--format", "json"));
        assertThat(r.get("receipt").asText()).isEqualTo("RCV-000001");
        assertThat(r.get("units").get(0).get("cost").asText()).isEqualTo("400.00");
        assertThat(r.get("units").get(1).get("cost").isNull()).isTrue();
        assertThat(r.get("total").asText()).isEqualTo("400.00");
    }

    @Test
    void quietRestockPrintsOnlyTheReceipt() {
        phoneShop();
        assertThat(inv.ok("-q", "restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A)).isEqualTo("RCV-000001\n");
    }

    @Test
    void everyProblemOfARestockIsNamedAndNothingIsWritten() {
        phoneShop();
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        long before = inv.writtenRows();
        InvRunner.Result r = inv.run("restock", "IPH15", "--supplier", "ACME",
                "--unit", IMEI_B, "--cost", "450",
                "--unit", BAD_CHECK,
                "--unit", IMEI_A,
                "--unit", IMEI_B);
        assertThat(r.code()).isEqualTo(5); // invalid data comes before refusals
        assertThat(r.err()).contains("3 problems")
                .contains("bad check digit")
                .contains("identifier " + IMEI_A + " is already in stock")
                .contains("identifier " + IMEI_B + " is given twice (units 1 and 4)");
        assertThat(inv.writtenRows()).isEqualTo(before);
    }

    @Test
    void duplicateWithinTheCommandIsRefused() {
        phoneShop();
        InvRunner.Result r = inv.run("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--unit", IMEI_A);
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("given twice");
        assertThat(inv.count("SELECT count(*) FROM receipts")).isZero();
    }

    @Test
    void identifierAlreadyInStockIsRefusedAcrossTheFamily() {
        phoneShop();
        inv.ok("product", "create", "IPH15-BLK", "--name", "Black", "--variant-of", "IPH15", "--attr", "color=Black");
        inv.ok("product", "create", "IPH15-WHT", "--name", "White", "--variant-of", "IPH15", "--attr", "color=White");
        inv.ok("restock", "IPH15-BLK", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        InvRunner.Result r = inv.run("restock", "IPH15-WHT", "--supplier", "ACME", "--unit", IMEI_A);
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("already in stock (IPH15-BLK, available)");
    }

    @Test
    void badImeiCheckDigitIsInvalidData() {
        phoneShop();
        InvRunner.Result r = inv.run("restock", "IPH15", "--supplier", "ACME", "--unit", BAD_CHECK, "--cost", "1");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).isEqualTo("inv: error: unit 1: IMEI " + BAD_CHECK + " has a bad check digit (expected 9)\n");
        assertThat(inv.count("SELECT count(*) FROM receipts")).isZero();
    }

    @Test
    void unknownSkuOrSupplierIsNotFound() {
        phoneShop();
        InvRunner.Result sku = inv.run("restock", "NOPE", "--supplier", "ACME", "--unit", IMEI_A);
        assertThat(sku.code()).isEqualTo(3);
        assertThat(sku.err()).contains("no product with SKU 'NOPE'");
        InvRunner.Result sup = inv.run("restock", "IPH15", "--supplier", "NOPE", "--unit", IMEI_A);
        assertThat(sup.code()).isEqualTo(3);
        assertThat(sup.err()).contains("no supplier with code 'NOPE'");
        // not found comes before invalid data
        InvRunner.Result both = inv.run("restock", "IPH15", "--supplier", "NOPE", "--unit", BAD_CHECK);
        assertThat(both.code()).isEqualTo(3);
        assertThat(both.err()).contains("no supplier").contains("bad check digit");
        assertThat(inv.count("SELECT count(*) FROM receipts")).isZero();
    }

    @Test
    void aBadCostComesFirstOfAll() {
        phoneShop();
        InvRunner.Result r = inv.run("restock", "IPH15", "--supplier", "NOPE", "--unit", BAD_CHECK, "--cost", "1.234");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("decimals").contains("no supplier").contains("bad check digit");
    }

    @Test
    void serializedProductWithQtyButWithoutOpeningIsRefused() {
        phoneShop();
        InvRunner.Result r = inv.run("restock", "IPH15", "--supplier", "ACME", "--qty", "5", "--cost", "400");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("IPH15 is serialized").contains("--opening");
        assertThat(inv.count("SELECT count(*) FROM cost_layers")).isZero();
    }

    @Test
    void openingBalanceCreatesALayerAndNoUnits() {
        phoneShop();
        String out = inv.ok("restock", "IPH15", "--opening", "--qty", "3", "--cost", "380");
        assertThat(out).contains("opening balance");
        assertThat(inv.count("SELECT count(*) FROM cost_layers WHERE kind = 'opening' AND qty_remaining = 3"
                + " AND unit_cost = 38000")).isOne();
        assertThat(inv.count("SELECT count(*) FROM serialized_items")).isZero();
    }

    @Test
    void quantityRestockCreatesAFifoLayer() {
        inv.ok("product", "create", "CABLE", "--name", "Cable");
        inv.ok("supplier", "create", "ACME");
        JsonNode r = json(inv.ok("restock", "CABLE", "--supplier", "ACME", "--qty", "10", "--cost", "2.10",
                "--format", "json"));
        assertThat(r.get("qty").asLong()).isEqualTo(10);
        assertThat(r.get("unit_cost").asText()).isEqualTo("2.10");
        assertThat(r.get("total").asText()).isEqualTo("21.00");
        inv.ok("restock", "CABLE", "--qty", "5", "--cost", "2.20"); // supplier optional for quantity
        assertThat(json(inv.ok("product", "show", "CABLE", "--format", "json")).get("layer_qty").asLong()).isEqualTo(15);
    }

    @Test
    void quantityProductWithUnitIsRefused() {
        inv.ok("product", "create", "CABLE", "--name", "Cable");
        inv.ok("supplier", "create", "ACME");
        InvRunner.Result r = inv.run("restock", "CABLE", "--supplier", "ACME", "--unit", "X1", "--cost", "1");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("tracked by quantity");
        assertThat(inv.count("SELECT count(*) FROM receipts")).isZero();
    }

    @Test
    void restockCommandLineMistakes() {
        phoneShop();
        assertThat(inv.run("restock", "IPH15", "--supplier", "ACME").err()).contains("nothing to receive");
        assertThat(inv.run("restock", "IPH15", "--supplier", "ACME").code()).isEqualTo(2);
        InvRunner.Result both = inv.run("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--qty", "1");
        assertThat(both.code()).isEqualTo(2);
        InvRunner.Result noSupplier = inv.run("restock", "IPH15", "--unit", IMEI_A);
        assertThat(noSupplier.code()).isEqualTo(2);
        assertThat(noSupplier.err()).contains("--supplier");
        InvRunner.Result loose = inv.run("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "1",
                "--cost", "2");
        assertThat(loose.code()).isEqualTo(2);
        assertThat(loose.err()).contains("--cost 2 follows no --unit");
        InvRunner.Result zero = inv.run("restock", "IPH15", "--opening", "--qty", "0", "--cost", "1");
        assertThat(zero.code()).isEqualTo(2);
        InvRunner.Result noCost = inv.run("restock", "IPH15", "--opening", "--qty", "2");
        assertThat(noCost.code()).isEqualTo(2);
        assertThat(noCost.err()).contains("--qty needs --cost");
        InvRunner.Result notNumber = inv.run("restock", "IPH15", "--opening", "--qty", "two", "--cost", "1");
        assertThat(notNumber.code()).isEqualTo(2);
        assertThat(inv.count("SELECT count(*) FROM receipts")).isZero();
    }

    @Test
    void restockingTheParentOfVariantsIsRefusedAndListsThem() {
        phoneShop();
        inv.ok("product", "create", "IPH15-BLK", "--name", "Black", "--variant-of", "IPH15", "--attr", "color=Black");
        inv.ok("product", "create", "IPH15-WHT", "--name", "White", "--variant-of", "IPH15", "--attr", "color=White");
        InvRunner.Result r = inv.run("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A);
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("IPH15 has variants; restock one of them: IPH15-BLK, IPH15-WHT");
    }

    @Test
    void restockingASoldUnitReReceivesTheSameUnit() {
        phoneShop();
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        inv.exec("UPDATE serialized_items SET status = 'sold', sold_at = '2026-12-03T10:00:00Z'");
        inv.ok("supplier", "create", "TRADEIN");
        String out = inv.ok("restock", "IPH15", "--supplier", "TRADEIN", "--unit", IMEI_A, "--cost", "250");
        assertThat(out).contains("re-received");
        assertThat(inv.count("SELECT count(*) FROM serialized_items")).isOne();
        JsonNode unit = json(inv.ok("track", "IPH15", "--format", "json")).get("units").get(0);
        assertThat(unit.get("status").asText()).isEqualTo("available");
        assertThat(unit.get("cost").asText()).isEqualTo("250.00");
        assertThat(unit.get("supplier").asText()).isEqualTo("TRADEIN");
        assertThat(unit.get("sold_at").isNull()).isTrue();
        assertThat(inv.count("SELECT count(*) FROM unit_events WHERE kind = 're_received' AND ref = 'RCV-000002'"
                + " AND from_status = 'sold'")).isOne();
        assertThat(inv.count("SELECT count(*) FROM unit_events")).isEqualTo(2);
    }

    // --- track ------------------------------------------------------------------------------

    @Test
    void trackFiltersByStatusSupplierAndIncludesVariants() {
        phoneShop();
        inv.ok("supplier", "create", "BETA");
        inv.ok("product", "create", "IPH15-BLK", "--name", "Black", "--variant-of", "IPH15", "--attr", "color=Black");
        inv.ok("restock", "IPH15-BLK", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        inv.ok("restock", "IPH15-BLK", "--supplier", "BETA", "--unit", IMEI_B, "--cost", "450");
        inv.exec("UPDATE serialized_items SET status = 'defect' WHERE identifier = '" + IMEI_B + "'");
        JsonNode all = json(inv.ok("track", "IPH15", "--format", "json")).get("units");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("variant").asText()).isEqualTo("color=Black");
        assertThat(json(inv.ok("track", "IPH15", "--status", "defect", "--format", "json")).get("units")).hasSize(1);
        assertThat(json(inv.ok("track", "IPH15", "--status", "defect", "--status", "available", "--format", "json"))
                .get("units")).hasSize(2);
        assertThat(json(inv.ok("track", "IPH15", "--supplier", "ACME", "--format", "json")).get("units")).hasSize(1);
        assertThat(json(inv.ok("track", "--status", "defect", "--format", "json")).get("units").get(0)
                .get("identifier").asText()).isEqualTo(IMEI_B);
        assertThat(json(inv.ok("track", "IPH15", "--limit", "1", "--offset", "1", "--format", "json")).get("units")
                .get(0).get("identifier").asText()).isEqualTo(IMEI_B);
        assertThat(inv.ok("track", "IPH15", "--format", "csv"))
                .startsWith("identifier,status,cost,supplier,sku,variant")
                .contains(IMEI_A + ",available,400.00,ACME,IPH15-BLK,color=Black");
        assertThat(inv.ok("track", "IPH15")).contains("IDENTIFIER").contains(IMEI_A).contains("defect");
    }

    @Test
    void trackErrors() {
        phoneShop();
        assertThat(inv.run("track", "NOPE").code()).isEqualTo(3);
        InvRunner.Result badStatus = inv.run("track", "IPH15", "--status", "lost");
        assertThat(badStatus.code()).isEqualTo(2);
        assertThat(badStatus.err()).contains("unknown status 'lost'");
        inv.ok("product", "create", "CABLE", "--name", "Cable");
        assertThat(inv.run("track", "CABLE").code()).isEqualTo(4);
        assertThat(inv.run("track", "IPH15", "--supplier", "NOPE").code()).isEqualTo(3);
    }

    // --- global options, help and errors ---------------------------------------------------------

    @Test
    void globalOptionsWorkBeforeAndAfterTheSubcommand() {
        Path other = dir.resolve("other.db");
        inv.ok("--db", other.toString(), "supplier", "create", "ONE");
        inv.ok("supplier", "create", "TWO", "--db", other.toString(), "--actor", "alice");
        assertThat(json(inv.ok("--format", "json", "--db", other.toString(), "supplier", "list")).get("suppliers"))
                .hasSize(2);
        assertThat(json(inv.ok("supplier", "list", "--db", other.toString(), "--format", "json")).get("suppliers"))
                .hasSize(2);
        assertThat(inv.db).doesNotExist(); // INV_DB untouched
    }

    @Test
    void actorComesFromOptionThenEnvironmentThenUser() {
        phoneShop();
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--actor", "alice");
        inv.env.put("INV_ACTOR", "bob");
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_B);
        inv.env.remove("INV_ACTOR");
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_C);
        assertThat(inv.count("SELECT count(*) FROM unit_events WHERE actor = 'alice'")).isOne();
        assertThat(inv.count("SELECT count(*) FROM unit_events WHERE actor = 'bob'")).isOne();
        assertThat(inv.count("SELECT count(*) FROM unit_events WHERE actor = 'tester'")).isOne();
    }

    @Test
    void jsonErrorsAreOneDocumentOnStderr() {
        InvRunner.Result r = inv.run("product", "show", "NOPE", "--format", "json");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        JsonNode e = json(r.err()).get("error");
        assertThat(e.get("code").asText()).isEqualTo("not_found");
        assertThat(e.get("message").asText()).isEqualTo("no product with SKU 'NOPE'");
        assertThat(e.get("details").isArray()).isTrue();
        InvRunner.Result usage = inv.run("product", "show", "--format", "json", "--bogus");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(json(usage.err()).get("error").get("code").asText()).isEqualTo("usage");
    }

    @Test
    void unknownOptionsAndCommandsAreOneLineWithAHint() {
        InvRunner.Result r = inv.run("restock", "X", "--bogus");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("inv: error: Unknown option: '--bogus'")
                .contains("Try 'inv restock --help'");
        InvRunner.Result typo = inv.run("restokc");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean restock");
        assertThat(inv.run("--format", "yaml", "product", "list").code()).isEqualTo(2);
    }

    @Test
    void unusableDatabaseExitsSeven() throws Exception {
        Path notDb = dir.resolve("notes.txt");
        java.nio.file.Files.writeString(notDb, "hello world, definitely not sqlite, just some text here".repeat(3));
        InvRunner.Result r = inv.run("--db", notDb.toString(), "product", "list");
        assertThat(r.code()).isEqualTo(7);
        assertThat(r.err()).startsWith("inv: error: ").contains("not an SQLite database").doesNotContain("Exception");
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        CommandLine cl = Cli.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), new Env(Map.of(), inv.clock, false));
        assertHelpHasExamples(cl);
        InvRunner.Result help = inv.run("restock", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Examples:").contains("--unit");
        assertThat(inv.run("--version").out()).startsWith("inv ");
    }

    private static void assertHelpHasExamples(CommandLine cl) {
        assertThat(cl.getUsageMessage()).as("help of " + cl.getCommandName()).contains("Examples:");
        for (CommandLine sub : cl.getSubcommands().values()) {
            assertHelpHasExamples(sub);
        }
    }
}
