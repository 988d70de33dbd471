package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.api.TrackedRun;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wattprint run} and the Java API go through one lifecycle (issue 14): a run in a facility gets
 * the same location and the same PUE, with the same basis, whichever started it. Before, only the CLI
 * applied a facility's PUE.
 */
class TrackerMatchesRunTest {
    @TempDir
    Path tmp;

    @Test
    void aTrackedRunInAFacilityGetsTheFacilityEnergyWattprintRunWouldGive() {
        CliHarness cli = new CliHarness(tmp);
        String year = String.valueOf(Instant.now().atZone(ZoneOffset.UTC).getYear());
        assertThat(cli.run("facility", "add", "dc-paris", "--zone", "FR").code()).isZero();
        assertThat(cli.run("facility", "pue", "dc-paris", "--year", year, "--value", "1.4", "--declared",
                "--source", "colocation contract").code()).isZero();

        var byCli = cli.run("run", "--name", "by-cli", "--facility", "dc-paris", "--interval", "100ms", "--", "true");
        assertThat(byCli.code()).as(byCli.toString()).isZero();
        String trackedId;
        try (TrackedRun run = io.wattprint.api.Wattprint.track("by-api").facility("dc-paris").interval(Duration.ofMillis(100))
                .home(tmp.resolve(".wattprint")).ledger(cli.ledgerFile().toString()).start()) {
            trackedId = run.id();
        }

        try (Ledger ledger = Ledger.open(cli.ledgerFile().toString())) {
            RunRecord fromCli = ledger.runs().list(RunQuery.all()).stream()
                    .filter(r -> r.run().workload().name().equals("by-cli")).findFirst().orElseThrow();
            RunRecord fromApi = ledger.runs().find(trackedId).orElseThrow();
            assertThat(fromApi.run().location()).isEqualTo(fromCli.run().location());
            assertThat(fromCli.run().location().facility()).isEqualTo("dc-paris");
            assertThat(fromApi.footprint().pue()).isEqualTo(fromCli.footprint().pue()).isEqualTo(1.4);
            assertThat(fromApi.footprint().pueBasis()).isEqualTo(fromCli.footprint().pueBasis());
            for (RunRecord r : java.util.List.of(fromCli, fromApi)) {
                assertThat(r.footprint().facilityEnergy().joules()).as(r.run().workload().name())
                        .isCloseTo(r.footprint().itEnergy().joules() * 1.4, within(1e-9));
            }
        }
    }
}
