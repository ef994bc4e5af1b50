package dev.inv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random bytes, empty files and binary garbage fed to every import: always a clear refusal
 * (exit 5 for bad data), never a stack trace, never anything written.
 */
class CsvFuzzTest {

    static Path dir;
    static InvRunner inv;

    @BeforeContainer
    static void shop() throws IOException {
        dir = Files.createTempDirectory("inv-fuzz-");
        inv = new InvRunner(dir.resolve("shop.db"));
        inv.ok("supplier", "create", "S");
        inv.ok("product", "create", "PH", "--name", "Phone", "--tracking", "serialized", "--identifier-format", "imei");
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 60)
    void randomBytesAreRefusedCleanly(@ForAll @Size(max = 2000) byte[] bytes) throws IOException {
        Path file = dir.resolve("garbage.csv");
        Files.write(file, bytes);
        long before = inv.writtenRows();
        for (String[] args : new String[][] {
            {"import", "units", file.toString(), "--sku", "PH", "--supplier", "S"},
            {"import", "stock", file.toString(), "--supplier", "S"},
            {"import", "products", file.toString()}}) {
            InvRunner.Result r = inv.run(args);
            assertThat(r.code()).as(args[1] + ": " + r).isIn(0, 5);
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        // random bytes can, rarely, be a valid empty-ish file; they never half-land
        assertThat(inv.count("SELECT count(*) FROM serialized_items")).isIn(0L, inv.count("SELECT count(*) FROM unit_events"));
        assertThat(inv.writtenRows() - before).isGreaterThanOrEqualTo(0);
    }
}
