package dev.inv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inv.core.Identifiers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inv import units | stock | products} in-process: the report, the exit codes, and what is written. */
class ImportCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    InvRunner inv;

    @BeforeEach
    void setUp() {
        inv = new InvRunner(dir.resolve("shop.db"));
        inv.ok("product", "create", "IPH15", "--name", "iPhone 15", "--tracking", "serialized",
                "--identifier-format", "imei", "--price", "799");
        inv.ok("supplier", "create", "ACME", "--name", "Acme Wholesale");
    }

    /** The n-th of a series of valid IMEIs. */
    static String imei(int n) {
        String body = "35693803" + String.format("%06d", n);
        return body + Identifiers.luhnCheckDigit(body);
    }

    /** The same IMEI with a wrong check digit. */
    static String badCheckDigit(int n) {
        String good = imei(n);
        char wrong = (char) ('0' + (good.charAt(14) - '0' + 1) % 10);
        return good.substring(0, 14) + wrong;
    }

    Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path file(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /**
     * What a spreadsheet saves as "CSV UTF-8" on Windows: a BOM, CRLF, a header, amounts with a
     * currency sign, and thousands separators in quotes.
     */
    static byte[] spreadsheetExport(int rows) {
        StringBuilder b = new StringBuilder("\uFEFFIMEI,Unit cost\r\n");
        for (int i = 0; i < rows; i++) {
            String cost = i % 3 == 0 ? "\"$1,2" + String.format("%02d", i % 100) + ".50\"" : "$" + (300 + i) + ".99";
            b.append(imei(i)).append(',').append(cost).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    // --- the issue's "done when" --------------------------------------------------------------

    @Test
    void spreadsheetExportOf200RowsImportsAsOneReceipt() throws IOException {
        Path export = file("delivery.csv", spreadsheetExport(200));

        JsonNode r = json(inv.ok("import", "units", export.toString(), "--sku", "IPH15", "--supplier", "ACME",
                "--ref", "PO-1042", "--format", "json"));

        assertThat(r.get("receipt").asText()).isEqualTo("RCV-000001");
        assertThat(r.get("units").asInt()).isEqualTo(200);
        assertThat(r.get("errors")).isEmpty();
        assertThat(inv.count("SELECT count(*) FROM receipts")).isOne();
        assertThat(inv.count("SELECT count(*) FROM receipts WHERE source = 'import' AND content_hash IS NOT NULL"
                + " AND ref = 'PO-1042'")).isOne();
        assertThat(inv.count("SELECT count(*) FROM serialized_items WHERE receipt_id = 1 AND status = 'available'"))
                .isEqualTo(200);
        assertThat(inv.count("SELECT count(*) FROM unit_events e JOIN serialized_items u ON u.id = e.unit_id"
                + " WHERE e.kind = 'received' AND e.ref = 'RCV-000001' AND e.amount = u.cost")).isEqualTo(200);
        assertThat(inv.count("SELECT cost FROM serialized_items WHERE identifier = '" + imei(0) + "'"))
                .isEqualTo(120050);
        assertThat(inv.count("SELECT cost FROM serialized_items WHERE identifier = '" + imei(1) + "'"))
                .isEqualTo(30199);
        assertThat(inv.count("SELECT count(*) FROM imports WHERE kind = 'units' AND rows = 200 AND receipt_id = 1"))
                .isOne();
        JsonNode track = json(inv.ok("track", "--unit", imei(1), "--format", "json"));
        assertThat(track.get("events").get(0).get("ref").asText()).isEqualTo("RCV-000001");
        assertThat(inv.run("db", "check").code()).as("the stock aggregates agree with the units").isZero();
    }

    @Test
    void theSameFileAgainChangesNothingAndExitsZero() throws IOException {
        Path export = file("delivery.csv", spreadsheetExport(200));
        inv.ok("import", "units", export.toString(), "--sku", "IPH15", "--supplier", "ACME");
        long before = inv.writtenRows();

        InvRunner.Result again = inv.run("import", "units", export.toString(), "--sku", "IPH15", "--supplier", "ACME");

        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Nothing to do").contains("RCV-000001").contains("same content");
        assertThat(again.err()).isEmpty();
        assertThat(inv.writtenRows()).isEqualTo(before);
        assertThat(inv.count("SELECT count(*) FROM imports")).isOne();

        JsonNode j = json(inv.ok("import", "units", export.toString(), "--sku", "IPH15", "--supplier", "ACME",
                "--format", "json"));
        assertThat(j.get("units").asInt()).isZero();
        assertThat(j.get("receipt").isNull()).isTrue();
        assertThat(j.get("duplicate_of").get("receipt").asText()).isEqualTo("RCV-000001");
        assertThat(j.get("duplicate_of").get("matched_by").asText()).isEqualTo("content");
    }

    @Test
    void dashReadsStandardInput() {
        String text = "IMEI;Cost\r\n" + imei(1) + ";412,37\r\n" + imei(2) + ";\r\n";

        InvRunner.Result r = inv.runWithInput(text, "import", "units", "-", "--sku", "IPH15", "--supplier", "ACME",
                "--format", "json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = json(r.out());
        assertThat(j.get("file").asText()).isEqualTo("stdin");
        assertThat(j.get("units").asInt()).isEqualTo(2);
        assertThat(inv.runWithInput(text, "import", "units", "-", "--sku", "IPH15", "--supplier", "ACME").out())
                .contains("Nothing to do: stdin was already imported as RCV-000001");
        InvRunner.Result bad = inv.runWithInput(imei(3) + "\n12345\n", "import", "units", "-", "--sku", "IPH15",
                "--supplier", "ACME");
        assertThat(bad.code()).isEqualTo(5);
        assertThat(bad.out()).isEqualTo("stdin:2: IMEI '12345' has 5 digits; an IMEI has 15\n");
    }

    @Test
    void threeBadRowsAreAllNamedAndNothingIsWritten() throws IOException {
        String text = "imei,cost\n"
                + imei(1) + ",400\n"
                + badCheckDigit(2) + ",400\n"       // line 3
                + imei(3) + ",400\n"
                + ",410\n"                          // line 5: empty identifier
                + imei(5) + ",41x\n";               // line 6: bad amount
        Path bad = file("bad.csv", text);
        long before = inv.writtenRows();

        InvRunner.Result r = inv.run("import", "units", bad.toString(), "--sku", "IPH15", "--supplier", "ACME");

        assertThat(r.code()).isEqualTo(5);
        assertThat(r.out().lines().toList()).containsExactly(
                bad + ":3: IMEI " + badCheckDigit(2) + " has a bad check digit (expected " + imei(2).charAt(14) + ")",
                bad + ":5: IMEI is empty",
                bad + ":6: cost: amount '41x' is not a number");
        assertThat(r.err()).isEqualTo("inv: error: 3 of 5 rows in " + bad + " are invalid; nothing was imported\n");
        assertThat(inv.writtenRows()).isEqualTo(before);
        assertThat(inv.count("SELECT count(*) FROM imports")).isZero();
    }

    @Test
    void everyKindOfBadRowIsReportedOnceWithItsLineInJsonOnStdout() throws IOException {
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", imei(90), "--cost", "300");
        String text = "\n"
                + "IMEI,Cost\n"                           // line 2: header
                + imei(1) + ",400\n"                      // 3 ok
                + imei(2) + ",400,\n"                     // 4 ok (a trailing empty cell)
                + "\n"
                + imei(1) + ",401\n"                      // 6 repeats line 3
                + imei(90) + ",300\n"                     // 7 already in stock
                + imei(4) + ",412,37\n"                   // 8 too many columns
                + "\"" + imei(5) + "\",\"1,412.37\"\n"   // 9 ok
                + imei(1) + ",oops\n"                     // 10 bad amount (reported once, not as a repeat too)
                + "12345\n";                              // 11 too short
        Path bad = file("bad.csv", text);
        long before = inv.writtenRows();

        InvRunner.Result r = inv.run("import", "units", bad.toString(), "--sku", "IPH15", "--supplier", "ACME",
                "--format", "json");

        assertThat(r.code()).isEqualTo(5);
        JsonNode j = json(r.out());
        assertThat(j.get("receipt").isNull()).isTrue();
        assertThat(j.get("units").asInt()).isZero();
        assertThat(j.get("rows").asInt()).isEqualTo(8);
        assertThat(j.get("error_count").asInt()).isEqualTo(5);
        List<String> errors = new ArrayList<>();
        j.get("errors").forEach(e -> errors.add(e.get("line").asInt() + " " + e.get("message").asText()));
        assertThat(errors).containsExactly(
                "6 IMEI " + imei(1) + " repeats line 3",
                "7 IMEI " + imei(90) + " is already in stock (IPH15, available)",
                "8 too many columns: 3 where a row holds an identifier and a cost; extra '37'; a cost with a decimal"
                        + " comma must be quoted (\"412,37\")",
                "10 cost: amount 'oops' is not a number",
                "11 IMEI '12345' has 5 digits; an IMEI has 15");
        assertThat(j.get("errors").get(0).get("value").asText()).isEqualTo(imei(1));
        assertThat(json(r.err()).get("error").get("code").asText()).isEqualTo("invalid_data");
        assertThat(inv.writtenRows()).isEqualTo(before);
    }

    @Test
    void theSameRefAgainIsANoOpForTheSameProductOnly() throws IOException {
        inv.ok("product", "create", "S24", "--name", "Galaxy S24", "--tracking", "serialized",
                "--identifier-format", "imei");
        inv.ok("import", "units", file("a.csv", imei(1) + ",400\n").toString(), "--sku", "IPH15",
                "--supplier", "ACME", "--ref", "DN-77");

        InvRunner.Result same = inv.run("import", "units", file("b.csv", imei(2) + ",400\n").toString(),
                "--sku", "IPH15", "--supplier", "ACME", "--ref", "DN-77");
        assertThat(same.code()).isZero();
        assertThat(same.out()).contains("--ref DN-77 was already imported as RCV-000001 for IPH15")
                .contains("content differs");
        assertThat(inv.count("SELECT count(*) FROM serialized_items")).isOne();

        // the same delivery note covers another model: imported, not taken for a repeat
        JsonNode other = json(inv.ok("import", "units", file("c.csv", imei(3) + ",500\n").toString(), "--sku", "S24",
                "--supplier", "ACME", "--ref", "DN-77", "--format", "json"));
        assertThat(other.get("receipt").asText()).isEqualTo("RCV-000002");
        assertThat(inv.count("SELECT count(*) FROM serialized_items")).isEqualTo(2);
    }

    @Test
    void dryRunReportsAndWritesNothing() throws IOException {
        Path export = file("delivery.csv", spreadsheetExport(20));
        long before = inv.writtenRows();

        JsonNode j = json(inv.ok("import", "units", export.toString(), "--sku", "IPH15", "--supplier", "ACME",
                "--dry-run", "--format", "json"));

        assertThat(j.get("dry_run").asBoolean()).isTrue();
        assertThat(j.get("units").asInt()).isEqualTo(20);
        assertThat(j.get("receipt").isNull()).isTrue();
        assertThat(inv.writtenRows()).isEqualTo(before);
        assertThat(inv.count("SELECT count(*) FROM imports")).isZero();
        assertThat(inv.ok("import", "units", export.toString(), "--sku", "IPH15", "--supplier", "ACME", "--dry-run"))
                .contains("Dry run, nothing written: 20 units of IPH15 from ACME");
        // a dry run is not remembered: the real import still happens
        assertThat(inv.ok("import", "units", export.toString(), "--sku", "IPH15", "--supplier", "ACME", "-q"))
                .isEqualTo("RCV-000001\n");
        InvRunner.Result badDry = inv.run("import", "units", file("bad.csv", "123\n").toString(), "--sku", "IPH15",
                "--supplier", "ACME", "--dry-run");
        assertThat(badDry.code()).isEqualTo(5);
    }

    @Test
    void semicolonFilesUseDecimalCommasAndTabFilesWork() throws IOException {
        inv.ok("import", "units", file("semi.csv", "IMEI;Kosten\r\n" + imei(1) + ";412,37\r\n" + imei(2)
                + ";\"1.412,37 €\"\r\n" + imei(3) + ";\r\n").toString(), "--sku", "IPH15", "--supplier", "ACME");
        inv.ok("import", "units", file("tab.tsv", imei(4) + "\t$99.50\n" + imei(5) + "\t1,099.50\n").toString(),
                "--sku", "IPH15", "--supplier", "ACME");
        assertThat(inv.count("SELECT cost FROM serialized_items WHERE identifier = '" + imei(1) + "'")).isEqualTo(41237);
        assertThat(inv.count("SELECT cost FROM serialized_items WHERE identifier = '" + imei(2) + "'")).isEqualTo(141237);
        assertThat(inv.count("SELECT count(*) FROM serialized_items WHERE identifier = '" + imei(3)
                + "' AND cost IS NULL")).as("an empty cost cell means no cost").isOne();
        assertThat(inv.count("SELECT cost FROM serialized_items WHERE identifier = '" + imei(5) + "'")).isEqualTo(109950);
        assertThat(inv.count("SELECT count(*) FROM receipts")).isEqualTo(2);
    }

    @Test
    void headerIsDetectedAndAFileWithoutOneImportsEveryRow() throws IOException {
        inv.ok("product", "create", "LAPTOP", "--name", "Laptop", "--tracking", "serialized",
                "--identifier-label", "Serial #");
        JsonNode noHeader = json(inv.ok("import", "units", file("n.csv", "SN-001,900\nSN-002,901\n").toString(),
                "--sku", "LAPTOP", "--supplier", "ACME", "--format", "json"));
        assertThat(noHeader.get("units").asInt()).isEqualTo(2);
        JsonNode labelled = json(inv.ok("import", "units", file("l.csv", "Serial #,Cost\nSN-003,900\n").toString(),
                "--sku", "LAPTOP", "--supplier", "ACME", "--format", "json"));
        assertThat(labelled.get("units").asInt()).isOne();
        JsonNode words = json(inv.ok("import", "units", file("w.csv", "Device,Price\nSN-004,900\n").toString(),
                "--sku", "LAPTOP", "--supplier", "ACME", "--format", "json"));
        assertThat(words.get("units").asInt()).isOne();
        assertThat(inv.count("SELECT count(*) FROM serialized_items WHERE identifier IN ('Serial', 'Device')")).isZero();
    }

    @Test
    void soldUnitsComeBackAsTradeIns() throws IOException {
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", imei(1), "--cost", "400");
        inv.ok("sell", "--item", imei(1), "--price", "700");

        JsonNode j = json(inv.ok("import", "units", file("t.csv", imei(1) + ",250\n" + imei(2) + ",400\n").toString(),
                "--sku", "IPH15", "--supplier", "ACME", "--format", "json"));

        assertThat(j.get("units").asInt()).isEqualTo(2);
        assertThat(j.get("re_received").asInt()).isOne();
        assertThat(inv.count("SELECT count(*) FROM serialized_items")).isEqualTo(2);
        assertThat(inv.count("SELECT cost FROM serialized_items WHERE identifier = '" + imei(1)
                + "' AND status = 'available' AND sold_at IS NULL")).isEqualTo(25000);
        JsonNode timeline = json(inv.ok("track", "--unit", imei(1), "--format", "json"));
        List<String> kinds = new ArrayList<>();
        timeline.get("events").forEach(e -> kinds.add(e.get("kind").asText()));
        assertThat(kinds).containsExactly("received", "sold", "re_received");
        assertThat(inv.run("db", "check").code()).as("the stock aggregates agree with the units").isZero();
    }

    @Test
    void commandLineProblemsKeepTheirOwnExitCodes() throws IOException {
        Path ok = file("ok.csv", imei(1) + ",400\n");
        assertThat(inv.run("import", "units", ok.toString(), "--sku", "NOPE", "--supplier", "ACME").code()).isEqualTo(3);
        assertThat(inv.run("import", "units", ok.toString(), "--sku", "IPH15", "--supplier", "NOPE").code()).isEqualTo(3);
        assertThat(inv.run("import", "units", dir.resolve("missing.csv").toString(), "--sku", "IPH15",
                "--supplier", "ACME").code()).isEqualTo(3);
        assertThat(inv.run("import", "units", ok.toString(), "--supplier", "ACME").code()).isEqualTo(2);
        assertThat(inv.run("import", "units", ok.toString(), "--sku", "IPH15", "--supplier", "ACME", "--ref", "")
                .code()).isEqualTo(2);
        inv.ok("product", "create", "CABLE", "--name", "Cable");
        InvRunner.Result quantity = inv.run("import", "units", ok.toString(), "--sku", "CABLE", "--supplier", "ACME");
        assertThat(quantity.code()).isEqualTo(4);
        assertThat(quantity.err()).contains("tracked by quantity").contains("inv import stock");
        InvRunner.Result empty = inv.run("import", "units", file("e.csv", "IMEI,Cost\r\n\r\n").toString(), "--sku",
                "IPH15", "--supplier", "ACME");
        assertThat(empty.code()).isEqualTo(5);
        assertThat(empty.err()).contains("holds no rows");
        InvRunner.Result unclosed = inv.run("import", "units", file("q.csv", imei(1) + ",\"400\n" + imei(2)
                + ",1\n").toString(), "--sku", "IPH15", "--supplier", "ACME");
        assertThat(unclosed.code()).isEqualTo(5);
        assertThat(unclosed.out()).contains("q.csv:1: a quoted cell starting here is never closed");
        assertThat(inv.count("SELECT count(*) FROM serialized_items")).isZero();
    }

    @Test
    void csvFormatListsTheRejectedRows() throws IOException {
        InvRunner.Result r = inv.run("import", "units", file("b.csv", imei(1) + "\n" + badCheckDigit(2) + "\n")
                .toString(), "--sku", "IPH15", "--supplier", "ACME", "--format", "csv");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.out()).startsWith("line,value,message\n2," + badCheckDigit(2) + ",IMEI ");
    }

    // --- stock ------------------------------------------------------------------------------

    @Test
    void stockImportPostsOneReceiptWithALayerPerRowInFileOrder() throws IOException {
        inv.ok("product", "create", "CABLE", "--name", "USB-C cable");
        inv.ok("product", "create", "CASE", "--name", "Case");
        Path delivery = file("stock.csv", "sku,qty,cost\r\nCABLE,50,2.10\r\nCASE,20,$4.75\r\nCABLE,10,\"1,002.00\"\r\n");

        JsonNode j = json(inv.ok("import", "stock", delivery.toString(), "--supplier", "ACME", "--ref", "DN-9",
                "--format", "json"));

        assertThat(j.get("receipt").asText()).isEqualTo("RCV-000001");
        assertThat(j.get("layers").asInt()).isEqualTo(3);
        assertThat(j.get("units").asInt()).isEqualTo(80);
        assertThat(j.get("total_cost").asText()).isEqualTo("10220.00");
        assertThat(inv.count("SELECT count(*) FROM cost_layers WHERE receipt_id = 1 AND kind = 'receipt'")).isEqualTo(3);
        assertThat(inv.count("SELECT unit_cost FROM cost_layers WHERE id = (SELECT MIN(id) FROM cost_layers"
                + " WHERE product_id = (SELECT id FROM products WHERE sku = 'CABLE'))")).isEqualTo(210);
        assertThat(inv.count("SELECT count(*) FROM receipts WHERE source = 'import' AND product_id IS NULL")).isOne();

        assertThat(inv.run("import", "stock", delivery.toString(), "--supplier", "ACME").out()).contains("Nothing to do");
        assertThat(inv.run("import", "stock", file("other.csv", "CASE,1,4\n").toString(), "--supplier", "ACME",
                "--ref", "DN-9").out()).contains("--ref DN-9 was already imported as RCV-000001");
        assertThat(inv.count("SELECT count(*) FROM cost_layers")).isEqualTo(3);
    }

    @Test
    void stockRowsForSerializedOrUnknownSkusAreRejectedAndNothingIsWritten() throws IOException {
        inv.ok("product", "create", "CABLE", "--name", "USB-C cable");
        Path bad = file("stock.csv", "SKU;Qty;Cost\nCABLE;5;2,10\nIPH15;2;400\nGHOST;1;1\nCABLE;0;1\nCABLE;2;\n");
        long before = inv.writtenRows();

        InvRunner.Result r = inv.run("import", "stock", bad.toString(), "--supplier", "ACME");

        assertThat(r.code()).isEqualTo(5);
        assertThat(r.out().lines().toList()).containsExactly(
                bad + ":3: IPH15 is serialized: import its units with inv import units FILE --sku IPH15 --supplier CODE",
                bad + ":4: no product with SKU 'GHOST'",
                bad + ":5: qty '0' is not a whole number from 1 to 1000000000",
                bad + ":6: cost is empty; each row needs the cost of one piece");
        assertThat(inv.writtenRows()).isEqualTo(before);
    }

    // --- products ---------------------------------------------------------------------------

    @Test
    void productsAreCreatedWithVariantsThenUpdatedAndTheSameFileIsANoOp() throws IOException {
        Path catalogue = file("catalogue.csv", "sku,name,tracking,identifier_format,price,warranty_months,"
                + "variant_of,attributes\n"
                + "PIX8,Pixel 8,serialized,imei,699,12,,\n"
                + "PIX8-BLK,Pixel 8 Black,,,,,PIX8,\"color=Black;storage=128GB\"\n"
                + "CHARGER,Charger,,,19.90,,,\n");

        JsonNode j = json(inv.ok("import", "products", catalogue.toString(), "--format", "json"));

        assertThat(j.get("created").asInt()).isEqualTo(3);
        assertThat(j.get("receipt").isNull()).isTrue();
        JsonNode variant = json(inv.ok("product", "show", "PIX8-BLK", "--format", "json"));
        assertThat(variant.get("tracking").asText()).isEqualTo("serialized");
        assertThat(variant.get("identifier_format").asText()).isEqualTo("imei");
        assertThat(variant.get("identifier_label").asText()).isEqualTo("IMEI");
        assertThat(variant.get("price").asText()).isEqualTo("699.00");
        assertThat(variant.get("attributes").get("storage").asText()).isEqualTo("128GB");
        assertThat(json(inv.ok("product", "show", "CHARGER", "--format", "json")).get("tracking").asText())
                .isEqualTo("quantity");

        assertThat(inv.ok("import", "products", catalogue.toString())).contains("Nothing to do");

        JsonNode update = json(inv.ok("import", "products", file("prices.csv",
                "SKU;Name;Price;Attributes\nCHARGER;;21,50;\nPIX8;Pixel 8;;\nPIX8-BLK;;;color=Obsidian\n").toString(),
                "--format", "json"));
        assertThat(update.get("updated").asInt()).isEqualTo(2);
        assertThat(update.get("unchanged").asInt()).isOne();
        assertThat(json(inv.ok("product", "show", "CHARGER", "--format", "json")).get("price").asText())
                .isEqualTo("21.50");
        JsonNode recoloured = json(inv.ok("product", "show", "PIX8-BLK", "--format", "json"));
        assertThat(recoloured.get("attributes").get("color").asText()).isEqualTo("Obsidian");
        assertThat(recoloured.get("attributes").get("storage").asText()).isEqualTo("128GB");
        assertThat(recoloured.get("name").asText()).isEqualTo("Pixel 8 Black");
    }

    @Test
    void badProductRowsAreAllReportedAndNothingIsCreated() throws IOException {
        Path bad = file("bad.csv", "sku,name,tracking,identifier_format,cost,variant_of,attributes\n"
                + "OK1,Fine,,,,,\n"
                + "IPH15,iPhone 15,quantity,,,,\n"          // 3: cannot change tracking
                + "NEW1,,,,,,\n"                            // 4: name missing
                + "NEW2,New,,imei,,,\n"                     // 5: format without serialized
                + "VAR1,Variant,,,,GHOST,color=Red\n"       // 6: unknown parent
                + "OK1,Again,,,,,\n"                        // 7: repeats line 2
                + "NEW3,New 3,,,12.345,,\n");               // 8: bad amount
        long before = inv.writtenRows();

        InvRunner.Result r = inv.run("import", "products", bad.toString());

        assertThat(r.code()).isEqualTo(5);
        assertThat(r.out().lines().map(l -> l.substring(bad.toString().length() + 1, l.indexOf(':',
                bad.toString().length() + 1)))).containsExactly("3", "4", "5", "6", "7", "8");
        assertThat(r.out()).contains(":3: IPH15 exists with tracking serialized; an import cannot change it")
                .contains(":4: name is empty")
                .contains(":5: identifier_format applies to serialized products only")
                .contains(":6: variant_of: no product with SKU 'GHOST'")
                .contains(":7: SKU OK1 repeats line 2")
                .contains(":8: cost: amount '12.345' has 3 decimals");
        assertThat(inv.writtenRows()).isEqualTo(before);
    }

    @Test
    void productsFileNeedsAHeaderNamingItsColumns() throws IOException {
        InvRunner.Result r = inv.run("import", "products", file("p.csv", "PIX8,Pixel 8\n").toString());
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.out()).contains(":1: the first row must be a header naming the columns")
                .contains("unknown column 'PIX8'").contains("the columns are sku,name,");
        InvRunner.Result unknown = inv.run("import", "products", file("u.csv", "sku,name,colour\nA,B,C\n").toString());
        assertThat(unknown.out()).contains(":1: unknown column 'colour'");
    }

    @Test
    void importHelpHasExamplesAndDocumentsTheAttributesCell() {
        for (String sub : List.of("units", "products", "stock")) {
            assertThat(inv.ok("import", sub, "--help")).as(sub).contains("Examples:");
        }
        assertThat(inv.ok("import", "--help")).contains("Examples:");
        assertThat(inv.ok("import", "products", "--help")).contains("color=Black;storage=128GB");
    }
}
