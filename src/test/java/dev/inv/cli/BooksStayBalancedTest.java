package dev.inv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;

/**
 * Any sequence of restocks, sales, returns, routings and expenses, refused or not, leaves books
 * that {@code inv db check} finds sound, and quantity on hand that equals what came in less what
 * went out for good.
 */
class BooksStayBalancedTest {

    static final String[] IMEIS = {"356938035643809", "490154203237518", "356938035643817", "356938035643825",
        "352099001761481", "353918050000005"};
    static final String[] STATUSES = {"available", "defect", "with_supplier", "written_off", "returned"};

    @Provide
    Arbitrary<List<Tuple3<Integer, Integer, Integer>>> operations() {
        return Arbitraries.integers().between(0, 8).flatMap(op -> Arbitraries.integers().between(0, 5)
                        .flatMap(a -> Arbitraries.integers().between(1, 6).map(b -> Tuple.of(op, a, b))))
                .list().ofMinSize(5).ofMaxSize(30);
    }

    @Property(tries = 25)
    void anySequenceKeepsTheBooksSound(@ForAll("operations") List<Tuple3<Integer, Integer, Integer>> ops)
            throws IOException {
        Path dir = Files.createTempDirectory("inv-prop-");
        try {
            InvRunner inv = new InvRunner(dir.resolve("shop.db"));
            inv.ok("supplier", "create", "S");
            inv.ok("product", "create", "PH", "--name", "Phone", "--tracking", "serialized",
                    "--identifier-format", "imei", "--price", "500", "--cost", "100");
            inv.ok("product", "create", "CASE", "--name", "Case", "--price", "15");
            for (Tuple3<Integer, Integer, Integer> op : ops) {
                String imei = IMEIS[op.get2()];
                String n = Integer.toString(op.get3());
                switch (op.get1()) {
                    case 0 -> inv.run("restock", "PH", "--supplier", "S", "--unit", imei, "--cost", n + "00");
                    case 1 -> inv.run("restock", "CASE", "--qty", n, "--cost", n + ".25");
                    case 2 -> inv.run("sell", "--item", imei);
                    case 3 -> inv.run("sell", "--item", "CASE", "--qty", n);
                    case 4 -> inv.run("return", imei, "--to", STATUSES[op.get3() % STATUSES.length]);
                    case 5 -> inv.run("return", "--invoice", n, "--line", "1", "--qty", "1");
                    case 6 -> inv.run("unit", "route", imei, "--to", STATUSES[op.get3() % 4]);
                    case 7 -> inv.run("expense", "add", "--amount", n, "--unit", imei);
                    default -> inv.run("restock", "PH", "--opening", "--qty", n, "--cost", "90");
                }
            }
            InvRunner.Result check = inv.run("db", "check");
            assertThat(check.code()).as(check.toString()).isZero();
            long in = inv.count("SELECT COALESCE(SUM(qty_received), 0) FROM cost_layers l JOIN products p"
                    + " ON p.id = l.product_id WHERE p.sku = 'CASE' AND kind = 'receipt'");
            long sold = inv.count("SELECT COALESCE(SUM(qty), 0) FROM invoice_lines l JOIN products p"
                    + " ON p.id = l.product_id WHERE p.sku = 'CASE'");
            long back = inv.count("SELECT COALESCE(SUM(r.qty), 0) FROM returns r JOIN invoice_lines l ON l.id = r.line_id"
                    + " JOIN products p ON p.id = l.product_id WHERE p.sku = 'CASE'");
            long onHand = inv.count("SELECT COALESCE(SUM(qty_remaining), 0) FROM cost_layers l JOIN products p"
                    + " ON p.id = l.product_id WHERE p.sku = 'CASE'");
            assertThat(onHand).isEqualTo(in - sold + back);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
