package dev.inv.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the shapes of CSV that spreadsheets and scripts produce, with the physical line of every row. */
class CsvFileTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every row as "line:cell|cell". */
    private static List<String> rows(CsvFile file) throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvRows rows = file.rows()) {
            for (CsvRow r = rows.next(); r != null; r = rows.next()) {
                out.add(r.line() + ":" + String.join("|", r.cells()));
            }
        }
        return out;
    }

    @Test
    void byteOrderMarkIsDroppedAndCrlfReadsLikeLf() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "IMEI,Cost\r\n356938035643809,$412.37\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);
        try (CsvFile crlf = CsvFile.open(write("bom.csv", withBom));
             CsvFile lf = CsvFile.open(write("lf.csv", "IMEI,Cost\n356938035643809,$412.37\n"))) {
            assertThat(rows(crlf)).containsExactly("1:IMEI|Cost", "2:356938035643809|$412.37");
            assertThat(rows(lf)).isEqualTo(rows(crlf));
            assertThat(crlf.lines()).isEqualTo(2);
            assertThat(crlf.sha256()).isNotEqualTo(lf.sha256());
        }
    }

    @Test
    void delimiterComesFromTheFirstLineThatHoldsAnything() throws IOException {
        try (CsvFile semicolon = CsvFile.open(write("s.csv", "\n;;\nimei;cost\n356938035643809;412,37\n"));
             CsvFile tab = CsvFile.open(write("t.csv", "356938035643809\t412.37\n490154203237518\t1,412.37\n"));
             CsvFile comma = CsvFile.open(write("c.csv", "356938035643809,\"1,412.37\"\n"));
             CsvFile single = CsvFile.open(write("one.csv", "356938035643809\n"))) {
            assertThat(semicolon.dialect()).isEqualTo(CsvDialect.SEMICOLON);
            assertThat(semicolon.dialect().decimalComma()).isTrue();
            assertThat(rows(semicolon)).containsExactly("3:imei|cost", "4:356938035643809|412,37");
            assertThat(tab.dialect()).isEqualTo(CsvDialect.TAB);
            assertThat(rows(tab)).containsExactly("1:356938035643809|412.37", "2:490154203237518|1,412.37");
            assertThat(comma.dialect()).isEqualTo(CsvDialect.COMMA);
            assertThat(rows(comma)).containsExactly("1:356938035643809|1,412.37");
            assertThat(single.dialect()).isEqualTo(CsvDialect.COMMA);
        }
    }

    @Test
    void quotedCellsMayHoldDelimitersQuotesAndLineBreaksAndLinesStayPhysical() throws IOException {
        String text = "sku,name\n"
                + "A,\"Case, black\"\n"
                + "B,\"12\"\" tablet\"\n"
                + "C,\"two\nlines\"\n"
                + "D, \"spaced\" \n"
                + "E,last";
        try (CsvFile file = CsvFile.open(write("q.csv", text))) {
            assertThat(rows(file)).containsExactly("1:sku|name", "2:A|Case, black", "3:B|12\" tablet",
                    "4:C|two\nlines", "6:D|spaced", "7:E|last");
            assertThat(file.lines()).isEqualTo(7);
        }
    }

    @Test
    void blankLinesAndEmptySpreadsheetRowsAreSkippedButCounted() throws IOException {
        try (CsvFile file = CsvFile.open(write("b.csv", "\r\na,1\r\n   \r\n,,\r\n\r\nb,2\r\n\r\n"))) {
            assertThat(rows(file)).containsExactly("2:a|1", "6:b|2");
        }
    }

    @Test
    void rowWidthIgnoresTrailingEmptyCells() {
        assertThat(new CsvRow(1, List.of("356938035643809", "412.37", "", " ")).width()).isEqualTo(2);
        assertThat(new CsvRow(1, List.of("", "", "")).isBlank()).isTrue();
        assertThat(new CsvRow(1, List.of("a")).cell(3)).isEmpty();
    }

    @Test
    void anUnclosedQuoteStopsReadingAtTheLineWhereItStarts() throws IOException {
        try (CsvFile file = CsvFile.open(write("u.csv", "a,1\nb,\"2\nc,3\n"));
             CsvRows rows = file.rows()) {
            assertThat(rows.next().line()).isEqualTo(1);
            assertThatThrownBy(rows::next).isInstanceOf(CsvSyntaxException.class)
                    .hasMessageContaining("never closed")
                    .satisfies(e -> assertThat(((CsvSyntaxException) e).line()).isEqualTo(2));
        }
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorNotAGuess() throws IOException {
        byte[] latin1 = "356938035643809,412.37\n490154203237518,\u00a3412\n".getBytes(StandardCharsets.ISO_8859_1);
        try (CsvFile file = CsvFile.open(write("l.csv", latin1)); CsvRows rows = file.rows()) {
            assertThatThrownBy(() -> {
                while (rows.next() != null) {
                    // read on until the bad byte
                }
            }).isInstanceOf(CsvSyntaxException.class).hasMessageContaining("not UTF-8");
        }
    }

    @Test
    void contentHashIsTheSha256OfTheBytes() throws IOException {
        try (CsvFile file = CsvFile.open(write("h.csv", "abc"))) {
            assertThat(file.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(file.lines()).isEqualTo(1);
        }
        try (CsvFile empty = CsvFile.open(write("e.csv", ""))) {
            assertThat(empty.lines()).isZero();
            assertThat(rows(empty)).isEmpty();
        }
    }

    @Test
    void standardInputIsSpooledToAPrivateFileWithTheSameHashAndDeletedOnClose() throws IOException {
        String text = "imei;cost\r\n356938035643809;412,37\r\n";
        Path onDisk = write("d.csv", text);
        Path spoolPath;
        try (CsvFile fromFile = CsvFile.open(onDisk);
             CsvFile fromStdin = CsvFile.spool(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                     "stdin")) {
            assertThat(fromStdin.sha256()).isEqualTo(fromFile.sha256());
            assertThat(fromStdin.name()).isEqualTo("stdin");
            assertThat(rows(fromStdin)).isEqualTo(rows(fromFile));
            spoolPath = fromStdin.path();
            assertThat(spoolPath).exists();
            if (spoolPath.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(Files.getPosixFilePermissions(spoolPath))
                        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            }
        }
        assertThat(spoolPath).doesNotExist();
    }
}
