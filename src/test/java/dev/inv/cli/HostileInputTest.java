package dev.inv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input: refused with the documented code and one short line, nothing written; or stored literally. */
class HostileInputTest {

    @TempDir
    Path dir;
    InvRunner inv;

    @BeforeEach
    void setUp() {
        inv = new InvRunner(dir.resolve("shop.db"));
        inv.ok("supplier", "create", "S");
        inv.ok("product", "create", "GUN", "--name", "Pistol", "--tracking", "serialized");
    }

    @Test
    void identifiersThousandsOfCharactersLongOrWithControlCharacters() {
        long before = inv.writtenRows();
        InvRunner.Result longOne = inv.run("restock", "GUN", "--supplier", "S", "--unit", "A".repeat(5000));
        assertThat(longOne.code()).isEqualTo(5);
        assertThat(longOne.err()).contains("5000 characters long; the limit is 100");
        assertThat(longOne.err().length()).isLessThan(200);
        assertThat(longOne.err().lines().count()).isOne();
        InvRunner.Result control = inv.run("restock", "GUN", "--supplier", "S", "--unit", "AB\u001b[2JC");
        assertThat(control.code()).isEqualTo(5);
        assertThat(control.err()).contains("\\u001b").doesNotContain("\u001b");
        InvRunner.Result invisible = inv.run("restock", "GUN", "--supplier", "S", "--unit", "AB\u200bC");
        assertThat(invisible.code()).isEqualTo(5);
        assertThat(inv.writtenRows()).isEqualTo(before);
    }

    @Test
    void amountsThatAreNegativeHugeOrNotNumbers() {
        for (String amount : new String[] {"-5", "99999999999999999999", "1e5", "NaN", "12,34,5", "0x10", "5\u0007"}) {
            InvRunner.Result r = inv.run("restock", "GUN", "--supplier", "S", "--unit", "SN1", "--cost", amount);
            assertThat(r.code()).as(amount).isEqualTo(2);
            assertThat(r.err()).as(amount).startsWith("inv: error: --cost of unit SN1: amount '")
                    .doesNotContain("\u0007").doesNotContain("Exception");
        }
        assertThat(inv.count("SELECT count(*) FROM serialized_items")).isZero();
    }

    @Test
    void quotesAndSqlAreStoredLiterally() {
        String id = "X');DELETE-FROM-serialized_items;--";
        inv.ok("restock", "GUN", "--supplier", "S", "--unit", id, "--cost", "1");
        inv.ok("supplier", "create", "Q'\"S", "--name", "Robert'); DROP TABLE suppliers; --");
        assertThat(inv.ok("track", "GUN", "--format", "csv")).contains(id);
        assertThat(inv.count("SELECT count(*) FROM suppliers")).isEqualTo(2);
        assertThat(inv.ok("supplier", "list")).contains("Robert'); DROP TABLE suppliers; --");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreDefused() {
        inv.ok("product", "create", "F1", "--name", "=HYPERLINK(\"http://x\",\"click\")");
        inv.ok("product", "create", "F2", "--name", "+1+1");
        inv.ok("product", "create", "F3", "--name", "@SUM(A1)");
        inv.ok("product", "create", "F4", "--name", "-2+3");
        String csv = inv.ok("product", "list", "--format", "csv");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"").contains("'+1+1")
                .contains("'@SUM(A1)").contains("'-2+3");
        assertThat(csv.lines().filter(l -> l.startsWith("F")).noneMatch(l -> l.contains(",=") || l.contains(",+")))
                .isTrue();
    }
}
