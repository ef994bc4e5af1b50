package dev.inv.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Identifier formats (any, imei, regex) and the Luhn and display helpers in Identifiers. */
class IdentifierFormatTest {

    private static final IdentifierFormat ANY = IdentifierFormat.parse("any");
    private static final IdentifierFormat IMEI = IdentifierFormat.parse("imei");
    private static final String VALID_IMEI = "356938035643809";

    // --- any ---

    @Test
    void anyTrimsTheIdentifier() {
        assertThat(ANY.normalize("  SN-0042\t")).isEqualTo("SN-0042");
    }

    @Test
    void anyKeepsCaseAndPunctuation() {
        assertThat(ANY.normalize("Ab:c/1.2#x")).isEqualTo("Ab:c/1.2#x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t \n"})
    void anyRejectsEmptyOrBlankIdentifiers(String raw) {
        assertThatThrownBy(() -> ANY.normalize(raw))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void anyRejectsNull() {
        assertThatThrownBy(() -> ANY.normalize(null)).isInstanceOf(InvalidIdentifierException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB C", "AB\tC", "AB\nC", "AB\u00a0C", "AB\u2028C", "AB\u3000C"})
    void anyRejectsInnerWhitespace(String raw) {
        assertThatThrownBy(() -> ANY.normalize(raw))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("whitespace or control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0007", "AB\u0007C", "AB\u0000", "\u007fAB", "AB\u009bC", "\u001b[31mRED"})
    void anyRejectsControlCharacters(String raw) {
        assertThatThrownBy(() -> ANY.normalize(raw))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("whitespace or control characters");
    }

    @Test
    void rejectionMessagesShowControlCharactersEscaped() {
        assertThatThrownBy(() -> ANY.normalize("AB\u0007C"))
                .hasMessageContaining("AB\\u0007C")
                .hasMessageNotContaining("\u0007");
    }

    @Test
    void anyAcceptsExactlyOneHundredCharacters() {
        String hundred = "x".repeat(100);
        assertThat(ANY.normalize(hundred)).isEqualTo(hundred);
        assertThat(ANY.normalize("  " + hundred + "  ")).isEqualTo(hundred);
    }

    @Test
    void anyRejectsMoreThanOneHundredCharacters() {
        assertThatThrownBy(() -> ANY.normalize("x".repeat(101)))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("101 characters")
                .hasMessageContaining("100");
    }

    // --- imei ---

    @ParameterizedTest
    @ValueSource(strings = {"356938035643809", "35-693803-564380-9", " 35 6938 0356 4380 9 ", "35 6938-0356 4380-9"})
    void imeiAcceptsDigitsWithSpacesAndDashesAndNormalisesToFifteenDigits(String raw) {
        assertThat(IMEI.normalize(raw)).isEqualTo(VALID_IMEI);
    }

    @Test
    void imeiAcceptsAKnownValidImei() {
        assertThat(IMEI.normalize("490154203237518")).isEqualTo("490154203237518");
    }

    @Test
    void imeiRejectsAWrongCheckDigit() {
        assertThatThrownBy(() -> IMEI.normalize("356938035643808"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("356938035643808")
                .hasMessageContaining("check digit");
    }

    @Test
    void imeiRejectsFourteenDigits() {
        assertThatThrownBy(() -> IMEI.normalize("35693803564380"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("14 digits");
    }

    @Test
    void imeiRejectsSixteenDigits() {
        assertThatThrownBy(() -> IMEI.normalize("3569380356438090"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("16 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"35693803564380A", "ABCDEFGHIJKLMNO", "35693803564380.9", "35693803564380\t9",
        "３５６９３８０３５６４３８０９"})
    void imeiRejectsAnythingButDigitsSpacesAndDashes(String raw) {
        assertThatThrownBy(() -> IMEI.normalize(raw))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("digits only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void imeiRejectsEmptyText(String raw) {
        assertThatThrownBy(() -> IMEI.normalize(raw))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void imeiRejectsOnlySeparators() {
        assertThatThrownBy(() -> IMEI.normalize(" - - ")).isInstanceOf(InvalidIdentifierException.class);
    }

    // --- regular expressions ---

    @Test
    void regexAcceptsAWholeMatch() {
        IdentifierFormat format = IdentifierFormat.parse("[A-Z]{2}\\d{4}");
        assertThat(format.normalize("AB1234")).isEqualTo("AB1234");
        assertThat(format.normalize(" AB1234 ")).isEqualTo("AB1234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB12345", "xAB1234", "ab1234", "AB123"})
    void regexRejectsAnythingButAWholeMatchAndNamesThePattern(String raw) {
        IdentifierFormat format = IdentifierFormat.parse("[A-Z]{2}\\d{4}");
        assertThatThrownBy(() -> format.normalize(raw))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining(raw)
                .hasMessageContaining("[A-Z]{2}\\d{4}");
    }

    @Test
    void regexStillAppliesTheRulesEveryIdentifierObeys() {
        IdentifierFormat anything = IdentifierFormat.parse(".*");
        assertThatThrownBy(() -> anything.normalize("A B")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> anything.normalize("")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> anything.normalize("x".repeat(101))).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void anInvalidRegexIsRefusedWhenParsed() {
        assertThatThrownBy(() -> IdentifierFormat.parse("[a-"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[a-");
    }

    // --- parse and spec ---

    @ParameterizedTest
    @ValueSource(strings = {"any", "ANY", "Any"})
    void parsesAnyIgnoringCase(String spec) {
        IdentifierFormat format = IdentifierFormat.parse(spec);
        assertThat(format).isInstanceOf(IdentifierFormat.Any.class);
        assertThat(format.spec()).isEqualTo("any");
    }

    @ParameterizedTest
    @ValueSource(strings = {"imei", "IMEI", "Imei"})
    void parsesImeiIgnoringCase(String spec) {
        IdentifierFormat format = IdentifierFormat.parse(spec);
        assertThat(format).isInstanceOf(IdentifierFormat.Imei.class);
        assertThat(format.spec()).isEqualTo("imei");
    }

    @ParameterizedTest
    @ValueSource(strings = {"any", "imei", "[A-Z]{2}\\d{4}", "SN-\\d+", "(?i)[a-f0-9]{12}"})
    void specParsesBackToTheSameFormat(String spec) {
        IdentifierFormat format = IdentifierFormat.parse(spec);
        IdentifierFormat again = IdentifierFormat.parse(format.spec());
        assertThat(again.spec()).isEqualTo(format.spec()).isEqualTo(spec);
        assertThat(again.getClass()).isEqualTo(format.getClass());
    }

    // --- Luhn ---

    @Test
    void luhnCheckDigitMatchesKnownValues() {
        assertThat(Identifiers.luhnCheckDigit("35693803564380")).isEqualTo('9');
        assertThat(Identifiers.luhnCheckDigit("49015420323751")).isEqualTo('8');
        assertThat(Identifiers.luhnCheckDigit("7992739871")).isEqualTo('3');
    }

    @Test
    void luhnCheckDigitRefusesNonDigits() {
        assertThatThrownBy(() -> Identifiers.luhnCheckDigit("12a4")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isLuhnValidRejectsNonDigitsAndTooShortText() {
        assertThat(Identifiers.isLuhnValid(VALID_IMEI)).isTrue();
        assertThat(Identifiers.isLuhnValid("356938035643808")).isFalse();
        assertThat(Identifiers.isLuhnValid("35693803564380X")).isFalse();
        assertThat(Identifiers.isLuhnValid("0")).isFalse();
        assertThat(Identifiers.isLuhnValid("")).isFalse();
        assertThat(Identifiers.isLuhnValid("00")).isTrue();
    }

    @Property
    void aCheckDigitMakesAnyFourteenDigitsAValidImei(@ForAll @StringLength(14) @NumericChars String digits) {
        String imei = digits + Identifiers.luhnCheckDigit(digits);
        assertThat(IMEI.normalize(imei)).isEqualTo(imei);
        assertThat(Identifiers.isLuhnValid(imei)).isTrue();
    }

    @Property
    void everySingleDigitErrorIsRejected(
            @ForAll @StringLength(14) @NumericChars String digits,
            @ForAll @IntRange(min = 0, max = 14) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] imei = (digits + Identifiers.luhnCheckDigit(digits)).toCharArray();
        imei[position] = (char) ('0' + (imei[position] - '0' + shift) % 10);
        String wrong = new String(imei);

        assertThat(Identifiers.isLuhnValid(wrong)).isFalse();
        assertThatThrownBy(() -> IMEI.normalize(wrong))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("check digit");
    }

    @Property
    void isLuhnValidAgreesWithTheCheckDigit(@ForAll @StringLength(min = 2, max = 30) @NumericChars String digits) {
        String payload = digits.substring(0, digits.length() - 1);
        boolean expected = Identifiers.luhnCheckDigit(payload) == digits.charAt(digits.length() - 1);
        assertThat(Identifiers.isLuhnValid(digits)).isEqualTo(expected);
    }

    @Property
    void spacesAndDashesAnywhereInAnImeiAreDropped(
            @ForAll @StringLength(14) @NumericChars String digits,
            @ForAll @IntRange(min = 1, max = 14) int cut,
            @ForAll boolean dash) {
        String imei = digits + Identifiers.luhnCheckDigit(digits);
        String typed = " " + imei.substring(0, cut) + (dash ? "-" : " ") + imei.substring(cut) + " ";
        assertThat(IMEI.normalize(typed)).isEqualTo(imei);
    }

    // --- shorten ---

    @Test
    void shortenEscapesControlCharacters() {
        assertThat(Identifiers.shorten("ab\u0007c\u001b[0m")).isEqualTo("ab\\u0007c\\u001b[0m");
        assertThat(Identifiers.shorten("a\nb")).isEqualTo("a\\u000ab");
    }

    @Test
    void shortenKeepsFortyCharactersAndCutsLongerText() {
        String forty = "0123456789".repeat(4);
        assertThat(Identifiers.shorten(forty)).isEqualTo(forty);
        assertThat(Identifiers.shorten(forty + "X")).isEqualTo(forty + "…");
        assertThat(Identifiers.shorten("y".repeat(1000))).isEqualTo("y".repeat(40) + "…");
    }

    @Test
    void shortenLeavesOrdinaryTextAlone() {
        assertThat(Identifiers.shorten("SN-0042 café")).isEqualTo("SN-0042 café");
        assertThat(Identifiers.shorten("")).isEmpty();
    }
}
