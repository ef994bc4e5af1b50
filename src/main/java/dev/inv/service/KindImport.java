package dev.inv.service;

import dev.inv.core.Problems;
import dev.inv.csv.CsvFile;
import dev.inv.service.ImportService.Match;
import dev.inv.service.ImportService.Progress;
import dev.inv.service.ImportService.Summary;
import dev.inv.store.RejectLog;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What differs between the kinds of import; {@link ImportService} runs the steps they share in
 * order: {@link #resolve}, {@link #findEarlier}, {@link #checkCommandLine}, {@link #stage},
 * {@link #check}, {@link #write}. An instance serves one import.
 */
abstract class KindImport {

    /** Reports progress every this many rows: often enough for a bar, rarely enough to cost nothing. */
    static final int PROGRESS_EVERY = 8192;

    final Session session;
    /** Data rows read so far (not the header, not blank lines). */
    long rowsRead;

    KindImport(Session session) {
        this.session = session;
    }

    /** The {@code imports.kind}: units, stock or products. */
    abstract String kind();

    abstract boolean dryRun();

    /** Looks up what the command line names (product, supplier) for the steps after. */
    abstract void resolve(Connection c) throws SQLException;

    /** An earlier import of the same content or, where the kind has one, the same ref. */
    abstract Optional<Match> findEarlier(Connection c, String contentHash) throws SQLException;

    /** Adds a problem for each name that was not found, or a product that cannot take this import. */
    abstract void checkCommandLine(Problems problems);

    abstract void createTables(Connection c) throws SQLException;

    abstract void dropTables(Connection c) throws SQLException;

    /** Reads every row, logs the bad ones and stages the rest; counts {@link #rowsRead}. */
    abstract void stage(Connection c, CsvFile file, RejectLog rejects, Progress progress)
            throws SQLException, IOException;

    /** The checks across rows and against the inventory, over the staged rows. */
    abstract void check(Connection c, RejectLog rejects) throws SQLException;

    /** Posts the import; called only when no row was rejected, inside the write transaction. */
    abstract void write(Connection c, String contentHash, String at) throws SQLException;

    abstract Summary summary(String file, Match duplicateOf, long rows, long errors, String at);

    long rowsRead() {
        return rowsRead;
    }

    /** Counts a data row and reports progress now and then. */
    void counted(long line, Progress progress) {
        if (++rowsRead % PROGRESS_EVERY == 0) {
            progress.readTo(line);
        }
    }

    /** Lowercase letters and digits only: "Serial #" and "serial_no" compare as serial, serialno. */
    static String headerKey(String cell) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char ch = Character.toLowerCase(cell.charAt(i));
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                b.append(ch);
            }
        }
        return b.toString();
    }

    static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    static boolean hasLetter(String s) {
        return s.chars().anyMatch(Character::isLetter);
    }
}
