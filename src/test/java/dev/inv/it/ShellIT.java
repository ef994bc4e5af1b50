package dev.inv.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inv shell} as a process: script mode fed from a pipe as cron would, and the REPL on a
 * real terminal under tmux (Tab completion and the sale picker).
 */
class ShellIT {

    static final Path LAUNCHER = Path.of("bin", "inv").toAbsolutePath();
    static final String A = "356938035643809";
    static final String B = "490154203237518";

    @TempDir
    Path dir;
    Path db;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() throws Exception {
        db = dir.resolve("shop.db");
        Path setup = dir.resolve("setup.inv");
        Files.writeString(setup, """
                product create IPH15 --name "iPhone 15" --tracking serialized --identifier-format imei --price 799
                supplier create ACME
                restock IPH15 --supplier ACME --unit %s --cost 400 --unit %s --cost 450
                """.formatted(A, B));
        assertThat(inv(setup, "shell").code()).isZero();
    }

    Run inv(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(stdin.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("INV_DB", db.toString());
        pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void scriptModeFromAPipe() throws Exception {
        Path script = dir.resolve("sales.inv");
        Files.writeString(script, "sell --item " + A + "\nsell --item " + A + "\nsell --item " + B + "\n");
        Run stop = inv(script, "shell");
        assertThat(stop.code()).isEqualTo(4);
        assertThat(stop.err()).startsWith("inv: line 2: ");
        assertThat(stop.out()).contains("INV-000001").doesNotContain("INV-000002");

        Path atomic = dir.resolve("atomic.inv");
        Files.writeString(atomic, "sell --item " + B + "\nproduct show NOPE\n");
        Run rolledBack = inv(atomic, "shell", "--atomic");
        assertThat(rolledBack.code()).isEqualTo(3);
        Path check = dir.resolve("check.inv");
        Files.writeString(check, "track IPH15 --status available --format csv\n");
        assertThat(inv(check, "shell").out()).contains(B);

        Run keepGoing = inv(script, "shell", "--keep-going");
        assertThat(keepGoing.code()).isEqualTo(4);
        assertThat(keepGoing.out()).contains("INV-000002");
    }

    @Test
    void replUnderTmuxCompletesAndPicks() throws Exception {
        assumeTrue(new ProcessBuilder("tmux", "-V").start().waitFor() == 0, "tmux is not installed");
        String session = "inv-it-" + ProcessHandle.current().pid();
        tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "50",
                "env INV_DB=" + db + " XDG_STATE_HOME=" + dir.resolve("state") + " " + LAUNCHER + " shell");
        try {
            waitFor(session, "inv>");
            tmux("send-keys", "-t", session, "track IP", "Tab");
            waitFor(session, "inv> track IPH15");
            tmux("send-keys", "-t", session, "Enter");
            waitFor(session, "RECEIVED");
            tmux("send-keys", "-t", session, "sell --item IPH15", "Enter");
            waitFor(session, "Available units of IPH15");
            tmux("send-keys", "-t", session, "2", "Enter");
            String screen = waitFor(session, "INV-000001");
            assertThat(screen).contains("IMEI " + B);
            tmux("send-keys", "-t", session, "exit", "Enter");
        } finally {
            new ProcessBuilder("tmux", "kill-session", "-t", session).start().waitFor();
        }
    }

    private static void tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }

    private static String waitFor(String session, String text) throws IOException, InterruptedException {
        String screen = "";
        for (int i = 0; i < 300; i++) {
            Process p = new ProcessBuilder("tmux", "capture-pane", "-p", "-t", session).start();
            screen = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("'" + text + "' never appeared; the screen shows:\n" + screen);
    }
}
