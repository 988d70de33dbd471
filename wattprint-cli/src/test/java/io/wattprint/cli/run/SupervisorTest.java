package io.wattprint.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.RunStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupervisorTest {
    @ParameterizedTest(name = "exit {0}, wattprint stopped {1} → {2}")
    @CsvSource({
        "0, false, SUCCEEDED",
        "1, false, FAILED",
        "127, false, FAILED",
        "128, false, FAILED",
        "130, false, INTERRUPTED",   // SIGINT
        "137, false, INTERRUPTED",   // SIGKILL
        "143, false, INTERRUPTED",   // SIGTERM
        "200, false, FAILED",
        "0, true, INTERRUPTED",
        ", true, INTERRUPTED"
    })
    void statusFollowsTheExitCodeAndWhetherWattprintWasStopped(Integer code, boolean stopped, RunStatus expected) {
        assertThat(Supervisor.status(code, stopped)).isEqualTo(expected);
    }
}
