package dev.inv.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inv.core.AmountFormatException;
import dev.inv.core.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Delimiter detection and the amounts spreadsheets write. */
class CsvDialectTest {

    @Test
    void detectsSemicolonThenTabThenComma() {
        assertThat(CsvDialect.detect("imei;cost")).isEqualTo(CsvDialect.SEMICOLON);
        assertThat(CsvDialect.detect("a\tb;c")).isEqualTo(CsvDialect.SEMICOLON);
        assertThat(CsvDialect.detect("imei\tcost")).isEqualTo(CsvDialect.TAB);
        assertThat(CsvDialect.detect("imei,cost")).isEqualTo(CsvDialect.COMMA);
        assertThat(CsvDialect.detect("356938035643809")).isEqualTo(CsvDialect.COMMA);
        assertThat(CsvDialect.detect(null)).isEqualTo(CsvDialect.COMMA);
        assertThat(CsvDialect.isBlankLine(" ,;\t ")).isTrue();
        assertThat(CsvDialect.isBlankLine(",x,")).isFalse();
    }

    @Test
    void amountsAsSpreadsheetsWriteThem() {
        assertThat(CsvDialect.COMMA.amount("412.37", 2).minor()).isEqualTo(41237);
        assertThat(CsvDialect.COMMA.amount("$412.37", 2).minor()).isEqualTo(41237);
        assertThat(CsvDialect.COMMA.amount("1,412.37", 2).minor()).isEqualTo(141237);
        assertThat(CsvDialect.COMMA.amount("412", 2).minor()).isEqualTo(41200);
        assertThat(CsvDialect.TAB.amount("412.5", 2).minor()).isEqualTo(41250);
        assertThat(CsvDialect.SEMICOLON.amount("412,37", 2).minor()).isEqualTo(41237);
        assertThat(CsvDialect.SEMICOLON.amount("1.412,37", 2).minor()).isEqualTo(141237);
        assertThat(CsvDialect.SEMICOLON.amount("412,37 €", 2).minor()).isEqualTo(41237);
        assertThat(CsvDialect.SEMICOLON.amount("412.37", 2).minor()).as("a decimal point in a semicolon file")
                .isEqualTo(41237);
        assertThat(CsvDialect.COMMA.amount("412", 0).minor()).isEqualTo(412);
    }

    @Test
    void badAmountsSayWhy() {
        assertThatThrownBy(() -> CsvDialect.COMMA.amount("41x", 2)).isInstanceOf(AmountFormatException.class)
                .hasMessageContaining("'41x' is not a number");
        assertThatThrownBy(() -> CsvDialect.COMMA.amount("412,37", 2)).isInstanceOf(AmountFormatException.class);
        assertThatThrownBy(() -> CsvDialect.COMMA.amount("-5", 2)).hasMessageContaining("negative");
        assertThatThrownBy(() -> CsvDialect.COMMA.amount("1.234", 2)).hasMessageContaining("3 decimals");
        assertThatThrownBy(() -> CsvDialect.SEMICOLON.amount("1.412", 2)).as("ambiguous: never read as 1412")
                .hasMessageContaining("3 decimals");
        assertThatThrownBy(() -> CsvDialect.COMMA.amount("12.5", 0)).isInstanceOf(AmountFormatException.class);
        assertThatThrownBy(() -> CsvDialect.COMMA.amount("99999999999999999", 2)).hasMessageContaining("too large");
    }

    /** The fast path for plain amounts agrees with Money.parse on every text it accepts. */
    @Property(tries = 2000)
    void plainFastPathAgreesWithMoneyParse(@ForAll("amountLike") String text, @ForAll("digits") int digits) {
        Money fast = CsvDialect.plain(text, digits);
        Money full;
        try {
            full = Money.parse(text, digits, false);
        } catch (AmountFormatException e) {
            full = null;
        }
        if (fast != null) {
            assertThat(fast).isEqualTo(full);
        }
        if (full != null && text.matches("\\d{1,12}(\\.\\d+)?") && text.length() <= 12) {
            assertThat(fast).as(text).isEqualTo(full);
        }
    }

    @Provide
    Arbitrary<String> amountLike() {
        return Arbitraries.strings().withChars("0123456789.,$ -").ofMinLength(0).ofMaxLength(14);
    }

    @Provide
    Arbitrary<Integer> digits() {
        return Arbitraries.integers().between(0, 4);
    }
}
