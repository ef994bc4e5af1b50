package dev.inv.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** ExitCode: the numbers and labels of DESIGN.md "Exit codes", and their precedence. */
class ExitCodeTest {

    @Test
    void codesAreTheDocumentedNumbers() {
        assertThat(ExitCode.OK.code()).isZero();
        assertThat(ExitCode.INTERNAL.code()).isEqualTo(1);
        assertThat(ExitCode.USAGE.code()).isEqualTo(2);
        assertThat(ExitCode.NOT_FOUND.code()).isEqualTo(3);
        assertThat(ExitCode.REFUSED.code()).isEqualTo(4);
        assertThat(ExitCode.INVALID_DATA.code()).isEqualTo(5);
        assertThat(ExitCode.BUSY.code()).isEqualTo(6);
        assertThat(ExitCode.UNUSABLE.code()).isEqualTo(7);
    }

    @Test
    void codesAreDistinct() {
        assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::code)).doesNotHaveDuplicates();
    }

    @Test
    void labelsAreSnakeCase() {
        assertThat(ExitCode.values()).allSatisfy(c -> assertThat(c.label()).matches("[a-z]+(_[a-z]+)*"));
        assertThat(ExitCode.NOT_FOUND.label()).isEqualTo("not_found");
        assertThat(ExitCode.INVALID_DATA.label()).isEqualTo("invalid_data");
    }

    @Test
    void precedenceOrdersTwoThreeFiveFourBeforeAnythingElse() {
        ExitCode[] sorted = ExitCode.values().clone();
        Arrays.sort(sorted, Comparator.comparingInt(ExitCode::precedence));
        assertThat(Arrays.copyOf(sorted, 4)).containsExactly(
                ExitCode.USAGE, ExitCode.NOT_FOUND, ExitCode.INVALID_DATA, ExitCode.REFUSED);
        assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::precedence)).doesNotHaveDuplicates();
    }
}
