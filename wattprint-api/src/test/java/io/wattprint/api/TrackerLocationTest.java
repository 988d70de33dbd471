package io.wattprint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.model.Location;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.ledger.Ledger;
import io.wattprint.run.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API's location: Electricity Maps zone ids, and zones known only from imported series. */
class TrackerLocationTest {
    @TempDir
    Path home;

    private Environment env() { return new Environment(Map.of(Environment.HOME_VAR, home.toString()), home); }

    private Location trackedAt(String location) {
        String id;
        try (TrackedRun run = Wattprint.track("x").location(location).interval(Duration.ofMillis(100)).environment(env()).start()) {
            id = run.id();
        }
        try (Ledger ledger = Ledger.open(home.resolve("ledger.db").toString())) {
            return ledger.runs().find(id).orElseThrow().run().location();
        }
    }

    @Test
    void anElectricityMapsZoneIdIsALocationInItsOwnSpelling() {
        assertThat(trackedAt("us-cal-ciso")).isEqualTo(Location.zone("US-CAL-CISO"));
    }

    @Test
    void aZoneKnownOnlyFromImportedSeriesIsALocationOnceTheLedgerHasIt() {
        assertThatThrownBy(() -> Wattprint.track("x").location("azure:sydney").environment(env()).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown location 'azure:sydney'");
        assertThat(Files.exists(home.resolve("ledger.db"))).as("the check creates no ledger").isFalse();
        Instant t = Instant.parse("2021-01-01T00:00:00Z");
        try (Ledger ledger = Ledger.open(home.resolve("ledger.db").toString())) {
            ledger.factorSeries().append(new FactorSeries("azure:sydney", "Carbon Aware SDK JSON", "d", Basis.AVERAGE, Boundary.LIFECYCLE,
                    null, List.of(new Point(t, t.plusSeconds(3600), CarbonIntensity.ofGramsPerKwh(0.6)))), t);
        }

        assertThat(trackedAt("Azure:Sydney")).isEqualTo(Location.zone("azure:sydney"));
    }
}
