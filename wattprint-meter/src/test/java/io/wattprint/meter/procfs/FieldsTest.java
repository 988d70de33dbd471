package io.wattprint.meter.procfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldsTest {
    @Test
    void integersAreReadFromTheGivenIndexAcrossRunsOfSpaces() {
        assertThat(Fields.longs("cpu  10 0  7 -1 42", 4, 5)).containsExactly(10, 0, 7, -1, 42);
    }

    @Test
    void onlyAsManyAsAskedAreRead() {
        assertThat(Fields.longs("1 2 3 x y", 0, 3)).containsExactly(1, 2, 3);
    }

    @Test
    void aShortLineIsAnErrorUnlessMissingFieldsAreZero() {
        assertThatThrownBy(() -> Fields.longs("cpu 1 2", 4, 3)).isInstanceOf(NumberFormatException.class)
                .hasMessageStartingWith("expected 3 numbers, found 2");
        assertThat(Fields.longs("cpu 1 2", 4, 3, true)).containsExactly(1, 2, 0);
    }

    @Test
    void aFieldThatIsNotAnIntegerIsAnError() {
        assertThatThrownBy(() -> Fields.longs("1 2x 3", 0, 3)).isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> Fields.longs("1 - 3", 0, 3)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Fields.longs("99999999999999999999", 0, 1)).isInstanceOf(ArithmeticException.class);
    }
}
