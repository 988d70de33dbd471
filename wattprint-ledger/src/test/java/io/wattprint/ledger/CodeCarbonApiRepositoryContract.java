package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.ledger.CodeCarbonApiRepository.Delta;
import io.wattprint.ledger.CodeCarbonApiRepository.Experiment;
import io.wattprint.ledger.CodeCarbonApiRepository.Outcome;
import io.wattprint.ledger.CodeCarbonApiRepository.Project;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every ledger database must do with the CodeCarbon API's projects, experiments and deltas; SQLite and PostgreSQL. */
abstract class CodeCarbonApiRepositoryContract {
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    protected Ledger ledger;
    protected CodeCarbonApiRepository repo;
    /** The hourly intervals each footprint computation was given. */
    private final List<List<EnergyInterval>> seen = new ArrayList<>();
    private final Function<List<EnergyInterval>, Footprint> footprint = hourly -> {
        seen.add(hourly);
        double joules = hourly.stream().mapToDouble(x -> x.energy().joules()).sum();
        return Fixtures.footprint(joules, Co2e.ofGrams(1), Fixtures.france2024());
    };

    /** A spec (path or JDBC URL) of a ledger no other test uses. */
    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeEach
    void openLedger() throws Exception {
        ledger = Ledger.open(freshLedgerSpec());
        repo = ledger.codeCarbonApi();
        ledger.runs().insertRun(Fixtures.run("run-1", Fixtures.T0));
    }

    @AfterEach
    void closeLedger() {
        if (ledger != null) ledger.close();
    }

    private static Delta delta(String id, int second, String cpuKwh, String sha) {
        return new Delta(id, Fixtures.T0.plusSeconds(second), 1, new BigDecimal(cpuKwh), BigDecimal.ZERO, new BigDecimal("5.611791472222195E-6"),
                new BigDecimal(cpuKwh).add(new BigDecimal("5.611791472222195E-6")), new BigDecimal("3.09362841692152e-08"), sha);
    }

    private static List<EnergyInterval> intervals(int second, double joules) {
        return List.of(Fixtures.interval(Component.CPU, second - 1, joules), Fixtures.interval(Component.DRAM, second - 1, 2 * joules));
    }

    @Test
    void aDeltaIsStoredExactWithItsIntervalsAndANewFootprintVersionFromAllTheRunsIntervals() {
        assertThat(repo.addDelta("run-1", delta("d1", 1, "2.245331891110962E-6", "a"), intervals(1, 8), footprint, "ds", NOW))
                .isEqualTo(new CodeCarbonApiRepository.Added(Outcome.STORED, "d1"));
        assertThat(repo.addDelta("run-1", delta("d2", 2, "0.000001244303270222189", "b"), intervals(2, 4), footprint, "ds", NOW).outcome())
                .isEqualTo(Outcome.STORED);
        List<Delta> ds = repo.deltas("run-1");
        assertThat(ds).extracting(Delta::id).containsExactly("d1", "d2");
        assertThat(ds.get(0).cpuKwh()).isEqualTo(new BigDecimal("2.245331891110962E-6"));   // the same digits, the same scale
        assertThat(ds.get(1).cpuKwh()).isEqualTo(new BigDecimal("0.000001244303270222189"));
        assertThat(ds.get(0).timestamp()).isEqualTo(Fixtures.T0.plusSeconds(1));
        assertThat(ledger.intervals().count("run-1")).isEqualTo(4);
        assertThat(ledger.footprints().versions("run-1")).hasSize(2);
        // The second footprint saw both deltas' intervals (8 + 16 + 4 + 8 J), inside the same transaction.
        assertThat(seen.get(1).stream().mapToDouble(x -> x.energy().joules()).sum()).isEqualTo(36.0);
    }

