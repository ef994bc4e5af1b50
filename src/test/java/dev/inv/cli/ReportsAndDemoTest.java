package dev.inv.cli;

import static dev.inv.cli.FoundationCommandsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The COGS report and the demo. */
class ReportsAndDemoTest {

    static final String A = "356938035643809";
    static final String B = "490154203237518";

    @TempDir
    Path dir;
    InvRunner inv;

    @BeforeEach
    void setUp() {
        inv = new InvRunner(dir.resolve("shop.db"));
        inv.ok("supplier", "create", "ACME");
        inv.ok("product", "create", "IPH15", "--name", "iPhone 15", "--tracking", "serialized",
                "--identifier-format", "imei", "--price", "799");
        inv.ok("product", "create", "CASE", "--name", "Case", "--price", "15");
        inv.ok("product", "create", "OLD", "--name", "Legacy", "--tracking", "serialized", "--price", "300",
                "--cost", "150");
    }

    @Test
    void cogsReportAddsSalesLessReturnsPerProductWithCostSources() {
        inv.ok("restock", "IPH15", "--supplier", "ACME", "--unit", A, "--cost", "400", "--unit", B, "--cost", "450");
        inv.ok("restock", "CASE", "--qty", "10", "--cost", "10");
        inv.ok("restock", "CASE", "--qty", "10", "--cost", "20");
        inv.ok("restock", "OLD", "--supplier", "ACME", "--unit", "L1");
        inv.ok("sell", "--item", A, "--item", B, "--price", "750", "--item", "CASE", "--qty", "15", "--item", "L1");
        inv.ok("return", B, "--refund", "700", "--to", "written_off", "--reason", "stolen from display");
        inv.ok("return", "--invoice", "1", "--line", "3", "--qty", "5");

        JsonNode r = json(inv.ok("report", "cogs", "--format", "json"));
        JsonNode phones = r.get("products").get(1);
        assertThat(r.get("products").get(0).get("sku").asText()).isEqualTo("CASE");
        JsonNode cases = r.get("products").get(0);
        // 15 sold at 15.00 = 225.00, 5 returned refund 75.00; COGS 200.00 less the 5 latest pieces at 20.00
        assertThat(cases.get("revenue").asText()).isEqualTo("150.00");
        assertThat(cases.get("cogs").asText()).isEqualTo("100.00");
        assertThat(cases.get("margin").asText()).isEqualTo("50.00");
        assertThat(phones.get("sku").asText()).isEqualTo("IPH15");
        // sold 799 + 750, refunded 700; cogs 400 + 450 - 450 back
        assertThat(phones.get("revenue").asText()).isEqualTo("849.00");
        assertThat(phones.get("cogs").asText()).isEqualTo("400.00");
        assertThat(phones.get("margin").asText()).isEqualTo("449.00");
        assertThat(phones.get("written_off_units").asLong()).isEqualTo(1);
        assertThat(phones.get("write_offs").asText()).isEqualTo("450.00");
        JsonNode old = r.get("products").get(2);
        assertThat(old.get("cogs").asText()).isEqualTo("150.00");
        assertThat(r.get("totals").get("revenue").asText()).isEqualTo("1299.00");
        assertThat(r.get("totals").get("cogs").asText()).isEqualTo("650.00");
        assertThat(r.get("totals").get("margin").asText()).isEqualTo("649.00");
        JsonNode sources = r.get("lines_per_cost_source");
        assertThat(sources.get("unit").asLong()).isEqualTo(2);
        assertThat(sources.get("fifo").asLong()).isEqualTo(1);
        assertThat(sources.get("product").asLong()).isEqualTo(1);
        assertThat(sources.get("none").asLong()).isZero();
        assertThat(inv.ok("report", "cogs")).contains("TOTAL").contains("1299.00").contains("product 1");
        assertThat(inv.ok("report", "cogs", "--format", "csv")).startsWith("sku,name,sold_qty");
    }

    @Test
    void cogsReportHonoursThePeriod() {
        inv.ok("restock", "CASE", "--qty", "10", "--cost", "10");
        inv.clock = Clock.fixed(Instant.parse("2026-11-15T12:00:00Z"), ZoneOffset.UTC);
        inv.ok("sell", "--item", "CASE", "--qty", "2");
        inv.clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        inv.ok("sell", "--item", "CASE", "--qty", "3");
        JsonNode nov = json(inv.ok("report", "cogs", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "json"));
        assertThat(nov.get("totals").get("sold_qty").asLong()).isEqualTo(2);
        JsonNode dec = json(inv.ok("report", "cogs", "--from", "2026-12-01", "--format", "json"));
        assertThat(dec.get("totals").get("sold_qty").asLong()).isEqualTo(3);
        assertThat(json(inv.ok("report", "cogs", "--to", "2026-11-30", "--format", "json")).get("totals")
                .get("cogs").asText()).isEqualTo("20.00");
        assertThat(inv.run("report", "cogs", "--from", "2026-12-02", "--to", "2026-12-01").code()).isEqualTo(2);
        assertThat(inv.run("report", "cogs", "--from", "yesterday").code()).isEqualTo(2);
    }

    @Test
    void demoBuildsAShopInANewFileAndNeverTouchesInvDb() {
        InvRunner.Result r = inv.run("demo");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Demo inventory: ").contains("$ inv sell").contains("IMEI ")
                .contains("$ inv track --unit").contains("routed").contains("$ inv report valuation").contains("TOTAL");
        String path = r.out().lines().findFirst().orElseThrow().substring("Demo inventory: ".length());
        assertThat(Path.of(path)).exists();
        assertThat(inv.count("SELECT count(*) FROM invoices")).isZero(); // INV_DB untouched
    }

    @Test
    void demoUsesAnEmptyDbFileAndRefusesOneWithData() throws Exception {
        Path target = dir.resolve("demo.db");
        assertThat(inv.run("--db", target.toString(), "demo").code()).isZero();
        assertThat(Files.size(target)).isPositive();
        InvRunner.Result again = inv.run("demo", "--db", target.toString());
        assertThat(again.code()).isEqualTo(4);
        assertThat(again.err()).contains("already holds data");
        assertThat(inv.run("demo", "--db", inv.db.toString()).code()).isEqualTo(4);
    }
}
