package dev.inv.cli;

import dev.inv.service.ImportService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of an import (rows read, rows per second), drawn by the progressbar library
 * on the command's stderr writer. The bar is handed a fixed width and a consumer of rendered
 * lines, so the library never opens a JLine terminal of its own (the REPL owns that one).
 */
final class ProgressDisplay implements ImportService.Progress {

    private final PrintWriter err;
    private final int width;
    private ProgressBar bar;

    private ProgressDisplay(PrintWriter err, int width) {
        this.err = err;
        this.width = width;
    }

    /**
     * The bar on {@code err} when stderr is a terminal and not {@code quiet}; else no progress at
     * all, so that cron logs and redirected output stay clean.
     */
    static ImportService.Progress forStderr(PrintWriter err, boolean quiet, String columns) {
        if (quiet || !stderrIsTerminal()) {
            return ImportService.Progress.NONE;
        }
        int width = 80;
        if (columns != null && columns.matches("\\d{2,4}")) {
            width = Integer.parseInt(columns);
        }
        return new ProgressDisplay(err, Math.max(40, width - 1));
    }

    /**
     * Whether file descriptor 2 is a terminal. Java 17 cannot ask isatty(2) directly; on Linux
     * /proc names the device it points at. Elsewhere a console on stdin and stdout is the best
     * hint there is.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public void reading(long lines) {
        bar = new ProgressBarBuilder()
                .setTaskName("Import")
                .setInitialMax(Math.max(1, lines))
                .setUnit(" rows", 1)
                .showSpeed(new DecimalFormat("#,##0"))
                .setSpeedUnit(ChronoUnit.SECONDS)
                .hideEta()
                .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                .setUpdateIntervalMillis(250)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print('\r' + line);
                    err.flush();
                }, width))
                .build();
    }

    @Override
    public void readTo(long line) {
        if (bar != null) {
            bar.stepTo(line);
        }
    }

    @Override
    public void step(String what) {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.setExtraMessage(" " + what + "…");
        }
    }

    @Override
    public void done() {
        if (bar != null) {
            bar.close();
            err.println();
            err.flush();
            bar = null;
        }
    }
}
