package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a stored footprint costs on SQLite (issue 15): runs of one method and factor share one explanation pattern — a
 * run's own values are its figures, not the factor's citation — and a footprint row stays on its B-tree page instead of
 * taking an overflow page of its own (schema 19: footprints in a rowid table).
 */
class FootprintStorageTest {
    /** As long as the shipped Ember citation (about 300 characters). */
    private static final String CITATION = "Ember Yearly Electricity Data, country_overview_yearly, field "
            + "emissions_intensity_gco2_per_kwh (lifecycle gCO2e/kWh), data year 2023; https://ember-energy.org/data/yearly-"
            + "electricity-data/ ; values as republished in thegreenwebfoundation/co2.js data/output/average-intensities.json "
            + "(commit 03b5e45)";
    private static final EmissionFactor FR = EmissionFactor.annual("FR", CarbonIntensity.ofGramsPerKwh(56.04), 2023,
            Basis.AVERAGE, Boundary.LIFECYCLE, CITATION, "wattprint-data 2026.12.1", "CC BY 4.0 (Ember)");
    private static final int RUNS = 400;

    @TempDir
    Path dir;

    @Test
    void runsOfOneMethodAndFactorStoreOnePatternAndOnlyTheirOwnFigures() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("ledger.db").toString())) {
            long pagesBefore = pages(ledger);
            for (int i = 0; i < RUNS; i++) closeRun(ledger, i, FR);
            System.out.println("footprint storage: " + (pages(ledger) - pagesBefore) * count(ledger, "PRAGMA page_size") / RUNS
                    + " ledger bytes per stored run (" + RUNS + " runs, the " + CITATION.length() + "-character Ember citation)");
            // Before: the run's kWh sat in the pattern (a pattern a run) and the citation among the values.
            assertThat(count(ledger, "SELECT COUNT(*) FROM explanations")).as("one pattern for one method and factor").isEqualTo(1);
            assertThat(count(ledger, "SELECT MAX(LENGTH(explanation_values)) FROM footprints"))
                    .as("a run's values are its figures, not the citation").isLessThan(200);
            RunRecord r = ledger.runs().find(id(7)).orElseThrow();
            assertThat(String.join("\n", r.footprint().explanation())).contains("grid factor: 56.040 gCO2e/kWh for FR")
                    .contains(CITATION).contains("applied to");
        }
    }

    @Test
    void aFootprintRowWithALongCitationStaysOnItsPage() throws Exception {
        // An imported factor series or a direct factor may cite its source at length (the shipped ES factor: 586
        // characters). Under WITHOUT ROWID (schemas 14 to 18) a row over about 1,000 bytes took a 4 KiB overflow page of its own:
        // about 5,000 bytes a run here. Schema 19 keeps rows up to about 4,000 bytes on their page.
        EmissionFactor longCited = EmissionFactor.annual("FR", CarbonIntensity.ofGramsPerKwh(56.04), 2023, Basis.AVERAGE,
                Boundary.LIFECYCLE, CITATION + "; " + CITATION + "; " + CITATION, "wattprint-data 2026.12.1", "CC BY 4.0 (Ember)");
        try (Ledger ledger = Ledger.open(dir.resolve("ledger.db").toString())) {
            long pagesBefore = pages(ledger);
            for (int i = 0; i < RUNS; i++) closeRun(ledger, i, longCited);
            long bytesPerRun = (pages(ledger) - pagesBefore) * count(ledger, "PRAGMA page_size") / RUNS;
            System.out.println("footprint storage: " + bytesPerRun + " ledger bytes per stored run (" + RUNS + " runs, a "
                    + longCited.source().length() + "-character citation)");
            assertThat(bytesPerRun).as("ledger bytes per stored run (run, tags, outcome, footprint, components)")
                    .isLessThan(2_500);
        }
    }

    private static void closeRun(Ledger ledger, int i, EmissionFactor factor) {
        Instant start = Instant.parse("2026-11-24T00:00:00Z").plusSeconds(60L * i);
        Run run = new Run(id(i), "key-" + i, Workload.builder("train").project("p").build(), "gpu-01", Location.zone("FR"), start,
                null, RunStatus.RUNNING, null, "python train.py");
        ledger.runs().insertRun(run);
        List<EnergyInterval> intervals = List.of(
                new EnergyInterval(start, start.plusSeconds(30), Component.gpu("0"), Energy.ofJoules(1000.0 + 37 * i),
                        new Provenance.MeasuredCounter("nvml-total-energy")),
                new EnergyInterval(start, start.plusSeconds(30), Component.CPU, Energy.ofJoules(200.0 + i),
                        new Provenance.Estimated("cpu-tdp-load-curve tdp=8.0W")));
        Footprint f = new FootprintCalculator().compute(intervals, run.location(), PueAssumption.notApplied(),
                (zone, at) -> zone.equals("FR") ? Optional.of(factor) : Optional.empty());
        ledger.runs().closeRun(run.id(), start.plusSeconds(30), RunStatus.SUCCEEDED, 0, f, "wattprint-data 2026.12.1", start);
    }

    private static String id(int i) {
        return String.format("c%07d-0000-4000-8000-000000000000", i);
    }

    private static long pages(Ledger ledger) throws Exception {
        try (Statement s = ledger.connection().createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return count(ledger, "PRAGMA page_count");
    }

    private static long count(Ledger ledger, String sql) throws Exception {
        try (Statement s = ledger.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
