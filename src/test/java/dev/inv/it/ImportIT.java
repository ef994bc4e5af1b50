package dev.inv.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inv.core.Identifiers;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inv import} through the packaged launcher as a cron job runs it: no terminal, the file
 * on standard input (redirected from a file, or piped), exit codes checked, and nothing on stdout
 * but the result (no progress bar anywhere without a terminal).
 */
class ImportIT {

    static final Path LAUNCHER = Path.of("bin", "inv").toAbsolutePath();

    @TempDir
    Path dir;
    Path db;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() throws Exception {
        db = dir.resolve("data/shop.db");
        assertThat(inv(null, "product", "create", "IPH15", "--name", "iPhone 15", "--tracking", "serialized",
                "--identifier-format", "imei").code()).isZero();
        assertThat(inv(null, "supplier", "create", "ACME").code()).isZero();
    }

    /**
     * Runs bin/inv with {@code stdin} as standard input: a file redirected as the shell's
     * {@code < file} does, a byte[] written through a pipe, or null for /dev/null.
     */
    Run inv(Object stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        if (stdin instanceof Path file) {
            pb.redirectInput(file.toFile());
        } else if (stdin == null) {
            pb.redirectInput(new File("/dev/null"));
        }
        pb.environment().put("INV_DB", db.toString());
        pb.environment().put("USER", "cron");
        pb.environment().remove("INV_ACTOR");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (stdin instanceof byte[] bytes) {
            try (OutputStream pipe = p.getOutputStream()) {
                pipe.write(bytes);
            }
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("inv finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static String imei(int n) {
        String body = "35391805" + String.format("%06d", n);
        return body + Identifiers.luhnCheckDigit(body);
    }

    /** A spreadsheet's "CSV UTF-8" export: BOM, CRLF, header, currency signs. */
    static byte[] export(int rows) {
        StringBuilder b = new StringBuilder("\uFEFFIMEI,Cost\r\n");
        for (int i = 0; i < rows; i++) {
            b.append(imei(i)).append(",\"$1,").append(100 + i % 900).append(".25\"\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Test
    void cronImportsFromStandardInputAndARetryChangesNothing() throws Exception {
        Path delivery = dir.resolve("delivery.csv");
        Files.write(delivery, export(200));

        Run first = inv(delivery, "import", "units", "-", "--sku", "IPH15", "--supplier", "ACME", "--ref", "PO-7",
                "--format", "json");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(first.out());
        assertThat(report.get("receipt").asText()).isEqualTo("RCV-000001");
        assertThat(report.get("units").asInt()).isEqualTo(200);
        assertThat(report.get("file").asText()).isEqualTo("stdin");
        assertThat(count("SELECT count(*) FROM serialized_items")).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM receipts")).isOne();

        // the same delivery piped in again, as a retrying job would
        Run retry = inv(export(200), "import", "units", "-", "--sku", "IPH15", "--supplier", "ACME", "--ref", "PO-7",
                "--format", "json");

        assertThat(retry.code()).isZero();
        assertThat(retry.err()).isEmpty();
        JsonNode again = new ObjectMapper().readTree(retry.out());
        assertThat(again.get("units").asInt()).isZero();
        assertThat(again.get("duplicate_of").get("receipt").asText()).isEqualTo("RCV-000001");
        assertThat(count("SELECT count(*) FROM serialized_items")).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM receipts")).isOne();
    }

    @Test
    void aFileWithBadRowsExitsFiveNamesEveryLineAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.csv");
        String broken = imei(2).substring(0, 14) + (char) ('0' + (imei(2).charAt(14) - '0' + 1) % 10);
        Files.writeString(bad, "IMEI,Cost\n" + imei(1) + ",400\n" + broken + ",400\n" + imei(1) + ",400\n"
                + imei(4) + ",abc\n");

        Run r = inv(null, "import", "units", bad.toString(), "--sku", "IPH15", "--supplier", "ACME");

        assertThat(r.code()).isEqualTo(5);
        assertThat(r.out().lines().map(l -> l.substring(0, l.indexOf(": ")))).containsExactly(
                bad + ":3", bad + ":4", bad + ":5");
        assertThat(r.err()).isEqualTo("inv: error: 3 of 4 rows in " + bad + " are invalid; nothing was imported\n");
        assertThat(count("SELECT count(*) FROM serialized_items")).isZero();
        assertThat(count("SELECT count(*) FROM receipts")).isZero();
    }

    @Test
    void commandLineProblemsExitWithTheirOwnCodesAndQuietPrintsOnlyTheReceipt() throws Exception {
        Path delivery = dir.resolve("d.csv");
        Files.writeString(delivery, imei(9) + ",10\n");
        assertThat(inv(delivery, "import", "units", "-", "--sku", "NOPE", "--supplier", "ACME").code()).isEqualTo(3);
        Run usage = inv(delivery, "import", "units", "-", "--sku", "IPH15");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).startsWith("inv: error: Missing required option: '--supplier=CODE'");
        assertThat(usage.out()).isEmpty();
        Run quiet = inv(delivery, "-q", "import", "units", "-", "--sku", "IPH15", "--supplier", "ACME");
        assertThat(quiet.code()).isZero();
        assertThat(quiet.out()).isEqualTo("RCV-000001\n");
        assertThat(quiet.err()).isEmpty();
    }
}
