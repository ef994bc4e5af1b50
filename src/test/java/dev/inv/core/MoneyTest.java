package dev.inv.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Money: parsing what users type, the plain form, and exact arithmetic. */
class MoneyTest {

    // --- parsing amounts with two decimals ---

    @Test
    void parsesAWholeAmount() {
        assertThat(Money.parse("450", 2)).isEqualTo(Money.ofMinor(45000, 2));
    }

    @Test
    void parsesFewerDecimalsThanTheCurrencyHas() {
        assertThat(Money.parse("450.5", 2).minor()).isEqualTo(45050);
    }

    @Test
    void parsesExactlyTheCurrencysDecimals() {
        assertThat(Money.parse("450.50", 2).minor()).isEqualTo(45050);
    }

    @Test
    void parsesCurrencySymbolAndThousandsSeparators() {
        assertThat(Money.parse("$1,450.50", 2).minor()).isEqualTo(145050);
        assertThat(Money.parse("1,234,567.89", 2).minor()).isEqualTo(123456789);
    }

    @Test
    void parsesZeroAndTheSmallestUnit() {
        assertThat(Money.parse("0", 2)).isEqualTo(Money.zero(2));
        assertThat(Money.parse("0.01", 2).minor()).isEqualTo(1);
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertThat(Money.parse("  450.50 \t", 2).minor()).isEqualTo(45050);
        assertThat(Money.parse("\n450\n", 2).minor()).isEqualTo(45000);
    }

    @Test
    void keepsTheCurrencysDigits() {
        assertThat(Money.parse("450", 2).digits()).isEqualTo(2);
        assertThat(Money.parse("450", 0)).isEqualTo(Money.ofMinor(450, 0));
        assertThat(Money.parse("1.005", 3).minor()).isEqualTo(1005);
    }

    @Test
    void acceptsExactlyTheLargestAmount() {
        assertThat(Money.parse("10000000000000.00", 2).minor()).isEqualTo(Money.MAX_MINOR);
    }

    // --- rejections ---

