package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Phase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2026-11-10T00:00:00Z"), ZoneOffset.UTC);
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0001-run", "alpha", "nlp", Phase.TRAINING,
                Instant.parse("2026-11-01T08:00:00Z"), 1.5, 1.0, "FR", 50);
        LedgerFixture.addRun(cli.ledgerFile(), "bbbb0001-run", "beta", "vision", Phase.INFERENCE,
                Instant.parse("2026-11-08T08:00:00Z"), 0.5, 1.0, null, 0);
    }

    @Test
    void listJsonHasTheDocumentedFieldsNewestFirst() throws Exception {
        var r = cli.run("runs", "list", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertThat(a).hasSize(2);
        assertThat(a.get(0).get("id").asText()).isEqualTo("bbbb0001-run");
        JsonNode alpha = a.get(1);
        for (String f : new String[] {"id", "project", "phase", "status", "start", "end", "location", "energy_kwh", "co2e_kg"}) {
            assertThat(alpha.has(f)).as(f).isTrue();
        }
        assertThat(alpha.get("status").asText()).isEqualTo("succeeded");
        assertThat(alpha.get("start").asText()).isEqualTo("2026-11-01T08:00:00Z");
        assertThat(alpha.get("location").asText()).isEqualTo("FR");
        assertThat(alpha.get("energy_kwh").asDouble()).isEqualTo(1.5);
        assertThat(alpha.get("co2e_kg").asDouble()).isEqualTo(0.075);
        assertThat(a.get(0).get("co2e_kg").isNull()).isTrue();
    }

    @Test
    void listFiltersByProjectAndRelativeSince() throws Exception {
        var byProject = new ObjectMapper().readTree(cli.run("runs", "list", "--project", "alpha", "--json").out());
        var lastWeek = new ObjectMapper().readTree(cli.run("runs", "list", "--since", "7d", "--json").out());

        assertThat(byProject).hasSize(1);
        assertThat(byProject.get(0).get("project").asText()).isEqualTo("alpha");
        assertThat(lastWeek).hasSize(1);
        assertThat(lastWeek.get(0).get("project").asText()).isEqualTo("beta");
    }

    @Test
    void listTableShowsUnknownLocationAndNoCo2e() {
        var r = cli.run("runs", "list");

        assertThat(r.out()).contains("ID", "aaaa0001", "bbbb0001", "unknown", "n/a", "1.5 kWh", "75 g", "500 Wh");
    }

    @Test
    void showPrintsTheExplanationOfItsCo2e() {
        var r = cli.run("runs", "show", "aaaa0001");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("run aaaa0001-run", "gpu:0", "measured (energy counter: nvml-total-energy)",
                "explanation:", "kgCO2e (location-based) = 0.075000000",
                "grid factor: 50.000 gCO2e/kWh for FR, 2026", "IT energy = 1.500000000 kWh");
    }

    @Test
    void showJsonCarriesComponentsFactorAndExplanation() throws Exception {
        JsonNode j = new ObjectMapper().readTree(cli.run("runs", "show", "aaaa0001-run", "--json").out());

        assertThat(j.get("components").get(0).get("provenance").asText()).isEqualTo("MEASURED_COUNTER");
        assertThat(j.get("factor").get("zone").asText()).isEqualTo("FR");
        assertThat(j.get("factor").get("g_per_kwh").asDouble()).isEqualTo(50.0);
        assertThat(j.get("explanation").get(0).asText()).startsWith("kgCO2e (location-based)");
        assertThat(j.get("intervals").asInt()).isEqualTo(1);
    }

    @Test
    void showOfAnUnknownRunIsNotFoundExitTwo() {
        var r = cli.run("runs", "show", "zzzz9999");

        assertThat(r.code()).as("not found: exit 2, as in every command").isEqualTo(2);
        assertThat(r.err()).contains("no run 'zzzz9999'", "wattprint runs list");
    }

    @Test
    void showWithTooShortAnIdAsksForMoreCharacters() {
        var r = cli.run("runs", "show", "aa");

        assertThat(r.code()).as("not found: exit 2, as in every command").isEqualTo(2);
        assertThat(r.err()).contains("no run 'aa'", "give at least 4 characters of the id");
    }

    @Test
    void showOnAMachineWithNoLedgerYetSaysSo() {
        var other = new CliHarness(tmp.resolve("none"));
        var r = other.run("runs", "show", "aaaa0001");

        assertThat(r.code()).as("not found: exit 2, as in every command").isEqualTo(2);
        assertThat(r.err()).contains("there is no ledger at " + other.ledgerFile() + " yet");
    }

    @Test
    void invalidSinceIsAUsageErrorNamingTheExpectedFormat() {
        var r = cli.run("runs", "list", "--since", "last tuesday");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --since: 'last tuesday'", "2026-11-01", "7d");
    }

    @Test
    void absurdAgesAreUsageErrorsNotStackTraces() {
        for (String age : new String[] {"99999999999999999999d", "999999999999d"}) {
            var r = cli.run("runs", "list", "--since", age);

            assertThat(r.code()).as(age).isEqualTo(2);
            assertThat(r.err()).contains("invalid value for --since: '" + age + "'").doesNotContain("Exception");
        }
    }

    @Test
    void nonPositiveLimitIsAUsageError() {
        var r = cli.run("runs", "list", "--limit", "0");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--limit");
    }

    @Test
    void emptyLedgerSaysSo() {
        var other = new CliHarness(tmp.resolve("empty"));
        var r = other.run("runs", "list");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("no runs yet: there is no ledger at " + other.ledgerFile());
        assertThat(other.ledgerFile()).as("reading creates nothing").doesNotExist();
        assertThat(other.run("runs", "list", "--json").out().trim()).isEqualTo("[ ]");
        assertThat(other.run("report", "summary", "--by", "project").out()).contains("TOTAL");
        assertThat(other.ledgerFile()).doesNotExist();
    }
}
