package dev.inv.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names: rules for SKUs, supplier codes and free text. */
class NamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"PHONE-1", "iphone15.128gb", "A", "a_b/c#1"})
    void acceptsOrdinaryCodes(String code) {
        assertThat(Names.codeProblem("SKU", code)).isNull();
    }

    @Test
    void rejectsAnEmptyCode() {
        assertThat(Names.codeProblem("SKU", "")).isEqualTo("SKU is empty");
        assertThat(Names.codeProblem("supplier code", null)).isEqualTo("supplier code is empty");
    }

    @Test
    void acceptsCodesUpToTheLimit() {
        assertThat(Names.codeProblem("SKU", "x".repeat(Names.MAX_CODE))).isNull();
        assertThat(Names.codeProblem("SKU", "x".repeat(Names.MAX_CODE + 1)))
                .contains("SKU", "65 characters", "64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A B", " AB", "AB\t", "A\u00a0B", "A\u0007B", "A\nB"})
    void rejectsWhitespaceAndControlCharactersInCodes(String code) {
        assertThat(Names.codeProblem("SKU", code)).contains("whitespace or control characters");
    }

    @Test
    void rejectsAColonInCodesBecauseItSeparatesSkuFromIdentifier() {
        assertThat(Names.codeProblem("SKU", "PHONE:1")).contains("':'", "SKU:IDENTIFIER");
    }

    @Test
    void escapesControlCharactersInProblems() {
        assertThat(Names.codeProblem("SKU", "A\u0007B")).contains("A\\u0007B").doesNotContain("\u0007");
    }

    @Test
    void optionalTextMayBeMissingOrBlank() {
        assertThat(Names.textProblem("--ref", null, false)).isNull();
        assertThat(Names.textProblem("--ref", "  ", false)).isNull();
    }

    @Test
    void requiredTextMayNotBeMissingOrBlank() {
        assertThat(Names.textProblem("--name", null, true)).isEqualTo("--name is empty");
        assertThat(Names.textProblem("--name", " ", true)).isEqualTo("--name is empty");
    }

    @Test
    void textMayHoldSpacesTabsAndAnyScript() {
        assertThat(Names.textProblem("--name", "iPhone 15\tPro – 128 GB, Straße, 手机", true)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "bell\u0007", "esc\u001b[2J"})
    void textMayNotHoldControlCharactersOtherThanTab(String text) {
        assertThat(Names.textProblem("--name", text, true)).contains("--name", "control characters");
    }

    @Test
    void textHasALengthLimit() {
        assertThat(Names.textProblem("--name", "x".repeat(Names.MAX_TEXT), true)).isNull();
        assertThat(Names.textProblem("--name", "x".repeat(100_000), true)).contains("--name", "limit");
    }
}