    @ParameterizedTest
    @ValueSource(strings = {"-5", "-$5", "$-5", "(5)", "-0.01"})
    void rejectsNegativeAmounts(String text) {
        assertThatThrownBy(() -> Money.parse(text, 2))
                .isInstanceOf(AmountFormatException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("negative");
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.parse("1.234", 2))
                .isInstanceOf(AmountFormatException.class)
                .hasMessageContaining("'1.234'")
                .hasMessageContaining("3 decimals");
        assertThatThrownBy(() -> Money.parse("1.5", 0))
                .isInstanceOf(AmountFormatException.class)
                .hasMessageContaining("'1.5'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.2.3", "1,23", "12,34,567", "1e5", "NaN", "Infinity", "0x10", "1.",
        ".5", "+5", "5 5", "$"})
    void rejectsTextThatIsNotANumber(String text) {
        assertThatThrownBy(() -> Money.parse(text, 2))
                .isInstanceOf(AmountFormatException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void rejectsEmptyOrBlankText(String text) {
        assertThatThrownBy(() -> Money.parse(text, 2))
                .isInstanceOf(AmountFormatException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Money.parse(null, 2)).isInstanceOf(AmountFormatException.class);
    }

    @Test
    void rejectsAmountsAboveTheLimit() {
        assertThatThrownBy(() -> Money.parse("99999999999999999999", 2))
                .isInstanceOf(AmountFormatException.class)
                .hasMessageContaining("'99999999999999999999'")
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> Money.parse("10000000000000.01", 2))
                .isInstanceOf(AmountFormatException.class)
                .hasMessageContaining("too large");
    }

    // --- decimal comma ---

    @Test
    void parsesDecimalCommaAmounts() {
        assertThat(Money.parse("412,37", 2, true).minor()).isEqualTo(41237);
        assertThat(Money.parse("1.412,37", 2, true).minor()).isEqualTo(141237);
        assertThat(Money.parse("1 412,37", 2, true).minor()).isEqualTo(141237);
        assertThat(Money.parse("412", 2, true).minor()).isEqualTo(41200);
    }

    @Test
    void rejectsAPointDecimalInDecimalCommaMode() {
        assertThatThrownBy(() -> Money.parse("412.37", 2, true))
                .isInstanceOf(AmountFormatException.class)
                .hasMessageContaining("'412.37'");
    }

    @Test
    void rejectsNegativesAndExtraDecimalsInDecimalCommaMode() {
        assertThatThrownBy(() -> Money.parse("-412,37", 2, true)).isInstanceOf(AmountFormatException.class);
        assertThatThrownBy(() -> Money.parse("412,375", 2, true)).isInstanceOf(AmountFormatException.class);
    }

    // --- plain form ---

    @Test
    void plainStringShowsTheCurrencysDecimals() {
        assertThat(Money.ofMinor(145050, 2).toPlainString()).isEqualTo("1450.50");
        assertThat(Money.zero(2).toPlainString()).isEqualTo("0.00");
        assertThat(Money.ofMinor(5, 0).toPlainString()).isEqualTo("5");
        assertThat(Money.ofMinor(5, 3).toPlainString()).isEqualTo("0.005");
        assertThat(Money.ofMinor(-5, 2).toPlainString()).isEqualTo("-0.05");
    }

    @Test
    void plainStringNeverUsesExponentsOrGrouping() {
        assertThat(Money.ofMinor(Money.MAX_MINOR, 2).toPlainString()).isEqualTo("10000000000000.00");
        assertThat(Money.ofMinor(Money.MAX_MINOR, 2).toString()).isEqualTo("10000000000000.00");
    }

    // --- arithmetic ---

    @Test
    void addsSubtractsAndMultipliesExactly() {
        Money a = Money.ofMinor(40000, 2);
        Money b = Money.ofMinor(45001, 2);
        assertThat(a.plus(b)).isEqualTo(Money.ofMinor(85001, 2));
        assertThat(a.minus(b)).isEqualTo(Money.ofMinor(-5001, 2));
        assertThat(a.minus(b).isNegative()).isTrue();
        assertThat(b.times(3)).isEqualTo(Money.ofMinor(135003, 2));
        assertThat(b.negate()).isEqualTo(Money.ofMinor(-45001, 2));
        assertThat(a.minus(a).isZero()).isTrue();
    }

    @Test
    void overflowThrowsInsteadOfWrappingAround() {
        Money max = Money.ofMinor(Long.MAX_VALUE, 2);
        Money min = Money.ofMinor(Long.MIN_VALUE, 2);
        Money one = Money.ofMinor(1, 2);
        assertThatThrownBy(() -> max.plus(one)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> min.minus(one)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(min::negate).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void mixingCurrencyDigitsThrows() {
        Money cents = Money.ofMinor(100, 2);
        Money whole = Money.ofMinor(1, 0);
        assertThatThrownBy(() -> cents.plus(whole)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cents.minus(whole)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cents.compareTo(whole)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparesByAmount() {
        assertThat(Money.ofMinor(40000, 2)).isLessThan(Money.ofMinor(45000, 2));
        assertThat(Money.ofMinor(45000, 2)).isEqualByComparingTo(Money.parse("450", 2));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 5})
    void rejectsUnsupportedCurrencyDigits(int digits) {
        assertThatThrownBy(() -> Money.zero(digits)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- properties ---

    @Provide
    Arbitrary<Integer> currencyDigits() {
        return Arbitraries.of(0, 2, 3);
    }

    @Property
    void plainStringParsesBackToTheSameAmount(
            @ForAll @LongRange(min = 0, max = Money.MAX_MINOR) long minor,
            @ForAll("currencyDigits") int digits) {
        Money money = Money.ofMinor(minor, digits);
        assertThat(Money.parse(money.toPlainString(), digits)).isEqualTo(money);
    }

    @Property
    void groupedAmountsParseInBothDecimalStyles(
            @ForAll @LongRange(min = 0, max = Money.MAX_MINOR) long minor,
            @ForAll("currencyDigits") int digits) {
        long scale = (long) Math.pow(10, digits);
        String whole = String.format(Locale.ROOT, "%,d", minor / scale);
        String fraction = digits == 0 ? "" : String.format(Locale.ROOT, "%0" + digits + "d", minor % scale);
        String pointStyle = "$" + whole + (digits == 0 ? "" : "." + fraction);
        String commaStyle = whole.replace(',', '.') + (digits == 0 ? "" : "," + fraction);

        assertThat(Money.parse(pointStyle, digits).minor()).as(pointStyle).isEqualTo(minor);
        assertThat(Money.parse(commaStyle, digits, true).minor()).as(commaStyle).isEqualTo(minor);
    }

    @Property
    void additionIsCommutative(
            @ForAll @LongRange(min = 0, max = Money.MAX_MINOR) long a,
            @ForAll @LongRange(min = 0, max = Money.MAX_MINOR) long b) {
        assertThat(Money.ofMinor(a, 2).plus(Money.ofMinor(b, 2)))
                .isEqualTo(Money.ofMinor(b, 2).plus(Money.ofMinor(a, 2)));
    }

    @Property
    void additionIsAssociative(
            @ForAll @LongRange(min = 0, max = Money.MAX_MINOR) long a,
            @ForAll @LongRange(min = 0, max = Money.MAX_MINOR) long b,
            @ForAll @LongRange(min = 0, max = Money.MAX_MINOR) long c) {
        Money x = Money.ofMinor(a, 2);
        Money y = Money.ofMinor(b, 2);
        Money z = Money.ofMinor(c, 2);
        assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
    }

    @Property
    void subtractionUndoesAddition(
            @ForAll @LongRange(min = 0, max = Money.MAX_MINOR) long a,
            @ForAll @LongRange(min = 0, max = Money.MAX_MINOR) long b) {
        Money x = Money.ofMinor(a, 2);
        Money y = Money.ofMinor(b, 2);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
    }

    @Property
    void multiplyingIsRepeatedAddition(
            @ForAll @LongRange(min = 0, max = Money.MAX_MINOR) long a,
            @ForAll @IntRange(min = 0, max = 50) int quantity) {
        Money price = Money.ofMinor(a, 2);
        Money sum = Money.zero(2);
        for (int i = 0; i < quantity; i++) {
            sum = sum.plus(price);
        }
        assertThat(price.times(quantity)).isEqualTo(sum);
    }
}
