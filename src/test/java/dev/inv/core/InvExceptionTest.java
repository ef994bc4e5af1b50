package dev.inv.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** InvException: exit code precedence when several problems are reported together. */
class InvExceptionTest {

    /** DESIGN.md "Exit codes": the first of 2, 3, 5, 4 that applies. */
    private static final List<ExitCode> PRECEDENCE =
            List.of(ExitCode.USAGE, ExitCode.NOT_FOUND, ExitCode.INVALID_DATA, ExitCode.REFUSED);

    @Test
    void invalidDataWinsOverRefused() {
        InvException e = InvException.of(List.of(
                Problem.refused("unit 1 is sold"), Problem.invalid("IMEI 2 has a bad check digit")));
        assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(e.exitCode().code()).isEqualTo(5);
    }

    @Test
    void notFoundWinsOverInvalidDataAndRefused() {
        InvException e = InvException.of(List.of(
                Problem.refused("r"), Problem.notFound("n"), Problem.invalid("i")));
        assertThat(e.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(e.exitCode().code()).isEqualTo(3);
    }

    @Test
    void usageWinsOverEverything() {
        InvException e = InvException.of(List.of(
                Problem.refused("r"), Problem.invalid("i"), Problem.notFound("n"), Problem.usage("u")));
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.exitCode().code()).isEqualTo(2);
    }

    @Test
    void oneProblemBecomesTheMessageItself() {
        InvException e = InvException.of(List.of(Problem.notFound("no product PHONE-1")));
        assertThat(e.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(e).hasMessage("no product PHONE-1");
        assertThat(e.details()).isEmpty();
    }

    @Test
    void severalProblemsBecomeASummaryWithEveryMessageAsADetail() {
        InvException e = InvException.of(List.of(
                Problem.refused("unit 1 is sold"),
                Problem.invalid("IMEI 2 has a bad check digit"),
                Problem.notFound("no supplier ACME")));

        assertThat(e.getMessage()).contains("3 problems");
        assertThat(e.details()).containsExactly(
                "no supplier ACME", "IMEI 2 has a bad check digit", "unit 1 is sold");
    }

    @Test
    void problemsOfOneKindKeepTheirOrder() {
        InvException e = InvException.of(List.of(
                Problem.refused("first"), Problem.usage("second"), Problem.refused("third")));
        assertThat(e.details()).containsExactly("second", "first", "third");
    }

    @Test
    void detailsCannotBeChangedAfterwards() {
        List<Problem> problems = new ArrayList<>(List.of(Problem.usage("a"), Problem.usage("b")));
        InvException e = InvException.of(problems);
        problems.add(Problem.usage("c"));
        assertThat(e.details()).containsExactly("a", "b");
        assertThatThrownBy(() -> e.details().add("d")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEmptyListIsAProgrammingError() {
        assertThatThrownBy(() -> InvException.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void factoriesCarryTheirExitCodes() {
        assertThat(InvException.usage("u").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(InvException.notFound("n").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(InvException.invalid("i").exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(InvException.refused("r").exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(InvException.refused("r")).hasMessage("r");
        assertThat(InvException.refused("r").details()).isEmpty();
    }

    @Test
    void keepsTheCause() {
        IllegalStateException cause = new IllegalStateException("disk");
        assertThat(new InvException(ExitCode.UNUSABLE, "cannot write", cause)).hasCause(cause);
    }

    @Provide
    Arbitrary<List<Problem>> problemLists() {
        return Arbitraries.of(PRECEDENCE)
                .map(code -> new Problem(code, code.label() + " problem"))
                .list().ofMinSize(1).ofMaxSize(8);
    }

    @Property
    void exitCodeIsTheFirstOfUsageNotFoundInvalidDataRefusedThatApplies(
            @ForAll("problemLists") List<Problem> problems) {
        ExitCode expected = PRECEDENCE.stream()
                .filter(code -> problems.stream().anyMatch(p -> p.code() == code))
                .findFirst().orElseThrow();

        InvException e = InvException.of(problems);

        assertThat(e.exitCode()).isEqualTo(expected);
        if (problems.size() > 1) {
            assertThat(e.details()).containsExactlyInAnyOrderElementsOf(
                    problems.stream().map(Problem::message).toList());
        }
    }
}
