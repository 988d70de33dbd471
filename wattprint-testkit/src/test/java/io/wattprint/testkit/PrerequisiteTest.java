package io.wattprint.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class PrerequisiteTest {
    @Test
    void aMetPrerequisiteLetsTheTestRun() {
        assertThatCode(() -> Prerequisite.require(true, "anything")).doesNotThrowAnyException();
    }

    @Test
    void anUnmetPrerequisiteSkipsTheTestOnADevelopersMachine() {
        assertThatThrownBy(() -> Prerequisite.unmet(Map.of("CI", "false"), "an example prerequisite (PrerequisiteTest)", ""))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("an example prerequisite (PrerequisiteTest)");
    }

    @Test
    void anUnmetPrerequisiteFailsTheTestUnderCiWithTheHint() {
        assertThatThrownBy(() -> Prerequisite.unmet(Map.of("CI", " True "), "a headless Chromium", "apt-get install chromium"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a headless Chromium")
                .hasMessageContaining("CI=true")
                .hasMessageContaining("(apt-get install chromium)");
    }
}
