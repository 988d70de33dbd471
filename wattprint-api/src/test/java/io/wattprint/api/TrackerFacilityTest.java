package io.wattprint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.PuePeriod;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Pue;
import io.wattprint.ledger.Ledger;
import io.wattprint.run.Environment;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Java API run in a facility applies the facility's PUE, as {@code wattprint run --facility} does
 * (issue 14: only the CLI applied it; a tracked run in a facility got the location's default, none).
 */
class TrackerFacilityTest {
    @TempDir
    Path home;

    private Environment env() { return new Environment(Map.of(Environment.HOME_VAR, home.toString()), home); }

    @BeforeEach
    void facilityWithAPueForThisYear() {
        int year = Instant.now().atZone(ZoneOffset.UTC).getYear();
        try (Ledger ledger = Ledger.open(home.resolve("ledger.db").toString())) {
            ledger.facilities().addFacility(new Facility("dc-paris", "FR", "test hall"));
            ledger.facilities().addPue(PuePeriod.of("dc-paris", Period.year(year), 1.4, PuePeriod.Basis.DECLARED, null,
                    "colocation contract"));
        }
    }

    private Footprint trackedIn(Tracker tracker, String[] id) {
        try (TrackedRun run = tracker.interval(Duration.ofMillis(100)).environment(env()).start()) {
            id[0] = run.id();
            run.close();
            return run.footprint().orElseThrow();
        }
    }

    @Test
    void theFacilitysPueForTheRunsDateIsApplied() {
        String[] id = new String[1];
        Footprint f = trackedIn(Wattprint.track("bert").facility("dc-paris"), id);

        assertThat(f.pue().pue()).isEqualTo(Pue.of(1.4));
        assertThat(f.pue().basis()).startsWith("facility dc-paris PUE for ").contains("colocation contract");
        assertThat(f.facilityEnergy().joules()).isCloseTo(f.itEnergy().joules() * 1.4, within(1e-9));
        try (Ledger ledger = Ledger.open(home.resolve("ledger.db").toString())) {
            var stored = ledger.runs().find(id[0]).orElseThrow();
            assertThat(stored.run().location()).as("the facility's zone, and its name for reconcile")
                    .isEqualTo(new Location("FR", null, "dc-paris"));
            assertThat(stored.footprint().pue()).isEqualTo(1.4);
        }
    }

    @Test
    void aGivenPueAndAGivenLocationGoBeforeTheFacilitysOwn() {
        String[] id = new String[1];
        Footprint f = trackedIn(Wattprint.track("bert").facility("dc-paris").location("DE").pue(1.2), id);

        assertThat(f.pue().pue()).isEqualTo(Pue.of(1.2));
        assertThat(f.pue().basis()).isEqualTo("given to the Java API (instead of facility dc-paris's recorded PUE)");
        try (Ledger ledger = Ledger.open(home.resolve("ledger.db").toString())) {
            assertThat(ledger.runs().find(id[0]).orElseThrow().run().location()).isEqualTo(new Location("DE", null, "dc-paris"));
        }
    }

    @Test
    void anUnknownFacilityIsRefusedAndNoRunIsStored() {
        assertThatThrownBy(() -> Wattprint.track("bert").facility("dc-lyon").environment(env()).start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown facility 'dc-lyon' in ");
        assertThatThrownBy(() -> Wattprint.track("bert").facility("no spaces"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a facility name");
        try (Ledger ledger = Ledger.open(home.resolve("ledger.db").toString())) {
            assertThat(ledger.runs().list(io.wattprint.ledger.RunQuery.all())).isEmpty();
        }
    }
}
