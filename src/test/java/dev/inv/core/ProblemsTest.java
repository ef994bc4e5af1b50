package dev.inv.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Problems: collects every problem of a request and throws once. */
class ProblemsTest {

    @Test
    void throwIfAnyDoesNothingWhenEmpty() {
        Problems problems = new Problems();
        assertThat(problems.isEmpty()).isTrue();
        assertThatCode(problems::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void throwIfAnyThrowsTheSingleProblemAsIs() {
        Problems problems = new Problems();
        problems.refused("unit 1 is sold");
        assertThat(problems.isEmpty()).isFalse();

        assertThatThrownBy(problems::throwIfAny)
                .isInstanceOf(InvException.class)
                .hasMessage("unit 1 is sold");
    }

    @Test
    void throwIfAnyReportsEveryProblemWithTheHighestPrecedenceCode() {
        Problems problems = new Problems();
        problems.refused("r");
        problems.invalid("i");
        problems.notFound("n");
        problems.usage("u");

        InvException e = catchThrowableOfType(InvException.class, problems::throwIfAny);

        assertThat(e).isNotNull();
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.details()).containsExactly("u", "n", "i", "r");
    }

    @Test
    void eachShortcutAddsAProblemWithItsCode() {
        Problems problems = new Problems();
        problems.usage("u");
        problems.notFound("n");
        problems.invalid("i");
        problems.refused("r");
        problems.add(new Problem(ExitCode.REFUSED, "added"));

        assertThat(problems.list()).containsExactly(
                Problem.usage("u"), Problem.notFound("n"), Problem.invalid("i"), Problem.refused("r"),
                Problem.refused("added"));
        assertThat(problems.list()).extracting(Problem::code).containsExactly(
                ExitCode.USAGE, ExitCode.NOT_FOUND, ExitCode.INVALID_DATA, ExitCode.REFUSED, ExitCode.REFUSED);
    }

    @Test
    void listIsAReadOnlySnapshot() {
        Problems problems = new Problems();
        problems.usage("u");
        var snapshot = problems.list();
        problems.usage("v");

        assertThat(snapshot).hasSize(1);
        assertThatThrownBy(() -> snapshot.add(Problem.usage("w"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
