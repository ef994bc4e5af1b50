package dev.inv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inv expense add}, {@code inv track --unit} (one unit's timeline) and {@code inv report
 * valuation}, in-process, with every error case, its exit code and that nothing was written.
 * Statuses that sell/return/route would set are set directly in the file.
 */
class ExpenseTimelineValuationTest {

    static final String IMEI_A = "356938035643809";
    static final String IMEI_A_DASHED = "35-693803-564380-9";
    static final String IMEI_B = "490154203237518";
    static final String IMEI_C = "353918050000005";

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    InvRunner inv;

    @BeforeEach
    void setUp() {
        inv = new InvRunner(dir.resolve("shop.db"));
    }

    /** IPH15: serialized, IMEI, 12 months warranty; supplier ACME. */
    void phoneShop() {
        inv.ok("product", "create", "IPH15", "--name", "iPhone 15", "--tracking", "serialized",
                "--identifier-format", "imei", "--price", "799", "--warranty-months", "12");
        inv.ok("supplier", "create", "ACME", "--name", "Acme Wholesale");
    }

    /** A second family that holds the same IMEI as IPH15: the identifier alone is then ambiguous. */
    void sameImeiInTwoProducts() {
        phoneShop();
        inv.ok("product", "create", "IPAD", "--name", "iPad", "--tracking", "serialized", "--identifier-format", "imei");
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        inv.ok("restock", "IPAD", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "300");
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).isNull() ? null : n.get(field).asText()));
        return out;
    }

    // --- expense add --------------------------------------------------------------------------

    @Test
    void expenseWithoutAUnitIsNumberedAndPrinted() {
        String out = inv.ok("expense", "add", "--amount", "12.5", "--category", "shipping", "--note", "courier");
        assertThat(out).isEqualTo("Recorded EXP-000001: 12.50 shipping\n");
        JsonNode j = json(inv.ok("expense", "add", "--amount", "$1,200", "--format", "json"));
        assertThat(j.get("expense").asText()).isEqualTo("EXP-000002");
        assertThat(j.get("amount").asText()).isEqualTo("1200.00");
        assertThat(j.get("category").isNull()).isTrue();
        assertThat(j.get("note").isNull()).isTrue();
        assertThat(j.get("identifier").isNull()).isTrue();
        assertThat(j.get("sku").isNull()).isTrue();
        assertThat(j.get("at").asText()).isEqualTo("2026-12-03T10:00:00Z");
        assertThat(inv.count("SELECT count(*) FROM expenses WHERE number = 'EXP-000001' AND amount = 1250"
                + " AND category = 'shipping' AND note = 'courier' AND unit_id IS NULL AND actor = 'tester'")).isOne();
        assertThat(inv.count("SELECT count(*) FROM unit_events")).isZero();
        assertThat(inv.ok("expense", "add", "--amount", "0", "-q")).isEqualTo("EXP-000003\n");
        assertThat(inv.ok("expense", "add", "--amount", "1", "--note", "=cmd", "--format", "csv"))
                .isEqualTo("expense,amount,category,note,identifier,sku,at\n"
                        + "EXP-000004,1.00,,'=cmd,,,2026-12-03T10:00:00Z\n");
    }

    @Test
    void expenseOnAUnitIsLinkedAndAppendsAnEvent() {
        phoneShop();
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        String out = inv.ok("expense", "add", "--amount", "45", "--unit", IMEI_A, "--category", "repair",
                "--note", "new screen", "--actor", "alice");
        assertThat(out).isEqualTo("Recorded EXP-000001: 45.00 repair (unit " + IMEI_A + ")\n");
        assertThat(inv.count("SELECT count(*) FROM expenses e JOIN serialized_items u ON u.id = e.unit_id"
                + " WHERE u.identifier = '" + IMEI_A + "' AND e.amount = 4500")).isOne();
        assertThat(inv.count("SELECT count(*) FROM unit_events WHERE kind = 'expense' AND ref = 'EXP-000001'"
                + " AND amount = 4500 AND detail = 'repair: new screen' AND from_status = 'available'"
                + " AND to_status = 'available' AND actor = 'alice'")).isOne();
        assertThat(inv.count("SELECT count(*) FROM serialized_items WHERE status = 'available'")).isOne();

        JsonNode j = json(inv.ok("expense", "add", "--amount", "5", "--unit", IMEI_A, "--note", "cleaning",
                "--format", "json"));
        assertThat(j.get("identifier").asText()).isEqualTo(IMEI_A);
        assertThat(j.get("sku").asText()).isEqualTo("IPH15");
        assertThat(inv.count("SELECT count(*) FROM unit_events WHERE ref = 'EXP-000002' AND detail = 'cleaning'"))
                .isOne();
        // the tracking page counts the unit's expenses
        JsonNode unit = json(inv.ok("track", "IPH15", "--format", "json")).get("units").get(0);
        assertThat(unit.get("expense_count").asLong()).isEqualTo(2);
        assertThat(unit.get("expense_total").asText()).isEqualTo("50.00");
    }

    @Test
    void expenseOnASoldUnitKeepsItsStatus() {
        phoneShop();
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        inv.exec("UPDATE serialized_items SET status = 'sold', sold_at = '2026-12-01T09:00:00Z'");
        inv.ok("expense", "add", "--amount", "30", "--unit", IMEI_A, "--category", "warranty repair");
        assertThat(inv.count("SELECT count(*) FROM unit_events WHERE kind = 'expense' AND from_status = 'sold'"
                + " AND to_status = 'sold' AND detail = 'warranty repair'")).isOne();
        assertThat(inv.count("SELECT count(*) FROM serialized_items WHERE status = 'sold'")).isOne();
    }

    @Test
    void unitIsFoundTrimmedAndWithSpacesAndDashesRemoved() {
        phoneShop();
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        inv.ok("expense", "add", "--amount", "1", "--unit", "  " + IMEI_A + " ");
        inv.ok("expense", "add", "--amount", "2", "--unit", IMEI_A_DASHED);
        inv.ok("expense", "add", "--amount", "3", "--unit", "35 693803 564380 9");
        inv.ok("expense", "add", "--amount", "4", "--unit", "IPH15:" + IMEI_A_DASHED);
        assertThat(inv.count("SELECT count(*) FROM expenses WHERE unit_id IS NOT NULL")).isEqualTo(4);
        assertThat(inv.count("SELECT count(*) FROM unit_events WHERE kind = 'expense'")).isEqualTo(4);
    }

    @Test
    void identifiersWithAColonAreFoundWhenThePrefixIsNoSku() {
        inv.ok("product", "create", "ROUTER", "--name", "Router", "--tracking", "serialized",
                "--identifier-label", "MAC");
        inv.ok("supplier", "create", "ACME");
        inv.ok("restock", "ROUTER", "--supplier", "ACME", "--unit", "AA:BB:CC:DD:EE:FF", "--cost", "50");
        inv.ok("expense", "add", "--amount", "1", "--unit", "AA:BB:CC:DD:EE:FF");
        inv.ok("expense", "add", "--amount", "1", "--unit", "ROUTER:AA:BB:CC:DD:EE:FF");
        assertThat(inv.count("SELECT count(*) FROM expenses WHERE unit_id IS NOT NULL")).isEqualTo(2);
        assertThat(json(inv.ok("track", "--unit", "AA:BB:CC:DD:EE:FF", "--format", "json"))
                .get("identifier").asText()).isEqualTo("AA:BB:CC:DD:EE:FF");
    }

    @Test
    void identifierOfUnitsInSeveralProductsIsRefusedAndListsThem() {
        sameImeiInTwoProducts();
        long before = inv.writtenRows();
        InvRunner.Result r = inv.run("expense", "add", "--amount", "45", "--unit", IMEI_A);
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).isEqualTo("inv: error: identifier '" + IMEI_A + "' matches 2 units: IPH15:" + IMEI_A
                + " (available), IPAD:" + IMEI_A + " (available); write SKU:IDENTIFIER to name one\n");
        assertThat(inv.writtenRows()).isEqualTo(before);

        inv.ok("expense", "add", "--amount", "45", "--unit", "IPAD:" + IMEI_A);
        assertThat(inv.count("SELECT count(*) FROM expenses e JOIN serialized_items u ON u.id = e.unit_id"
                + " JOIN products p ON p.id = u.product_id WHERE p.sku = 'IPAD'")).isOne();
    }

    @Test
    void skuIdentifierFindsTheUnitInTheFamilyOfThatSku() {
        phoneShop();
        inv.ok("product", "create", "IPH15-BLK", "--name", "Black", "--variant-of", "IPH15", "--attr", "color=Black");
        inv.ok("restock", "IPH15-BLK", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        JsonNode j = json(inv.ok("expense", "add", "--amount", "1", "--unit", "IPH15:" + IMEI_A, "--format", "json"));
        assertThat(j.get("sku").asText()).isEqualTo("IPH15-BLK");
        assertThat(json(inv.ok("expense", "add", "--amount", "1", "--unit", "IPH15-BLK:" + IMEI_A, "--format", "json"))
                .get("sku").asText()).isEqualTo("IPH15-BLK");
    }

    @Test
    void unknownUnitIsNotFoundAndNothingIsWritten() {
        phoneShop();
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        inv.ok("product", "create", "CABLE", "--name", "Cable");
        long before = inv.writtenRows();

        InvRunner.Result none = inv.run("expense", "add", "--amount", "45", "--unit", IMEI_B);
        assertThat(none.code()).isEqualTo(3);
        assertThat(none.err()).isEqualTo("inv: error: no unit with identifier '" + IMEI_B + "'\n");

        InvRunner.Result inSku = inv.run("expense", "add", "--amount", "45", "--unit", "IPH15:" + IMEI_B);
        assertThat(inSku.code()).isEqualTo(3);
        assertThat(inSku.err()).contains("no unit with identifier '" + IMEI_B + "' in IPH15");

        InvRunner.Result unknownSku = inv.run("expense", "add", "--amount", "45", "--unit", "NOPE:" + IMEI_A);
        assertThat(unknownSku.code()).isEqualTo(3);
        assertThat(unknownSku.err()).contains("no unit with identifier 'NOPE:" + IMEI_A + "'")
                .contains("no product with SKU 'NOPE'");

        InvRunner.Result quantity = inv.run("expense", "add", "--amount", "45", "--unit", "CABLE:X1");
        assertThat(quantity.code()).isEqualTo(3);
        assertThat(quantity.err()).contains("CABLE is tracked by quantity");

        InvRunner.Result noIdentifier = inv.run("expense", "add", "--amount", "45", "--unit", "IPH15:");
        assertThat(noIdentifier.code()).isEqualTo(2);
        InvRunner.Result empty = inv.run("expense", "add", "--amount", "45", "--unit", " ");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("identifier is empty");

        InvRunner.Result jsonError = inv.run("expense", "add", "--amount", "45", "--unit", IMEI_B, "--format", "json");
        assertThat(jsonError.out()).isEmpty();
        assertThat(json(jsonError.err()).get("error").get("code").asText()).isEqualTo("not_found");
        assertThat(inv.writtenRows()).isEqualTo(before);
    }

    @Test
    void badOrMissingAmountIsABadCommandLine() {
        phoneShop();
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        long before = inv.writtenRows();
        for (String bad : new String[] {"abc", "-5", "1.234", ""}) {
            InvRunner.Result r = inv.run("expense", "add", "--amount", bad, "--unit", IMEI_A);
            assertThat(r.code()).as("--amount '%s'", bad).isEqualTo(2);
            assertThat(r.err()).contains("--amount");
        }
        InvRunner.Result missing = inv.run("expense", "add", "--unit", IMEI_A);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--amount");
        // every problem is reported, the bad command line first
        InvRunner.Result both = inv.run("expense", "add", "--amount", "x", "--unit", IMEI_B, "--note", "a\u0007b");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("3 problems, nothing written").contains("--amount").contains("--note")
                .contains("no unit with identifier");
        assertThat(inv.writtenRows()).isEqualTo(before);
    }

    @Test
    void expenseNumbersHaveNoGapsAfterAFailure() {
        inv.ok("expense", "add", "--amount", "1");
        assertThat(inv.run("expense", "add", "--amount", "1", "--unit", IMEI_A).code()).isEqualTo(3);
        assertThat(json(inv.ok("expense", "add", "--amount", "1", "--format", "json")).get("expense").asText())
                .isEqualTo("EXP-000002");
    }

    // --- track --unit: one unit's timeline ---------------------------------------------------

    @Test
    void timelineShowsEveryEventOldestFirstWithTheWarrantyEnd() {
        phoneShop();
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        inv.ok("expense", "add", "--amount", "45", "--unit", IMEI_A, "--category", "repair", "--note", "new screen");
        // what inv sell will do: the unit becomes sold and its history says so
        inv.exec("UPDATE serialized_items SET status = 'sold', sold_at = '2026-12-05T15:30:00Z'");
        inv.exec("INSERT INTO unit_events (unit_id, kind, from_status, to_status, ref, amount, detail, at, actor)"
                + " VALUES (1, 'sold', 'available', 'sold', 'INV-000001', 79900, 'to Jane', '2026-12-05T15:30:00Z',"
                + " 'bob')");
        long before = inv.writtenRows();

        JsonNode t = json(inv.ok("track", "--unit", IMEI_A, "--format", "json"));
        assertThat(t.get("identifier").asText()).isEqualTo(IMEI_A);
        assertThat(t.get("identifier_label").asText()).isEqualTo("IMEI");
        assertThat(t.get("sku").asText()).isEqualTo("IPH15");
        assertThat(t.get("name").asText()).isEqualTo("iPhone 15");
        assertThat(t.get("status").asText()).isEqualTo("sold");
        assertThat(t.get("cost").asText()).isEqualTo("400.00");
        assertThat(t.get("warranty_until").asText()).isEqualTo("2027-12-05");
        JsonNode events = t.get("events");
        assertThat(texts(events, "kind")).containsExactly("received", "expense", "sold");
        assertThat(texts(events, "ref")).containsExactly("RCV-000001", "EXP-000001", "INV-000001");
        assertThat(texts(events, "from_status")).containsExactly(null, "available", "available");
        assertThat(texts(events, "to_status")).containsExactly("available", "available", "sold");
        assertThat(texts(events, "amount")).containsExactly("400.00", "45.00", "799.00");
        assertThat(texts(events, "actor")).containsExactly("tester", "tester", "bob");
        assertThat(texts(events, "at")).containsExactly("2026-12-03T10:00:00Z", "2026-12-03T10:00:00Z",
                "2026-12-05T15:30:00Z");
        assertThat(texts(events, "detail")).containsExactly("from ACME, cost 400.00", "repair: new screen", "to Jane");
        assertThat(events.get(0).fieldNames()).toIterable().containsExactly("kind", "ref", "at", "actor",
                "from_status", "to_status", "amount", "detail");

        String table = inv.ok("track", "--unit", IMEI_A_DASHED);
        assertThat(table).startsWith("IMEI " + IMEI_A + "\n")
                .contains("Product:  IPH15 (iPhone 15)\n")
                .contains("Status:   sold\n")
                .contains("Cost:     400.00\n")
                .contains("Warranty: until 2027-12-05\n")
                .containsPattern("TIME +EVENT +STATUS +REF +AMOUNT +ACTOR +DETAIL")
                .containsPattern("2026-12-03 10:00 +received +available +RCV-000001 +400.00 +tester +from ACME")
                .containsPattern("expense +available +EXP-000001 +45.00 +tester +repair: new screen")
                .containsPattern("2026-12-05 15:30 +sold +available -> sold +INV-000001 +799.00 +bob +to Jane");
        assertThat(table.indexOf("received")).isLessThan(table.indexOf("EXP-000001"));

        assertThat(inv.ok("track", "--unit", IMEI_A, "--format", "csv"))
                .startsWith("at,kind,from_status,to_status,ref,amount,actor,detail\n"
                        + "2026-12-03T10:00:00Z,received,,available,RCV-000001,400.00,tester,\"from ACME, cost 400.00\"\n");
        assertThat(inv.writtenRows()).isEqualTo(before);
    }

    @Test
    void noWarrantyUnlessSoldAndTheProductGivesOne() {
        phoneShop();
        inv.ok("product", "create", "USED", "--name", "Used phone", "--tracking", "serialized");
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        inv.ok("restock", "USED", "--supplier", "ACME", "--unit", "U1");
        JsonNode available = json(inv.ok("track", "--unit", IMEI_A, "--format", "json"));
        assertThat(available.get("warranty_until").isNull()).isTrue();
        assertThat(inv.ok("track", "--unit", IMEI_A)).doesNotContain("Warranty");

        inv.exec("UPDATE serialized_items SET status = 'sold', sold_at = '2026-01-31T23:59:59Z'");
        // the end of a short month: Jan 31 plus 12 months is Jan 31; plus 1 month would be Feb 28
        assertThat(json(inv.ok("track", "--unit", IMEI_A, "--format", "json")).get("warranty_until").asText())
                .isEqualTo("2027-01-31");
        JsonNode noWarranty = json(inv.ok("track", "--unit", "U1", "--format", "json"));
        assertThat(noWarranty.get("status").asText()).isEqualTo("sold");
        assertThat(noWarranty.get("warranty_until").isNull()).isTrue();
        assertThat(noWarranty.get("cost").isNull()).isTrue();
        assertThat(noWarranty.get("identifier_label").asText()).isEqualTo("Serial #");

        inv.exec("UPDATE serialized_items SET status = 'returned' WHERE identifier = '" + IMEI_A + "'");
        assertThat(json(inv.ok("track", "--unit", IMEI_A, "--format", "json")).get("warranty_until").isNull()).isTrue();
    }

    @Test
    void timelineOfAReReceivedUnitContinues() {
        phoneShop();
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        inv.exec("UPDATE serialized_items SET status = 'sold', sold_at = '2026-12-03T10:00:00Z'");
        inv.ok("supplier", "create", "TRADEIN");
        inv.ok("restock", "IPH15", "--supplier", "TRADEIN", "--unit", IMEI_A, "--cost", "250");
        JsonNode t = json(inv.ok("track", "--unit", IMEI_A, "--format", "json"));
        assertThat(t.get("status").asText()).isEqualTo("available");
        assertThat(t.get("cost").asText()).isEqualTo("250.00");
        assertThat(t.get("warranty_until").isNull()).isTrue();
        assertThat(texts(t.get("events"), "kind")).containsExactly("received", "re_received");
        assertThat(texts(t.get("events"), "ref")).containsExactly("RCV-000001", "RCV-000002");
        assertThat(inv.ok("track", "--unit", IMEI_A)).containsPattern("re_received +sold -> available +RCV-000002");
    }

    @Test
    void timelineLookupCanBeRestrictedToOneProduct() {
        sameImeiInTwoProducts();
        InvRunner.Result ambiguous = inv.run("track", "--unit", IMEI_A);
        assertThat(ambiguous.code()).isEqualTo(4);
        assertThat(ambiguous.err()).contains("IPH15:" + IMEI_A).contains("IPAD:" + IMEI_A);
        assertThat(json(inv.ok("track", "--unit", IMEI_A, "--sku", "IPAD", "--format", "json")).get("cost").asText())
                .isEqualTo("300.00");
        assertThat(json(inv.ok("track", "--unit", "IPH15:" + IMEI_A, "--format", "json")).get("cost").asText())
                .isEqualTo("400.00");
        assertThat(json(inv.ok("track", "--sku", "IPH15", "--unit", IMEI_A_DASHED, "--format", "json")).get("sku")
                .asText()).isEqualTo("IPH15");
    }

    @Test
    void timelineErrors() {
        phoneShop();
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400");
        long before = inv.writtenRows();

        InvRunner.Result unknown = inv.run("track", "--unit", IMEI_C);
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).isEqualTo("inv: error: no unit with identifier '" + IMEI_C + "'\n");
        InvRunner.Result unknownSku = inv.run("track", "--unit", IMEI_A, "--sku", "NOPE");
        assertThat(unknownSku.code()).isEqualTo(3);
        assertThat(unknownSku.err()).contains("no product with SKU 'NOPE'");
        InvRunner.Result notInSku = inv.run("track", "--unit", IMEI_C, "--sku", "IPH15");
        assertThat(notInSku.code()).isEqualTo(3);

        InvRunner.Result both = inv.run("track", "IPH15", "--unit", IMEI_A);
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("either SKU").contains("--sku IPH15");
        InvRunner.Result skuAlone = inv.run("track", "--sku", "IPH15");
        assertThat(skuAlone.code()).isEqualTo(2);
        assertThat(skuAlone.err()).contains("--sku goes with --unit");
        InvRunner.Result filters = inv.run("track", "--unit", IMEI_A, "--status", "sold", "--supplier", "ACME",
                "--limit", "1");
        assertThat(filters.code()).isEqualTo(2);
        assertThat(filters.err()).contains("--status").contains("--supplier").contains("--limit");
        InvRunner.Result noValue = inv.run("track", "--unit");
        assertThat(noValue.code()).isEqualTo(2);

        InvRunner.Result jsonError = inv.run("track", "--unit", IMEI_C, "--format", "json");
        assertThat(jsonError.out()).isEmpty();
        assertThat(json(jsonError.err()).get("error").get("code").asText()).isEqualTo("not_found");
        assertThat(inv.writtenRows()).isEqualTo(before);
    }

    // --- report valuation --------------------------------------------------------------------

    /** The worked example: phones at 400.00 and 450.00 (one defect) with an opening layer; cables in two layers. */
    void workedExample() {
        phoneShop();
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400", "--unit", IMEI_B,
                "--cost", "450");
        inv.exec("UPDATE serialized_items SET status = 'defect' WHERE identifier = '" + IMEI_B + "'");
        inv.ok("restock", "IPH15", "--opening", "--qty", "2", "--cost", "380");
        inv.ok("product", "create", "CABLE", "--name", "USB-C cable");
        inv.ok("restock", "CABLE", "--supplier", "ACME", "--qty", "10", "--cost", "10");
        inv.ok("restock", "CABLE", "--supplier", "ACME", "--qty", "10", "--cost", "20.00");
    }

    @Test
    void valuationOfTheWorkedExample() {
        workedExample();
        long before = inv.writtenRows();
        JsonNode v = json(inv.ok("report", "valuation", "--format", "json"));
        assertThat(v.get("total").asText()).isEqualTo("1910.00");
        JsonNode products = v.get("products");
        assertThat(texts(products, "sku")).containsExactly("CABLE", "IPH15");

        JsonNode cable = products.get(0);
        assertThat(cable.get("name").asText()).isEqualTo("USB-C cable");
        assertThat(cable.get("qty").asLong()).isEqualTo(20);
        assertThat(cable.get("value").asText()).isEqualTo("300.00");
        assertThat(cable.get("layer_qty").asLong()).isEqualTo(20);
        assertThat(cable.get("layer_value").asText()).isEqualTo("300.00");
        assertThat(cable.get("by_status").isEmpty()).isTrue();
        assertThat(cable.get("uncosted").asLong()).isZero();

        JsonNode phone = products.get(1);
        assertThat(phone.get("qty").asLong()).isEqualTo(2);
        assertThat(phone.get("value").asText()).isEqualTo("1610.00");
        assertThat(phone.get("layer_qty").asLong()).isEqualTo(2);
        assertThat(phone.get("layer_value").asText()).isEqualTo("760.00");
        assertThat(phone.get("uncosted").asLong()).isZero();
        JsonNode byStatus = phone.get("by_status");
        assertThat(byStatus.fieldNames()).toIterable().containsExactly("available", "defect", "with_supplier",
                "returned");
        assertThat(byStatus.get("available").get("qty").asLong()).isEqualTo(1);
        assertThat(byStatus.get("available").get("value").asText()).isEqualTo("400.00");
        assertThat(byStatus.get("defect").get("qty").asLong()).isEqualTo(1);
        assertThat(byStatus.get("defect").get("value").asText()).isEqualTo("450.00");
        assertThat(byStatus.get("returned").get("qty").asLong()).isZero();
        assertThat(byStatus.get("returned").get("value").asText()).isEqualTo("0.00");

        JsonNode summary = v.get("by_status");
        assertThat(texts(summary, "status")).containsExactly("available", "defect", "with_supplier", "returned",
                "layers");
        assertThat(texts(summary, "value")).containsExactly("400.00", "450.00", "0.00", "0.00", "1060.00");
        assertThat(summary.get(4).get("qty").asLong()).isEqualTo(22);

        String table = inv.ok("report", "valuation");
        assertThat(table).containsPattern("SKU +NAME +QTY +VALUE +NOTE")
                .containsPattern("CABLE +USB-C cable +20 +300.00 +-\n")
                .containsPattern("IPH15 +iPhone 15 +2 +1610.00 +value incl. layers: 2 at 760.00\n")
                .containsPattern("TOTAL +- +22 +1910.00 +-\n")
                .containsPattern("available +1 +400.00\n")
                .containsPattern("defect +1 +450.00\n")
                .containsPattern("layers +22 +1060.00\n");
        // QTY and VALUE are right-aligned: the ends of the value cells line up
        List<String> lines = table.lines().toList();
        int end = lines.get(0).indexOf("VALUE") + "VALUE".length();
        assertThat(lines.get(1).indexOf("300.00") + 6).isEqualTo(end);
        assertThat(lines.get(2).indexOf("1610.00") + 7).isEqualTo(end);
        assertThat(lines.get(3).indexOf("1910.00") + 7).isEqualTo(end);

        assertThat(inv.ok("report", "valuation", "--format", "csv"))
                .isEqualTo("sku,name,qty,value,layer_qty,layer_value,uncosted\n"
                        + "CABLE,USB-C cable,20,300.00,20,300.00,0\n"
                        + "IPH15,iPhone 15,2,1610.00,2,760.00,0\n");
        assertThat(inv.writtenRows()).isEqualTo(before);
    }

    @Test
    void soldAndWrittenOffUnitsAndEmptyLayersAreNotHeld() {
        phoneShop();
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", IMEI_A, "--cost", "400", "--unit", IMEI_B,
                "--cost", "450", "--unit", IMEI_C, "--cost", "500");
        inv.exec("UPDATE serialized_items SET status = 'sold' WHERE identifier = '" + IMEI_A + "'");
        inv.exec("UPDATE serialized_items SET status = 'written_off' WHERE identifier = '" + IMEI_B + "'");
        inv.exec("UPDATE serialized_items SET status = 'returned' WHERE identifier = '" + IMEI_C + "'");
        inv.ok("product", "create", "CABLE", "--name", "Cable");
        inv.ok("restock", "CABLE", "--qty", "5", "--cost", "2");
        inv.exec("UPDATE cost_layers SET qty_remaining = 0");
        inv.ok("product", "create", "EMPTY", "--name", "Never stocked");

        JsonNode v = json(inv.ok("report", "valuation", "--format", "json"));
        assertThat(texts(v.get("products"), "sku")).containsExactly("IPH15");
        JsonNode phone = v.get("products").get(0);
        assertThat(phone.get("qty").asLong()).isEqualTo(1);
        assertThat(phone.get("value").asText()).isEqualTo("500.00");
        assertThat(phone.get("by_status").get("returned").get("qty").asLong()).isEqualTo(1);
        assertThat(phone.get("by_status").has("sold")).isFalse();
        assertThat(phone.get("by_status").has("written_off")).isFalse();
        assertThat(v.get("total").asText()).isEqualTo("500.00");
    }

    @Test
    void uncostedUnitsCountAtZeroAndVariantsAreTheirOwnRows() {
        phoneShop();
        inv.ok("product", "create", "IPH15-BLK", "--name", "Black", "--variant-of", "IPH15", "--attr", "color=Black");
        inv.ok("product", "create", "IPH15-WHT", "--name", "White", "--variant-of", "IPH15", "--attr", "color=White");
        inv.ok("restock", "IPH15-BLK", "--supplier", "ACME", "--unit", IMEI_A, "--unit", IMEI_B, "--cost", "450");
        inv.ok("restock", "IPH15-WHT", "--supplier", "ACME", "--unit", IMEI_C, "--cost", "420");
        inv.exec("UPDATE serialized_items SET status = 'with_supplier' WHERE identifier = '" + IMEI_C + "'");

        JsonNode v = json(inv.ok("report", "valuation", "--format", "json"));
        assertThat(texts(v.get("products"), "sku")).containsExactly("IPH15-BLK", "IPH15-WHT");
        JsonNode black = v.get("products").get(0);
        assertThat(black.get("qty").asLong()).isEqualTo(2);
        assertThat(black.get("value").asText()).isEqualTo("450.00");
        assertThat(black.get("uncosted").asLong()).isEqualTo(1);
        JsonNode white = v.get("products").get(1);
        assertThat(white.get("by_status").get("with_supplier").get("value").asText()).isEqualTo("420.00");
        assertThat(v.get("total").asText()).isEqualTo("870.00");
        assertThat(inv.ok("report", "valuation")).containsPattern("IPH15-BLK +Black +2 +450.00 +1 unit without cost");
    }

    @Test
    void valuationOfAnEmptyInventory() {
        JsonNode v = json(inv.ok("report", "valuation", "--format", "json"));
        assertThat(v.get("products").isEmpty()).isTrue();
        assertThat(v.get("total").asText()).isEqualTo("0.00");
        assertThat(texts(v.get("by_status"), "value")).containsOnly("0.00");
        assertThat(inv.ok("report", "valuation")).isEqualTo("Nothing held: total value 0.00.\n");
        assertThat(inv.ok("report", "valuation", "--format", "csv"))
                .isEqualTo("sku,name,qty,value,layer_qty,layer_value,uncosted\n");
    }

    @Test
    void valuationInAZeroDecimalCurrency() {
        inv.ok("init", "--currency", "JPY");
        inv.ok("product", "create", "CABLE", "--name", "Cable");
        inv.ok("restock", "CABLE", "--qty", "3", "--cost", "1200");
        assertThat(json(inv.ok("report", "valuation", "--format", "json")).get("total").asText()).isEqualTo("3600");
    }

    // --- help --------------------------------------------------------------------------------

    @Test
    void newCommandsHaveHelpWithExamples() {
        for (String[] args : new String[][] {{"expense", "--help"}, {"expense", "add", "--help"},
                {"report", "--help"}, {"report", "valuation", "--help"}, {"track", "--help"}}) {
            InvRunner.Result r = inv.run(args);
            assertThat(r.code()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).contains("Examples:");
        }
        assertThat(inv.ok("track", "--help")).contains("--unit").contains("--sku");
        assertThat(inv.ok("expense")).contains("add");
        assertThat(inv.ok("report")).contains("valuation");
    }
}
