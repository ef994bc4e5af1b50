package dev.inv.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inv.core.Identifiers;
import dev.inv.core.Tracking;
import dev.inv.service.ImportService.Progress;
import dev.inv.service.ImportService.Report;
import dev.inv.service.ImportService.RowError;
import dev.inv.service.ImportService.Source;
import dev.inv.service.ImportService.UnitsRequest;
import dev.inv.store.Database;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The import service on its own: standard input given as bytes, progress, and properties over
 * generated files (any file of valid rows imports exactly its rows; one corrupted row, none).
 */
class ImportServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    /** What a test does with a fresh inventory. */
    interface ShopWork {
        void run(Session session) throws IOException;
    }

    /**
     * Runs {@code work} on a fresh inventory holding a serialized IMEI product P and a supplier S,
     * in a temporary folder deleted afterwards (jqwik properties have no @TempDir).
     */
    static void withShop(ShopWork work) throws IOException {
        Path dir = Files.createTempDirectory("inv-import-test");
        Session session = new Session(Database.open(dir.resolve("shop.db")), "tester", CLOCK);
        try {
            new ProductService(session).create(new ProductService.NewProduct("P", "Phone", Tracking.SERIALIZED, null,
                    null, "imei", null, null, null, null, null));
            new SupplierService(session).create("S", null);
            work.run(session);
        } finally {
            session.db().close();
            try (var files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    static String imei(int n) {
        String body = "3569380" + String.format("%07d", n);
        return body + Identifiers.luhnCheckDigit(body);
    }

    static Source stdin(String text) {
        return Source.stream("stdin", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static long count(Session session, String sql) {
        return session.db().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        });
    }

    static List<RowError> errors(Report report) {
        List<RowError> out = new ArrayList<>();
        report.forEachError(out::add);
        return out;
    }

    @Test
    void standardInputImportsAndIsRecognisedByContentTheSecondTime() throws IOException {
        withShop(session -> {
            ImportService service = new ImportService(session);
            String text = "IMEI;Cost\r\n" + imei(1) + ";412,37\r\n" + imei(2) + ";\r\n";

            try (Report first = service.importUnits(new UnitsRequest("P", "S", null, false), stdin(text), Progress.NONE)) {
                assertThat(first.summary().receipt()).isEqualTo("RCV-000001");
                assertThat(first.summary().units()).isEqualTo(2);
                assertThat(first.summary().file()).isEqualTo("stdin");
                assertThat(first.failure()).isNull();
            }
            try (Report again = service.importUnits(new UnitsRequest("P", "S", null, false), stdin(text), Progress.NONE)) {
                assertThat(again.summary().duplicateOf().receipt()).isEqualTo("RCV-000001");
                assertThat(again.summary().units()).isZero();
            }
            assertThat(count(session, "SELECT count(*) FROM serialized_items")).isEqualTo(2);
            assertThat(count(session, "SELECT cost FROM serialized_items WHERE identifier = '" + imei(1) + "'"))
                    .isEqualTo(41237);
        });
    }

    @Test
    void progressIsReportedAndTheTemporaryTablesAreDroppedAfterwards() throws IOException {
        withShop(session -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 20_000; i++) {
                text.append(imei(i)).append(",1.00\n");
            }
            List<String> seen = new ArrayList<>();
            Progress progress = new Progress() {
                @Override
                public void reading(long lines) {
                    seen.add("reading " + lines);
                }

                @Override
                public void readTo(long line) {
                    if (seen.stream().noneMatch(s -> s.startsWith("read to"))) {
                        seen.add("read to " + line);
                    }
                }

                @Override
                public void step(String what) {
                    seen.add(what);
                }

                @Override
                public void done() {
                    seen.add("done");
                }
            };
            try (Report r = new ImportService(session).importUnits(new UnitsRequest("P", "S", "PO-1", false),
                    stdin(text.toString()), progress)) {
                assertThat(r.summary().units()).isEqualTo(20_000);
            }
            assertThat(seen).containsExactly("reading 20000", "read to " + KindImport.PROGRESS_EVERY, "checking",
                    "writing", "done");
            assertThat(count(session, "SELECT count(*) FROM sqlite_temp_master WHERE name LIKE 'import_%'")).isZero();
        });
    }

    /** Any file of distinct valid rows, in any dialect, imports exactly its rows with their costs. */
    @Property(tries = 25)
    void anyFileOfValidRowsImportsExactlyItsRows(@ForAll("deliveries") Delivery delivery) throws IOException {
        withShop(session -> {
            try (Report r = new ImportService(session).importUnits(new UnitsRequest("P", "S", null, false),
                    stdin(delivery.text()), Progress.NONE)) {
                assertThat(r.failure()).isNull();
                assertThat(r.summary().units()).isEqualTo(delivery.identifiers().size());
            }
            assertThat(count(session, "SELECT count(*) FROM serialized_items")).isEqualTo(delivery.identifiers().size());
            assertThat(count(session, "SELECT count(*) FROM unit_events WHERE kind = 'received'"))
                    .isEqualTo(delivery.identifiers().size());
            assertThat(count(session, "SELECT COALESCE(SUM(cost), 0) FROM serialized_items")).isEqualTo(delivery.totalCost());
        });
    }

    /** The same files with one row corrupted import nothing, and name that row's line. */
    @Property(tries = 25)
    void anyFileWithOneCorruptedRowImportsNothing(@ForAll("deliveries") Delivery delivery,
                                                  @ForAll @IntRange(min = 0, max = 1000) int which,
                                                  @ForAll @IntRange(min = 0, max = 3) int how) throws IOException {
        withShop(session -> {
            Corrupted corrupted = delivery.corrupt(which % delivery.identifiers().size(), how);
            String written = "SELECT (SELECT count(*) FROM serialized_items) + (SELECT count(*) FROM receipts)"
                    + " + (SELECT count(*) FROM unit_events) + (SELECT count(*) FROM imports)";
            long before = count(session, written);
            try (Report r = new ImportService(session).importUnits(new UnitsRequest("P", "S", null, false),
                    stdin(corrupted.text()), Progress.NONE)) {
                assertThat(r.failure()).isNotNull();
                assertThat(r.summary().units()).isZero();
                assertThat(errors(r)).extracting(RowError::line).containsExactly(delivery.lineOf(corrupted.row()));
            }
            assertThat(count(session, written)).isEqualTo(before);
        });
    }

    /** A generated file: its identifiers and costs (cents), with a header or not, in one dialect. */
    record Delivery(List<String> identifiers, List<Long> costs, boolean header, char delimiter, boolean crlf,
                    int blankEvery) {

        String text() {
            return text(-1, null);
        }

        /** The file, with data row {@code replaced} written as {@code replacement}. */
        String text(int replaced, String replacement) {
            String eol = crlf ? "\r\n" : "\n";
            StringBuilder b = new StringBuilder();
            if (header) {
                b.append("IMEI").append(delimiter).append("Cost").append(eol);
            }
            for (int i = 0; i < identifiers.size(); i++) {
                if (blankEvery > 0 && i % blankEvery == 0) {
                    b.append(eol);
                }
                b.append(i == replaced ? replacement : row(i)).append(eol);
            }
            return b.toString();
        }

        String row(int i) {
            return identifiers.get(i) + delimiter + amount(costs.get(i));
        }

        /** The cost as the dialect writes it: a decimal comma with semicolons, else a $ and a point. */
        String amount(long cents) {
            String whole = Long.toString(cents / 100);
            String frac = String.format("%02d", cents % 100);
            return delimiter == ';' ? whole + "," + frac : "$" + whole + "." + frac;
        }

        /** The physical line of data row {@code row}. */
        long lineOf(int row) {
            long line = (header ? 2 : 1) + row;
            for (int i = 0; i <= row; i++) {
                if (blankEvery > 0 && i % blankEvery == 0) {
                    line++;
                }
            }
            return line;
        }

        long totalCost() {
            return costs.stream().mapToLong(Long::longValue).sum();
        }

        /**
         * One row broken one of four ways: a bad check digit, a repeat of the first row's
         * identifier (then the broken row is a later one), a bad cost, an extra column.
         */
        Corrupted corrupt(int row, int how) {
            String id = identifiers.get(row);
            String cost = amount(costs.get(row));
            if (how == 1 && identifiers.size() > 1) {
                int later = row == 0 ? 1 : row;
                return new Corrupted(this, later, identifiers.get(0) + delimiter + amount(costs.get(later)));
            }
            String broken = switch (how) {
                case 2 -> id + delimiter + cost + "x";
                case 3 -> id + delimiter + cost + delimiter + "2";
                default -> id.substring(0, 14) + (char) ('0' + (id.charAt(14) - '0' + 1) % 10) + delimiter + cost;
            };
            return new Corrupted(this, row, broken);
        }
    }

    /** A delivery with data row {@code row} written as {@code broken}. */
    record Corrupted(Delivery delivery, int row, String broken) {
        String text() {
            return delivery.text(row, broken);
        }
    }

    @Provide
    Arbitrary<Delivery> deliveries() {
        Arbitrary<List<Integer>> serials = Arbitraries.integers().between(0, 9_999_999).list().uniqueElements()
                .ofMinSize(1).ofMaxSize(60);
        return Combinators.combine(serials, Arbitraries.of(true, false), Arbitraries.of(',', ';', '\t'),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 7),
                Arbitraries.longs().between(0, 500_000).list().ofSize(60))
                .as((ids, header, delimiter, crlf, blankEvery, costs) -> new Delivery(
                        ids.stream().map(ImportServiceTest::imei).toList(), costs.subList(0, ids.size()), header,
                        delimiter, crlf, blankEvery));
    }
}
