package io.wattprint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.model.RunStatus;
import io.wattprint.ledger.Ledger;
import io.wattprint.run.Environment;
import io.wattprint.ledger.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackedRunTest {
    @TempDir
    Path home;

    private Environment env() { return new Environment(Map.of(Environment.HOME_VAR, home.toString()), home); }

    private static void busy(Duration d) {
        long end = System.nanoTime() + d.toNanos();
        double x = 0;
        while (System.nanoTime() < end) x += Math.sqrt(x + 1);
        if (x < 0) throw new AssertionError();
    }

    @Test
    void aTrackedRunIsStoredClosedWithItsFootprintAndMarkers() {
        RunMarker eval;
        String id;
        try (TrackedRun run = Wattprint.track("bert-finetune").project("nlp").tag("team", "nlp").phase("fine-tuning")
                .location("FR").interval(Duration.ofMillis(100)).environment(env()).start()) {
            id = run.id();
            busy(Duration.ofMillis(250));
            run.mark("epoch", 1);
            busy(Duration.ofMillis(250));
            run.mark("epoch", 2);
            eval = run.phase("evaluation");
            busy(Duration.ofMillis(150));
        }

        try (Ledger ledger = Ledger.open(home.resolve("ledger.db").toString())) {
            RunRecord stored = ledger.runs().find(id).orElseThrow();
            assertThat(stored.run().status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(stored.run().workload().tags()).containsEntry("team", "nlp");
            assertThat(stored.run().location().zone()).isEqualTo("FR");
            List<RunMarker> markers = ledger.markers().ofRun(id);
            assertThat(markers).extracting(RunMarker::toString).containsExactly("epoch 1", "epoch 2", "phase evaluation");
            assertThat(markers.get(2)).isEqualTo(eval);

            // Every marker is an interval boundary for every component the meter read.
            List<EnergyInterval> intervals = ledger.intervals().ofRun(id);
            assertThat(intervals).isNotEmpty();
            for (Component c : intervals.stream().map(EnergyInterval::component).distinct().toList()) {
                List<java.time.Instant> ends = intervals.stream().filter(i -> i.component().equals(c)).map(EnergyInterval::end).toList();
                for (RunMarker m : markers) assertThat(ends).as(c + " ends at " + m).contains(m.at());
            }
            double joules = intervals.stream().mapToDouble(i -> i.energy().joules()).sum();
            assertThat(stored.footprint().itEnergy().joules()).isCloseTo(joules, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aRunMarkedFailedIsStoredAsFailed() {
        String id;
        try (TrackedRun run = Wattprint.track("etl").environment(env()).start()) {
            id = run.id();
            run.failed();
        }
        try (Ledger ledger = Ledger.open(home.resolve("ledger.db").toString())) {
            assertThat(ledger.runs().find(id).orElseThrow().run().status()).isEqualTo(RunStatus.FAILED);
        }
    }

    @Test
    void closingTwiceClosesOnceAndTheResultStays() {
        TrackedRun run = Wattprint.track("twice").environment(env()).start();
        assertThat(run.result()).isEmpty();
        run.close();
        var first = run.result().orElseThrow();
        run.close();
        assertThat(run.result()).containsSame(first);
        assertThat(run.footprint()).isPresent();
    }

    @Test
    void aMarkAfterCloseIsRefused() {
        TrackedRun run = Wattprint.track("late").environment(env()).start();
        run.close();
        assertThatThrownBy(() -> run.mark("epoch", 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is already closed");
    }

    @Test
    void anUnknownLocationIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> Wattprint.track("x").location("Atlantis").environment(env()).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Atlantis");
        assertThat(Files.exists(home.resolve("ledger.db"))).isFalse();
    }

    @Test
    void badSettingsAreRefusedWithTheirRange() {
        assertThatThrownBy(() -> Wattprint.track(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a tracked run needs a workload name");
        assertThatThrownBy(() -> Wattprint.track("x").interval(Duration.ofMillis(50)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sampling interval must be at least 100 ms, got 50 ms");
        assertThatThrownBy(() -> Wattprint.track("x").phase("warmup"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown phase 'warmup' (expected one of");
        assertThatThrownBy(() -> Wattprint.track("x").pue(0.8).environment(env()).start())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(home.resolve("ledger.db"))).isFalse();
    }
}
