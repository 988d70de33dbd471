package io.wattprint.ledger;

import static io.wattprint.ledger.Fixtures.T0;
import static io.wattprint.ledger.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunMarker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every ledger database must do with the markers of runs; the same cases run on SQLite and PostgreSQL. */
abstract class MarkerRepositoryContract extends LedgerContract {
    @Test
    void markersAreStoredOnceAndReadBackInTimeOrder() {
        Run run = run("m1", T0);
        runs.insertRun(run);
        var epoch2 = RunMarker.mark(T0.plusSeconds(20), "epoch", 2);
        var eval = RunMarker.phase(T0.plusSeconds(30), "evaluation");
        var epoch1 = RunMarker.mark(T0.plusSeconds(10), "epoch", 1);

        assertThat(markers.append(run.id(), List.of(epoch2, eval))).isEqualTo(2);
        assertThat(markers.append(run.id(), List.of(epoch1, epoch2))).isEqualTo(1);

        assertThat(markers.ofRun(run.id())).containsExactly(epoch1, epoch2, eval);
        assertThatThrownBy(() -> markers.append("ghost", List.of(epoch1)))
                .isInstanceOf(LedgerException.class).hasMessageStartingWith("no run ghost");
    }
}
