package dev.inv.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A CSV file to import, read in two passes. The first reads the bytes once for their SHA-256 (an
 * import is recognised by its content before any row is looked at) and counts the lines (the
 * progress bar's total); the second reads the rows. Standard input cannot be read twice, so it is
 * first copied to a temporary file readable by its owner only, deleted on {@link #close}.
 * Neither pass keeps more than a buffer in memory.
 */
public final class CsvFile implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final String name;
    private final Path path;
    private final boolean spooled;
    private final String sha256;
    private final long lines;
    private CsvDialect dialect;

    private CsvFile(String name, Path path, boolean spooled, Digest digest) {
        this.name = name;
        this.path = path;
        this.spooled = spooled;
        this.sha256 = digest.hex();
        this.lines = digest.lines();
    }

    /** A file on disk, hashed in place. */
    public static CsvFile open(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new CsvFile(path.toString(), path, false, digest(in, OutputStream.nullOutputStream()));
        }
    }

    /**
     * A stream (standard input), copied to a private temporary file while it is hashed. The file's
     * name carries this process's id, so that copies left by a process that was killed (kill -9
     * runs no clean-up) are removed by the next import instead of piling up.
     */
    public static CsvFile spool(InputStream in, String name) throws IOException {
        removeOrphanedSpools();
        // createTempFile makes the file rw------- on POSIX file systems: it may hold costs
        Path tmp = Files.createTempFile(SPOOL_PREFIX + ProcessHandle.current().pid() + "-", ".csv");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            return new CsvFile(name, tmp, true, digest(in, out));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    private static final String SPOOL_PREFIX = "inv-import-";

    /** Deletes spooled copies whose process is gone. */
    private static void removeOrphanedSpools() {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        try (var files = Files.newDirectoryStream(dir, SPOOL_PREFIX + "*.csv")) {
            for (Path f : files) {
                String rest = f.getFileName().toString().substring(SPOOL_PREFIX.length());
                int dash = rest.indexOf('-');
                if (dash <= 0 || !rest.substring(0, dash).chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long pid = Long.parseLong(rest.substring(0, dash));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                Files.deleteIfExists(f);
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover copy wastes disk, it never changes an import
        }
    }

    /** What to call the file in messages: its path, or the name given to a stream. */
    public String name() {
        return name;
    }

    /** Where the bytes are: the file itself, or the temporary copy of a stream. */
    Path path() {
        return path;
    }

    /** SHA-256 of the bytes as 64 lowercase hex digits. */
    public String sha256() {
        return sha256;
    }

    /** Physical lines in the file (a last line without a line break counts). */
    public long lines() {
        return lines;
    }

    /** The delimiter and decimal mark, from the first line that holds anything. */
    public CsvDialect dialect() throws IOException {
        if (dialect == null) {
            try (BufferedReader r = new BufferedReader(reader())) {
                String first = null;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!CsvDialect.isBlankLine(line)) {
                        first = line;
                        break;
                    }
                }
                dialect = CsvDialect.detect(first);
            } catch (CharacterCodingException e) {
                dialect = CsvDialect.COMMA; // reading the rows reports where the text stops being UTF-8
            }
        }
        return dialect;
    }

    /** Opens the rows for reading, in the detected dialect. */
    public CsvRows rows() throws IOException {
        CsvDialect d = dialect();
        Reader reader = reader();
        try {
            return new CsvRows(reader, d);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** UTF-8 text without its byte-order mark; malformed bytes are an error, never guessed at. */
    private Reader reader() throws IOException {
        InputStream in = Files.newInputStream(path);
        try {
            byte[] head = in.readNBytes(3);
            boolean bom = head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                    && (head[2] & 0xff) == 0xBF;
            if (!bom) {
                in.close();
                in = Files.newInputStream(path);
            }
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new BufferedReader(new InputStreamReader(in, decoder), BUFFER);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private record Digest(String hex, long lines) {
    }

    private static Digest digest(InputStream in, OutputStream copy) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        byte[] buf = new byte[BUFFER];
        long lines = 0;
        byte last = '\n';
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            if (n == 0) {
                continue;
            }
            sha.update(buf, 0, n);
            copy.write(buf, 0, n);
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    lines++;
                }
            }
            last = buf[n - 1];
        }
        if (last != '\n') {
            lines++; // a last line without a line break
        }
        return new Digest(HexFormat.of().formatHex(sha.digest()), lines);
    }

    /** Deletes the temporary copy of standard input, if there is one. */
    @Override
    public void close() throws IOException {
        if (spooled) {
            Files.deleteIfExists(path);
        }
    }
}
