package dev.inv.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged launcher {@code bin/inv} as a cron job would: another working directory, no
 * terminal, the inventory named by INV_DB, and exit codes checked.
 */
class LauncherIT {

    static final Path LAUNCHER = Path.of("bin", "inv").toAbsolutePath();

    @TempDir
    Path dir;
    Path db;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() {
        db = dir.resolve("data/shop.db");
    }

    Run inv(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("INV_DB", db.toString());
        pb.environment().put("USER", "cron");
        pb.environment().remove("INV_ACTOR");
        pb.environment().putAll(extraEnv);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("inv finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    Run inv(String... args) throws IOException, InterruptedException {
        return inv(Map.of(), args);
    }

    @Test
    void newcomerFlowFromAnotherDirectory() throws Exception {
        assertThat(inv("product", "create", "IPH15", "--name", "iPhone 15", "--tracking", "serialized",
                "--identifier-format", "imei").code()).isZero();
        assertThat(inv("supplier", "create", "ACME").code()).isZero();
        Run restock = inv("restock", "IPH15", "--supplier", "ACME", "--unit", "356938035643809", "--cost", "400",
                "--unit", "490154203237518", "--cost", "450");
        assertThat(restock.code()).isZero();
        assertThat(restock.err()).isEmpty();
        Run track = inv("track", "IPH15", "--format", "json");
        assertThat(track.code()).isZero();
        assertThat(track.err()).isEmpty();
        JsonNode units = new ObjectMapper().readTree(track.out()).get("units");
        assertThat(units).hasSize(2);
        assertThat(units.get(0).get("cost").asText()).isEqualTo("400.00");
        assertThat(units.get(1).get("cost").asText()).isEqualTo("450.00");
        assertThat(db).exists();
    }

    @Test
    void exitCodesPassThrough() throws Exception {
        inv("product", "create", "IPH15", "--name", "iPhone 15", "--tracking", "serialized", "--identifier-format", "imei");
        inv("supplier", "create", "ACME");
        Run bad = inv("restock", "IPH15", "--supplier", "ACME", "--unit", "356938035643808");
        assertThat(bad.code()).isEqualTo(5);
        assertThat(bad.err()).startsWith("inv: error: ").doesNotContain("Exception");
        assertThat(bad.out()).isEmpty();
        assertThat(inv("restock", "NOPE", "--supplier", "ACME", "--unit", "356938035643809").code()).isEqualTo(3);
        assertThat(inv("restock", "IPH15", "--qty", "2", "--cost", "1").code()).isEqualTo(4);
        assertThat(inv("restock", "IPH15", "--bogus").code()).isEqualTo(2);
        Path notDb = dir.resolve("notes.txt");
        Files.writeString(notDb, "not a database at all, only words words words words words words words words");
        assertThat(inv("--db", notDb.toString(), "product", "list").code()).isEqualTo(7);
    }

    @Test
    void honoursJavaOpts() throws Exception {
        Run r = inv(Map.of("JAVA_OPTS", "-Duser.home=" + dir), "--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("inv ");
        Run broken = inv(Map.of("JAVA_OPTS", "-XX:+ThisFlagDoesNotExist"), "--version");
        assertThat(broken.code()).isNotZero();
    }

    /** A copy of the launcher and jar in a scratch "checkout", to break its caches without harm. */
    private Path scratchCheckout() throws IOException {
        Path root = dir.resolve("checkout");
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("target"));
        Files.createDirectories(root.resolve("src/main"));
        Files.copy(LAUNCHER, root.resolve("bin/inv"));
        root.resolve("bin/inv").toFile().setExecutable(true);
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(root.resolve("pom.xml"), old);
        Files.setLastModifiedTime(root.resolve("src/main"), old);
        Files.setLastModifiedTime(root.resolve("src"), old);
        Files.copy(Path.of("target", "inv.jar"), root.resolve("target/inv.jar"));
        return root;
    }

    private Run scratch(Path root, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("bin/inv").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(dir.resolve("s-out.txt").toFile()).redirectError(dir.resolve("s-err.txt").toFile());
        pb.environment().put("INV_DB", db.toString());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("s-out.txt")), Files.readString(dir.resolve("s-err.txt")));
    }

    @Test
    void fallsBackCleanlyWithoutTheExtractedLibraryOrWithABadArchive() throws Exception {
        Path root = scratchCheckout();
        // no target/native: sqlite-jdbc loads its own copy; the first run also writes the archive
        Run first = scratch(root, "supplier", "create", "ACME", "--format", "json");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).startsWith("{").contains("\"code\" : \"ACME\"");
        try (var archives = Files.list(root.resolve("target"))) {
            assertThat(archives.filter(p -> p.toString().endsWith(".jsa")).count()).isOne();
        }
        // a corrupt archive, newer than the jar: the JVM ignores it, silently
        try (var archives = Files.list(root.resolve("target"))) {
            for (Path a : archives.filter(p -> p.toString().endsWith(".jsa")).toList()) {
                Files.writeString(a, "not a class-data archive");
            }
        }
        Run corrupt = scratch(root, "supplier", "list", "--format", "csv");
        assertThat(corrupt.code()).isZero();
        assertThat(corrupt.out()).isEqualTo("code,name,created_at\n" + corrupt.out().lines().skip(1)
                .map(l -> l + "\n").reduce("", String::concat)).contains("ACME,ACME,");
        assertThat(corrupt.err()).isEmpty();
        // a stale archive (older than the jar) is replaced, never offered to the JVM
        Files.setLastModifiedTime(root.resolve("target/inv.jar"), java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 60_000));
        Run stale = scratch(root, "supplier", "list");
        assertThat(stale.code()).isZero();
        assertThat(stale.err()).isEmpty();
        assertThat(stale.out()).contains("ACME");
    }

    @Test
    void aBrokenExtractedLibraryFallsBackToTheBundledOne() throws Exception {
        Path root = scratchCheckout();
        Path lib = root.resolve("target/native/org/sqlite/native/Linux/x86_64/libsqlitejdbc.so");
        Files.createDirectories(lib.getParent());
        Files.writeString(lib, "stale");
        Run r = scratch(root, "supplier", "create", "ACME");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Created supplier ACME");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("SEVERE");
    }
}