    @Test
    void theSameKeyAndBodyAgainStoresNothingAndAnswersTheStoredId() {
        repo.addDelta("run-1", delta("d1", 1, "1E-6", "same"), intervals(1, 8), footprint, "ds", NOW);
        assertThat(repo.addDelta("run-1", delta("other-id", 1, "1E-6", "same"), intervals(1, 8), footprint, "ds", NOW))
                .isEqualTo(new CodeCarbonApiRepository.Added(Outcome.REPEATED, "d1"));
        assertThat(repo.deltas("run-1")).hasSize(1);
        assertThat(ledger.footprints().versions("run-1")).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflictAndStoresNothing() {
        repo.addDelta("run-1", delta("d1", 1, "1E-6", "first"), intervals(1, 8), footprint, "ds", NOW);
        assertThat(repo.addDelta("run-1", delta("d1", 1, "2E-6", "second"), intervals(1, 16), footprint, "ds", NOW))
                .isEqualTo(new CodeCarbonApiRepository.Added(Outcome.CONFLICT, "d1"));
        assertThat(repo.deltas("run-1")).extracting(Delta::bodySha256).containsExactly("first");
        assertThat(ledger.intervals().count("run-1")).isEqualTo(2);
    }

    @Test
    void aDeltaWhoseIntervalIsStoredAlreadyIsRolledBackWhole() {
        repo.addDelta("run-1", delta("d1", 1, "1E-6", "a"), intervals(1, 8), footprint, "ds", NOW);
        // Another timestamp (another key), but an interval starting where the first delta's cpu interval starts.
        List<EnergyInterval> overlapping = List.of(Fixtures.interval(Component.gpu("all"), 5, 1), Fixtures.interval(Component.CPU, 0, 3));
        assertThat(repo.addDelta("run-1", delta("d2", 7, "1E-6", "b"), overlapping, footprint, "ds", NOW).outcome())
                .isEqualTo(Outcome.OVERLAP);
        assertThat(repo.deltas("run-1")).extracting(Delta::id).containsExactly("d1");
        assertThat(ledger.intervals().count("run-1")).isEqualTo(2);   // nor the gpu interval of the refused delta
        assertThat(ledger.footprints().versions("run-1")).hasSize(1);
    }

    @Test
    void aFootprintThatCannotBeComputedStoresNothingOfTheDelta() {
        Function<List<EnergyInterval>, Footprint> broken = hourly -> {
            throw new IllegalStateException("no factors");
        };
        assertThatThrownBy(() -> repo.addDelta("run-1", delta("d1", 1, "1E-6", "a"), intervals(1, 8), broken, "ds", NOW))
                .hasMessage("no factors");
        assertThat(repo.deltas("run-1")).isEmpty();
        assertThat(ledger.intervals().count("run-1")).isZero();
    }

    @Test
    void aDeltaOfARunNotStoredIsRefused() {
        assertThatThrownBy(() -> repo.addDelta("no-such-run", delta("d1", 1, "1E-6", "a"), intervals(1, 8), footprint, "ds", NOW))
                .isInstanceOf(LedgerException.class).hasMessageContaining("no run no-such-run");
    }

    @Test
    void projectsAndExperimentsAreStoredWithEveryFieldAndListedOldestFirst() {
        Project p = new Project("p1", "bert", null, "org-1", "nlp", NOW);
        Project q = new Project("p2", "x'); DROP TABLE runs; --", "<b>html</b>", null, null, NOW.plusSeconds(1));
        repo.addProject(q);
        repo.addProject(p);
        assertThat(repo.projects()).containsExactly(p, q);
        assertThat(repo.project("p2")).contains(q);
        assertThat(repo.project("nope")).isEmpty();
        Experiment e = new Experiment("e1", "p1", "fine-tune", "d", "2026-12-07T09:00:00+00:00", true, "France", "FRA", null, "aws",
                "eu-west-3", "nlp", NOW);
        Experiment f = new Experiment("e2", "p2", "<script>", null, null, false, null, null, null, null, null, null, NOW);
        repo.addExperiment(e);
        repo.addExperiment(f);
        assertThat(repo.experiment("e1")).contains(e);
        assertThat(repo.experiments("p2")).containsExactly(f);
        assertThat(repo.experiments(null)).containsExactly(e, f);
    }
}
