package dev.inv.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The unit status table of DESIGN.md "Status rules", checked for every pair of statuses. */
class UnitStatusTest {

    /** Copied by hand from DESIGN.md, deliberately not derived from UnitStatus. */
    private static final String[] DESIGN_TABLE = {
        "available     -> sold defect with_supplier written_off",
        "sold          -> returned available",
        "returned      -> available defect with_supplier written_off",
        "defect        -> available with_supplier written_off",
        "with_supplier -> available defect written_off",
        "written_off   -> available",
    };

    private static final Map<UnitStatus, Set<UnitStatus>> EXPECTED = expectedTable();

    private static Map<UnitStatus, Set<UnitStatus>> expectedTable() {
        Map<UnitStatus, Set<UnitStatus>> table = new EnumMap<>(UnitStatus.class);
        for (String row : DESIGN_TABLE) {
            String[] sides = row.split("->");
            Set<UnitStatus> next = EnumSet.noneOf(UnitStatus.class);
            for (String name : sides[1].trim().split("\\s+")) {
                next.add(byName(name));
            }
            table.put(byName(sides[0].trim()), next);
        }
        return table;
    }

    private static UnitStatus byName(String name) {
        return UnitStatus.valueOf(name.toUpperCase(Locale.ROOT));
    }

    static List<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (UnitStatus from : UnitStatus.values()) {
            for (UnitStatus to : UnitStatus.values()) {
                pairs.add(Arguments.of(from, to, EXPECTED.get(from).contains(to)));
            }
        }
        return pairs;
    }

    static List<Arguments> refusedPairs() {
        return everyPair().stream().filter(a -> !(Boolean) a.get()[2]).toList();
    }

    static List<Arguments> allowedPairs() {
        return everyPair().stream().filter(a -> (Boolean) a.get()[2]).toList();
    }

    @Test
    void theExpectedTableCoversEveryStatus() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(UnitStatus.values());
        assertThat(everyPair()).hasSize(36);
        assertThat(allowedPairs()).hasSize(4 + 2 + 4 + 3 + 3 + 1);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void canBecomeFollowsTheDesignTable(UnitStatus from, UnitStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(UnitStatus.class)
    void allowedNextIsTheDesignRow(UnitStatus from) {
        assertThat(from.allowedNext()).containsExactlyInAnyOrderElementsOf(EXPECTED.get(from));
    }

    @ParameterizedTest
    @EnumSource(UnitStatus.class)
    void noStatusBecomesItself(UnitStatus status) {
        assertThat(status.canBecome(status)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowedPairs")
    void checkLetsAnAllowedChangeThrough(UnitStatus from, UnitStatus to) {
        assertThatCode(() -> from.check(to, "356938035643809")).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("refusedPairs")
    void checkRefusesEveryOtherChangeNamingUnitStatusAndAllowedNext(UnitStatus from, UnitStatus to) {
        InvException e = catchThrowableOfType(InvException.class, () -> from.check(to, "356938035643809"));

        assertThat(e).as("%s -> %s must be refused", from, to).isNotNull();
        assertThat(e.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(e.exitCode().code()).isEqualTo(4);
        assertThat(e.getMessage()).contains("356938035643809", from.label(), to.label());
        for (UnitStatus next : EXPECTED.get(from)) {
            assertThat(e.getMessage()).contains(next.label());
        }
    }

    @Test
    void refusalMessageReadsNaturally() {
        assertThatThrownBy(() -> UnitStatus.SOLD.check(UnitStatus.DEFECT, "SN-1"))
                .isInstanceOf(InvException.class)
                .hasMessage("unit SN-1 is sold and cannot become defect; it can become available, returned");
    }

    @Test
    void labelsAreTheSnakeCaseNamesUsersType() {
        assertThat(UnitStatus.WITH_SUPPLIER.label()).isEqualTo("with_supplier");
        assertThat(UnitStatus.WRITTEN_OFF).hasToString("written_off");
        assertThat(UnitStatus.AVAILABLE.label()).isEqualTo("available");
    }

    @Test
    void parseAcceptsLabelsInAnyCaseWithDashOrUnderscore() {
        assertThat(UnitStatus.parse("with_supplier")).isEqualTo(UnitStatus.WITH_SUPPLIER);
        assertThat(UnitStatus.parse("WITH-SUPPLIER")).isEqualTo(UnitStatus.WITH_SUPPLIER);
        assertThat(UnitStatus.parse(" Written_Off ")).isEqualTo(UnitStatus.WRITTEN_OFF);
        assertThat(UnitStatus.parse("sold")).isEqualTo(UnitStatus.SOLD);
    }

    @ParameterizedTest
    @EnumSource(UnitStatus.class)
    void parseReadsBackEveryLabel(UnitStatus status) {
        assertThat(UnitStatus.parse(status.label())).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lost", "", "availabl", "with supplier"})
    void parseRejectsUnknownStatusesListingTheKnownOnes(String text) {
        assertThatThrownBy(() -> UnitStatus.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("available")
                .hasMessageContaining("with_supplier");
    }

    @ParameterizedTest
    @EnumSource(UnitStatus.class)
    void isHeldExactlyForUnitsTheShopStillHas(UnitStatus status) {
        Set<UnitStatus> held = EnumSet.of(UnitStatus.AVAILABLE, UnitStatus.RETURNED, UnitStatus.DEFECT,
                UnitStatus.WITH_SUPPLIER);
        assertThat(status.isHeld()).isEqualTo(held.contains(status));
    }
}
