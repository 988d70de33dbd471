package io.wattprint.ledger;

import static io.wattprint.ledger.Fixtures.T0;
import static io.wattprint.ledger.Fixtures.footprint;
import static io.wattprint.ledger.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Co2e;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every ledger database must do with runs, their tags and outcomes, and with opening a ledger.
 * Each subclass supplies a fresh, empty ledger per test; the same cases then run on SQLite and on
 * PostgreSQL.
 */
abstract class RunRepositoryContract extends LedgerContract {

    @Test
    void storedRunIsFoundWithEveryField() {
        Run run = run("3f2a9c1e-0000-4000-8000-000000000001", T0);

        assertThat(runs.insertRun(run)).isEqualTo(run.id());

        RunRecord found = runs.find(run.id()).orElseThrow();
        assertThat(found.run()).isEqualTo(run);
        assertThat(found.run().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(found.footprint()).isNull();
        assertThat(runs.find("no-such-run-id")).isEmpty();
    }

    @Test
    void insertingTheSameIdempotencyKeyAgainReturnsTheStoredRunAndChangesNothing() {
        Run first = run("run-a", "key-1", "search", T0);
        Run resent = run("run-b", "key-1", "other-project", T0.plusSeconds(60));

        runs.insertRun(first);
        assertThat(runs.insertRun(resent)).isEqualTo("run-a");

        assertThat(runs.list(RunQuery.all())).extracting(RunRecord::run).containsExactly(first);
        assertThat(runs.find("run-b")).isEmpty();
    }

    @Test
    void anIdStoredUnderAnotherKeyIsRefused() {
        runs.insertRun(run("run-a", "key-1", "search", T0));

        assertThatThrownBy(() -> runs.insertRun(run("run-a", "key-2", "search", T0)))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("run-a").hasMessageContaining("another idempotency key");
    }

    @Test
    void aUniquePrefixOfFourCharactersFindsTheRun() {
        runs.insertRun(run("abcd1234", T0));
        runs.insertRun(run("abce5678", T0));

        assertThat(runs.find("abcd").orElseThrow().run().id()).isEqualTo("abcd1234");
        assertThat(runs.find("abce56").orElseThrow().run().id()).isEqualTo("abce5678");
        assertThat(runs.find("abc")).as("shorter than 4 characters").isEmpty();
        assertThat(runs.find("ABCD")).as("prefixes are case-sensitive on every database").isEmpty();
        assertThat(runs.find("zzzz")).isEmpty();
    }

    @Test
    void byIdFindsOnlyTheExactIdNeverAPrefix() {
        runs.insertRun(run("abcd1234", T0));
        runs.insertRun(run("abcd5678", T0));

        assertThat(runs.byId("abcd1234").orElseThrow().run().id()).isEqualTo("abcd1234");
        assertThat(runs.byId("abcd")).as("a prefix, even an ambiguous one, finds nothing").isEmpty();
        assertThat(runs.byId("abcd12345")).isEmpty();
    }

    @Test
    void anAmbiguousPrefixIsAnErrorListingTheMatches() {
        runs.insertRun(run("abcd1234", T0));
        runs.insertRun(run("abcd5678", T0.plusSeconds(1)));
        runs.insertRun(run("abce0000", T0));

        assertThatThrownBy(() -> runs.find("abcd"))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("run id prefix 'abcd' is ambiguous in ledger ")
                .hasMessageContaining("it matches abcd1234 (bert-finetune, 2026-11-23T10:00:00.123456Z), "
                        + "abcd5678 (bert-finetune, 2026-11-23T10:00:01.123456Z); give more characters of the id")
                .message().doesNotContain("abce0000");
    }

    @Test
    void aRunIsClosedOnceAndTheFirstOutcomeStands() {
        runs.insertRun(run("run-1", T0));
        Instant end = T0.plus(Duration.ofMinutes(5));

        assertThat(runs.closeRun("run-1", end, RunStatus.SUCCEEDED, 0)).isTrue();
        assertThat(runs.closeRun("run-1", end.plusSeconds(9), RunStatus.FAILED, 1)).isFalse();

        Run stored = runs.find("run-1").orElseThrow().run();
        assertThat(stored.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(stored.end()).isEqualTo(end);
        assertThat(stored.exitCode()).isZero();
        assertThatThrownBy(() -> runs.closeRun("ghost", end, RunStatus.FAILED, null))
                .isInstanceOf(LedgerException.class).hasMessageStartingWith("no run ghost");
        assertThatThrownBy(() -> runs.closeRun("run-1", end, RunStatus.RUNNING, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closingWithAFootprintStoresBothOrNeither() {
        runs.insertRun(run("run-1", T0));
        Instant end = T0.plus(Duration.ofMinutes(5));
        Footprint f = footprint(3_600_000, Co2e.ofGrams(56), null);

        assertThat(runs.closeRun("run-1", end, RunStatus.SUCCEEDED, 0, f, "data 1", end)).isTrue();
        RunRecord stored = runs.find("run-1").orElseThrow();
        assertThat(stored.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(stored.footprint().co2e()).isEqualTo(Co2e.ofGrams(56));
        assertThat(stored.footprint().computedAt()).isEqualTo(end);

        // A second close changes nothing: neither the outcome nor a new footprint version.
        Footprint other = footprint(7_200_000, Co2e.ofGrams(99), null);
        assertThat(runs.closeRun("run-1", end.plusSeconds(1), RunStatus.FAILED, 1, other, "data 2", end)).isFalse();
        assertThat(runs.find("run-1").orElseThrow().footprint().co2e()).isEqualTo(Co2e.ofGrams(56));
        // An invalid close stores no footprint either.
        runs.insertRun(run("run-2", T0));
        assertThatThrownBy(() -> runs.closeRun("run-2", T0.minusSeconds(1), RunStatus.FAILED, 1, f, "data 1", end))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(runs.find("run-2").orElseThrow().footprint()).isNull();
    }

    @Test
    void aRunCannotEndBeforeItStarts() {
        runs.insertRun(run("run-1", T0));

        assertThatThrownBy(() -> runs.closeRun("run-1", T0.minusSeconds(1), RunStatus.FAILED, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before its start");
        assertThat(runs.find("run-1").orElseThrow().run().status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void anImportedRunIsStoredClosed() {
        Run closed = run("run-1", T0).closed(T0.plusSeconds(30), RunStatus.INTERRUPTED, 130);

        runs.insertRun(closed);

        assertThat(runs.find("run-1").orElseThrow().run()).isEqualTo(closed);
        assertThat(runs.closeRun("run-1", T0.plusSeconds(40), RunStatus.SUCCEEDED, 0)).isFalse();
    }

    @Test
    void anUnknownLocationStaysUnknown() {
        Run run = new Run("run-1", "k", Workload.builder("etl").build(), null, Location.unknown(), T0, null,
                RunStatus.RUNNING, null, null);
        runs.insertRun(run);
        footprints.save("run-1", Fixtures.footprint(10, null, null), null);

        RunRecord r = runs.find("run-1").orElseThrow();
        assertThat(r.run().location().isKnown()).isFalse();
        assertThat(r.run().location()).isEqualTo(Location.unknown());
        assertThat(r.run()).isEqualTo(run);
        assertThat(r.footprint().co2e()).isNull();
        assertThat(r.footprint().factorZone()).isNull();
        assertThat(r.footprint().factorGramsPerKwh()).isNull();
        assertThat(r.footprint().factorYear()).isNull();
        assertThat(r.footprint().dataset()).isNull();
    }

    @Test
    void tagsRoundTrip() {
        Workload w = Workload.builder("llm-serve").tag("env", "prod").tag("région", "île-de-france")
                .tag("empty", "").build();
        runs.insertRun(new Run("run-1", "k", w, "h", Location.zone("FR"), T0, null, RunStatus.RUNNING, null, null));

        assertThat(runs.find("run-1").orElseThrow().run().workload().tags())
                .isEqualTo(Map.of("env", "prod", "région", "île-de-france", "empty", ""));
    }

    @Test
    void listFiltersByProjectAndStartAndLimitsNewestFirst() {
        Instant jan = Instant.parse("2026-01-15T00:00:00Z");
        runs.insertRun(run("r-2025", "k1", "search", Instant.parse("2025-12-31T23:59:59.999999Z")));
        runs.insertRun(run("r-jan", "k2", "search", jan));
        runs.insertRun(run("r-jan-other", "k3", "ads", jan.plusSeconds(1)));
        runs.insertRun(run("r-feb", "k4", "search", Instant.parse("2026-02-01T00:00:00Z")));
        runs.insertRun(run("r-2030", "k5", "search", Instant.parse("2030-06-01T00:00:00Z")));

        assertThat(ids(RunQuery.all())).containsExactly("r-2030", "r-feb", "r-jan-other", "r-jan", "r-2025");
        assertThat(ids(new RunQuery("search", null, null, null))).containsExactly("r-2030", "r-feb", "r-jan", "r-2025");
        assertThat(ids(new RunQuery(null, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), null)))
                .as("since inclusive, until exclusive").containsExactly("r-jan-other", "r-jan");
        assertThat(ids(new RunQuery(null, jan, null, 2))).containsExactly("r-2030", "r-feb");
        assertThat(ids(new RunQuery("search", null, jan.plusSeconds(1), 1))).containsExactly("r-jan");
        assertThat(ids(new RunQuery("nobody", null, null, null))).isEmpty();
        assertThat(ids(new RunQuery(null, null, null, 0))).isEmpty();
    }

    @Test
    void listFiltersByTeam() {
        runs.insertRun(teamRun("nlp-1", "nlp", T0));
        runs.insertRun(teamRun("cv-1", "vision", T0.plusSeconds(60)));
        runs.insertRun(teamRun("nlp-2", "nlp", T0.plusSeconds(120)));
        runs.insertRun(teamRun("none-1", null, T0.plusSeconds(180)));

        assertThat(ids(RunQuery.all().withTeam("nlp"))).containsExactly("nlp-2", "nlp-1");
        assertThat(ids(RunQuery.all().withTeam("NLP"))).as("names match exactly").isEmpty();
        assertThat(ids(new RunQuery(null, T0.plusSeconds(1), null, null).withTeam("nlp"))).containsExactly("nlp-2");
    }

    @Test
    void listContinuesStrictlyAfterAPositionOfItsOrderTiesByIdInByteOrder() {
        // Three runs share a start to the microsecond; ids differ in case and punctuation, which a locale collation
        // would order otherwise than bytes ('R' < '_' < 'r' as bytes).
        Instant tie = Instant.parse("2026-01-15T00:00:00.123456Z");
        runs.insertRun(teamRun("run-a", "t", tie));
        runs.insertRun(teamRun("Run-b", "t", tie));
        runs.insertRun(teamRun("run_c", "t", tie));
        runs.insertRun(teamRun("older", "t", tie.minusNanos(1000)));
        runs.insertRun(teamRun("newer", "t", tie.plusNanos(1000)));

        assertThat(ids(RunQuery.all())).containsExactly("newer", "run_c", "run-a", "Run-b", "older");
        assertThat(ids(RunQuery.all().withAfter(new RunQuery.After(tie, "run_c")))).containsExactly("run-a", "Run-b", "older");
        assertThat(ids(RunQuery.all().withAfter(new RunQuery.After(tie, "run-a")))).containsExactly("Run-b", "older");
        assertThat(ids(RunQuery.all().withAfter(new RunQuery.After(tie, "Run-b")))).containsExactly("older");
        assertThat(ids(RunQuery.all().withAfter(new RunQuery.After(tie.plusNanos(1000), "newer")))).as("after the first")
                .containsExactly("run_c", "run-a", "Run-b", "older");
        assertThat(ids(new RunQuery(null, null, null, 1).withAfter(new RunQuery.After(tie, "run-a")))).as("with a limit")
                .containsExactly("Run-b");
        assertThat(ids(RunQuery.all().withAfter(new RunQuery.After(tie.minusNanos(1000), "older")))).isEmpty();
    }

    private static Run teamRun(String id, String team, Instant start) {
        Workload w = Workload.builder("w").project("p").team(team).phase(Phase.TRAINING).build();
        return new Run(id, "key-" + id, w, "h", Location.zone("FR"), start, null, RunStatus.RUNNING, null, "x");
    }

    @Test
    void listFiltersByModelAndVersion() {
        runs.insertRun(modelRun("llama-3", "llama", "3", T0));
        runs.insertRun(modelRun("llama-3b", "llama", "3", T0.plusSeconds(60)));
        runs.insertRun(modelRun("llama-2", "llama", "2", T0.plusSeconds(120)));
        runs.insertRun(modelRun("phi-3", "phi", "3", T0.plusSeconds(180)));
        runs.insertRun(modelRun("no-model", null, null, T0.plusSeconds(240)));

        assertThat(ids(RunQuery.model("llama", "3"))).containsExactly("llama-3b", "llama-3");
        assertThat(ids(RunQuery.model("llama", null))).as("any version").containsExactly("llama-2", "llama-3b", "llama-3");
        assertThat(ids(RunQuery.model("LLAMA", null))).as("names match exactly").isEmpty();
        assertThat(ids(RunQuery.model("gpt", null))).isEmpty();
        assertThat(ids(new RunQuery(null, T0.plusSeconds(60), null, 1, "llama", null))).as("with the other filters")
                .containsExactly("llama-2");
        assertThat(runs.list(RunQuery.model("phi", "3"))).singleElement()
                .satisfies(r -> assertThat(r.run().workload().model()).isEqualTo("phi"));
    }

    private static Run modelRun(String id, String model, String version, Instant start) {
        Workload w = Workload.builder("w").project("p").model(model).modelVersion(version).phase(Phase.TRAINING).build();
        return new Run(id, "key-" + id, w, "h", Location.zone("FR"), start, null, RunStatus.RUNNING, null, "x");
    }

    @Test
    void listCarriesOutcomeAndLatestFootprint() {
        runs.insertRun(run("r-1", T0));
        runs.insertRun(run("r-2", T0.plusSeconds(1)));
        runs.closeRun("r-1", T0.plusSeconds(2), RunStatus.FAILED, 3);
        footprints.save("r-1", Fixtures.footprint(5, Co2e.ofGrams(5), Fixtures.france2024()), null);

        List<RunRecord> all = runs.list(RunQuery.all());

        assertThat(all).extracting(r -> r.run().status()).containsExactly(RunStatus.RUNNING, RunStatus.FAILED);
        assertThat(all.get(0).footprint()).isNull();
        assertThat(all.get(1).footprint().co2e()).isEqualTo(Co2e.ofGrams(5));
        assertThat(all.get(1).run().workload().tags()).containsEntry("dataset", "squad");
    }

    @Test
    void listAndFindReadInFourQueriesWhateverTheNumberOfRuns() {
        int stored = 0;
        for (int n : new int[] {1, 40}) {
            while (stored < n) storeClosedRunWithFootprint(stored++);
            StatementCounter counter = new StatementCounter(ledger.connection());
            RunRepository counted = new RunRepository(counter.connection(), ledger.dialect(), spec);

            List<RunRecord> all = counted.list(RunQuery.all());

            assertThat(all).hasSize(n).allSatisfy(r -> {
                assertThat(r.run().workload().tags()).containsOnlyKeys("dataset", "owner");
                assertThat(r.footprint().components()).hasSize(4);
            });
            assertThat(counter.statements()).as("statements for %d runs", n).isEqualTo(4);
            counter.reset();
            assertThat(counted.list(new RunQuery("search", null, null, 5))).hasSize(Math.min(n, 5));
            assertThat(counter.statements()).as("statements for %d runs, limited", n).isEqualTo(4);
            counter.reset();
            assertThat(counted.find(all.get(0).run().id())).isPresent();
            assertThat(counter.statements()).isEqualTo(4);
        }
    }

    @Test
    void aLimitedListAboveOneBatchOfIdsKeepsEveryRunsTagsAndComponents() {
        int n = RunReader.IN_BATCH + 3;
        for (int i = 0; i < n; i++) storeClosedRunWithFootprint(i);

        List<RunRecord> listed = runs.list(new RunQuery(null, null, null, n - 1));

        assertThat(listed).hasSize(n - 1).allSatisfy(r -> {
            assertThat(r.run().workload().tags()).containsOnlyKeys("dataset", "owner");
            assertThat(r.footprint().components()).extracting(c -> c.component().toString())
                    .containsExactly("gpu:0", "cpu:package-0", "dram", "other");
        });
        assertThat(listed.get(0).run().id()).isEqualTo(String.format("run-%04d", n - 1));
    }

    private void storeClosedRunWithFootprint(int i) {
        String id = String.format("run-%04d", i);
        runs.insertRun(run(id, T0.plusSeconds(i)));
        runs.closeRun(id, T0.plusSeconds(i + 1), RunStatus.SUCCEEDED, 0,
                footprint(100 + i, Co2e.ofGrams(i), Fixtures.france2024()), "test", T0.plusSeconds(i + 1));
    }

    @Test
    void instantsKeepMicrosecondsAndDropNanoseconds() {
        runs.insertRun(run("run-1", Instant.parse("2026-11-23T10:00:00.123456789Z")));

        assertThat(runs.find("run-1").orElseThrow().run().start()).isEqualTo(Instant.parse("2026-11-23T10:00:00.123456Z"));
    }

    @Test
    void reOpeningAMigratedLedgerRunsNoMigrationAndKeepsTheData() throws Exception {
        runs.insertRun(run("run-1", T0));
        ledger.close();

        ledger = Ledger.open(spec);
        runs = ledger.runs();
        ledger.close();
        ledger = Ledger.open(spec);
        runs = ledger.runs();

        assertThat(runs.find("run-1")).isPresent();
        assertThat(count("SELECT COUNT(*) FROM schema_version")).isEqualTo(Migrator.shipped(ledger.dialect()).size());
        assertThat(ledger.schemaVersion()).isEqualTo(new Migrator(ledger.dialect()).latest());
    }

    @Test
    void aLedgerFromANewerWattprintIsRefused() throws Exception {
        try (Statement s = ledger.connection().createStatement()) {
            s.executeUpdate("INSERT INTO schema_version (version, description, applied_at) "
                    + "VALUES (99, 'from the future', '2030-01-01T00:00:00.000000Z')");
        }
        ledger.close();

        assertThatThrownBy(() -> Ledger.open(spec))
                .isInstanceOf(LedgerException.class)
                .hasMessage("cannot open ledger " + spec.replace("password=secret", "password=***")
                        + ": its schema version is 99 but this wattprint knows only up to version " + new Migrator(ledger.dialect()).latest()
                        + " (a newer wattprint wrote it; upgrade wattprint to use this ledger)");
        ledger = null;
    }

    @Test
    void describeNamesTheDatabase() {
        assertThat(ledger.describe()).matches("(sqlite|postgresql) .+").doesNotContain("secret");
    }

    private List<String> ids(RunQuery q) {
        return runs.list(q).stream().map(r -> r.run().id()).toList();
    }
}
