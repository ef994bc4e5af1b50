package dev.inv.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tracking: the labels stored and typed for serialized and quantity products. */
class TrackingTest {

    @Test
    void labelsAreLowerCase() {
        assertThat(Tracking.SERIALIZED.label()).isEqualTo("serialized");
        assertThat(Tracking.QUANTITY).hasToString("quantity");
    }

    @ParameterizedTest
    @EnumSource(Tracking.class)
    void fromLabelReadsBackEveryLabelInAnyCase(Tracking tracking) {
        assertThat(Tracking.fromLabel(tracking.label())).isEqualTo(tracking);
        assertThat(Tracking.fromLabel(tracking.label().toUpperCase(Locale.ROOT))).isEqualTo(tracking);
    }

    @Test
    void fromLabelRejectsUnknownLabels() {
        assertThatThrownBy(() -> Tracking.fromLabel("bulk")).isInstanceOf(IllegalArgumentException.class);
    }
}
