package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunStatusTest {

    @Test
    void parsesIgnoringCaseAndSpacesAndLabelsInLowerCase() {
        assertThat(RunStatus.parse(" interrupted ")).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(RunStatus.SUCCEEDED.label()).isEqualTo("succeeded");
        assertThatThrownBy(() -> RunStatus.parse("done")).isInstanceOf(IllegalArgumentException.class);
    }
}
