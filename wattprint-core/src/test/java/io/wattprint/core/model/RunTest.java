package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    private static Run running() {
        return new Run("r1", "key-1", Workload.builder("w").build(), "host-a", Location.zone("FR"),
                T0, null, RunStatus.RUNNING, null, "python train.py");
    }

    @Test
    void openRunHasNoDuration() {
        assertThat(running().duration()).isNull();
    }

    @Test
    void closedKeepsIdentityAndSetsEndStatusAndExitCode() {
        Run open = running();
        Run closed = open.closed(T0.plusSeconds(90), RunStatus.FAILED, 3);
        assertThat(closed).isEqualTo(new Run("r1", "key-1", open.workload(), "host-a", Location.zone("FR"),
                T0, T0.plusSeconds(90), RunStatus.FAILED, 3, "python train.py"));
        assertThat(closed.duration()).isEqualTo(Duration.ofSeconds(90));
        assertThat(open.end()).isNull();
        assertThat(open.status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void closingBeforeTheStartIsRejected() {
        assertThatThrownBy(() -> running().closed(T0.minusSeconds(1), RunStatus.SUCCEEDED, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("run end 2024-05-01T07:59:59Z is before its start 2024-05-01T08:00:00Z");
    }

    @Test
    void aRunIsClosedOnlyOnce() {
        Run closed = running().closed(T0.plusSeconds(5), RunStatus.SUCCEEDED, 0);

        assertThatThrownBy(() -> closed.closed(T0.plusSeconds(9), RunStatus.FAILED, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already closed (succeeded)");
        assertThatThrownBy(() -> running().closed(T0.plusSeconds(5), RunStatus.RUNNING, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
