package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Phase;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wattprint scope2 and wattprint instruments, in-process on a SQLite ledger holding the DOMAIN.md §2 example. */
class Scope2CommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    static final Instant MARCH_2026 = Instant.parse("2026-03-02T08:00:00Z");

    @BeforeEach
    void aThousandMwhInFranceOnAPoint4TonnePerMwhGrid() {
        cli = new CliHarness(tmp);
        // DOMAIN.md §2: 1,000 MWh (1,000,000 kWh) at 400 g/kWh = 0.400 t/MWh, closed in 2026.
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0001-run", "llm", "nlp", Phase.TRAINING, MARCH_2026, 1_000_000, 1.0, "FR", 400);
    }

    private CliHarness.Result ok(String... args) {
        CliHarness.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private JsonNode json(String... args) throws Exception {
        return new ObjectMapper().readTree(ok(args).out());
    }

    private void addGos() {
        ok("instruments", "add", "--id", "GO-17", "--type", "GO", "--mwh", "600", "--vintage", "2026", "--zone", "FR",
                "--retired-for", "ACME", "--registry", "EECS FR-2026-17");
    }

    private void addResidualMix() {
        ok("instruments", "residual-mix", "--zone", "FR", "--year", "2026", "--g-per-kwh", "550", "--source", "AIB 2026");
    }

    /** Issue 16 item 5: a residual mix recorded with its composition keeps it (ESRS E1-5 splits by it). */
    @Test
    void aResidualMixIsRecordedWithItsCompositionAndListedWithIt() throws Exception {
        CliHarness.Result r = ok("instruments", "residual-mix", "--zone", "FR", "--year", "2026", "--g-per-kwh", "550", "--source",
                "AIB 2026", "--renewable-pct", "5", "--nuclear-pct", "60", "--fossil-pct", "35");
        assertThat(r.out()).isEqualTo("recorded 550.000 gCO2e/kWh residual mix for FR, 2026, source: AIB 2026; renewable 5 %, "
                + "nuclear 60 %, fossil 35 %\n");

        JsonNode mix = json("instruments", "list", "--json").get("residual_mixes").get(0);
        assertThat(mix.get("composition").get("renewable_pct").asDouble()).isEqualTo(5.0);
        assertThat(mix.get("composition").get("nuclear_pct").asDouble()).isEqualTo(60.0);
        assertThat(mix.get("composition").get("fossil_pct").asDouble()).isEqualTo(35.0);
        addResidualMixWithoutComposition();
        assertThat(json("instruments", "list", "--json").get("residual_mixes").get(1).has("composition")).isFalse();
    }

    private void addResidualMixWithoutComposition() {
        ok("instruments", "residual-mix", "--zone", "DE", "--year", "2026", "--g-per-kwh", "700", "--source", "AIB 2026");
    }

    @Test
    void theDomainExampleGivesLocation400AndMarket220Tonnes() throws Exception {
        addGos();
        addResidualMix();

        JsonNode j = json("scope2", "--year", "2026", "--reporter", "ACME", "--json");

        assertThat(j.get("location_based_t").asDouble()).isEqualTo(400.0);
        assertThat(j.get("market_based_t").asDouble()).isEqualTo(220.0);
        assertThat(j.get("energy_mwh").asDouble()).isEqualTo(1000.0);
        assertThat(j.get("runs").asInt()).isEqualTo(1);
        JsonNode fr = j.get("zones").get(0);
        assertThat(fr.get("zone").asText()).isEqualTo("FR");
        assertThat(fr.get("instrument_mwh").asDouble()).isEqualTo(600.0);
        assertThat(fr.get("residual_mix_mwh").asDouble()).isEqualTo(400.0);
        assertThat(fr.get("grid_average_mwh").asDouble()).isEqualTo(0.0);
        JsonNode go = j.get("instruments_applied").get(0);
        assertThat(go.get("id").asText()).isEqualTo("GO-17");
        assertThat(go.get("mwh").asDouble()).isEqualTo(600.0);
        assertThat(go.get("co2e_t").asDouble()).isEqualTo(0.0);
        assertThat(j.get("lines").get(0).get("uncovered_basis").asText()).isEqualTo("residual_mix");
        assertThat(j.get("lines").get(0).get("uncovered_source").asText()).isEqualTo("residual mix FR 2026, source: AIB 2026");
        // the fixture's 400 g/kWh is not a shipped factor, so its boundary is not known: said, and nothing else warned
        assertThat(j.get("location_boundary").asText()).isEqualTo("not known");
        assertThat(j.get("warnings")).allSatisfy(w -> assertThat(w.get("code").asText()).isEqualTo("factor_boundary"));
        assertThat(j.get("explanation").toString()).contains("Scope 2 market-based 2026 = 220 t CO2e", "GO GO-17");
    }

    @Test
    void theHumanOutputShowsBothMethodsSideBySide() {
        addGos();
        addResidualMix();

        var r = ok("scope2", "--year", "2026", "--reporter", "ACME");

        assertThat(r.out()).isEqualTo(String.join("\n",
                "wattprint: Scope 2 2026, dual reporting (GHG Protocol Scope 2 Guidance, 2015), reporter ACME — 1 run(s) closed in 2026",
                "ZONE   RUNS    ENERGY  LOCATION-BASED  MARKET-BASED  INSTRUMENTS  RESIDUAL MIX  GRID AVERAGE",
                "FR        1  1000 MWh      400 t CO2e    220 t CO2e      600 MWh       400 MWh          0 Wh",
                "TOTAL     1  1000 MWh      400 t CO2e    220 t CO2e",
                "location-based factor boundary: not known",
                "instruments applied:",
                "  GO GO-17 → FR: 600 MWh × 0.000 gCO2e/kWh = 0 mg CO2e  (vintage 2026, market FR, retired for ACME, registry EECS FR-2026-17)",
                "not covered by instruments:",
                "  FR: 400 MWh × 550.000 gCO2e/kWh = 220 t CO2e  (residual mix FR 2026, source: AIB 2026)",
                "warning: the boundary (direct or life-cycle) of the factor for FR is not known (not a shipped factor, e.g. an "
                        + "imported series): Scope 2 uses it as stored",
                ""));
    }

    @Test
    void withoutGosTheMarketBasedFigureIsTheResidualMixFor550Tonnes() throws Exception {
        addResidualMix();

        JsonNode j = json("scope2", "--year", "2026", "--json");

        assertThat(j.get("market_based_t").asDouble()).isEqualTo(550.0);
        assertThat(j.get("instruments_applied")).isEmpty();
    }

    @Test
    void withNoResidualMixTheGridAverageIsUsedAndAWarningSaysSo() throws Exception {
        addGos();

        JsonNode j = json("scope2", "--year", "2026", "--reporter", "ACME", "--json");

        // 400 MWh uncovered × 0.400 t/MWh = 160 t
        assertThat(j.get("market_based_t").asDouble()).isCloseTo(160.0, within(1e-9));
        assertThat(j.get("zones").get(0).get("grid_average_mwh").asDouble()).isEqualTo(400.0);
        assertThat(j.get("warnings")).hasSize(2);
        assertThat(j.get("warnings").get(0).get("code").asText()).isEqualTo("grid_average_used");
        assertThat(j.get("warnings").get(1).get("code").asText()).isEqualTo("factor_boundary");
        assertThat(j.get("warnings").get(0).get("message").asText()).startsWith("no residual mix known for FR 2026 or an earlier year: 400 MWh");
    }

    @Test
    void anInstrumentOutsideTheVintageWindowIsNotAppliedAndNamed() {
        addResidualMix();
        ok("instruments", "add", "--id", "GO-OLD", "--type", "GO", "--mwh", "600", "--vintage", "2023", "--zone", "FR",
                "--retired-for", "ACME");

        var r = ok("scope2", "--year", "2026", "--reporter", "ACME");

        assertThat(r.out()).contains("instruments applied: none",
                "warning: instrument GO-OLD: vintage 2023 outside the 2026 reporting window; not applied",
                "FR        1  1000 MWh      400 t CO2e    550 t CO2e");
    }

    @Test
    void vintageSlackAdmitsAVintageFromTheMonthsBeforeTheYear() throws Exception {
        addResidualMix();
        ok("instruments", "add", "--id", "GO-Q4", "--type", "GO", "--mwh", "600", "--vintage-from", "2025-10-01",
                "--vintage-to", "2026-01-01", "--zone", "FR", "--retired-for", "ACME");

        assertThat(json("scope2", "--year", "2026", "--json").get("market_based_t").asDouble()).isEqualTo(550.0);
        JsonNode slack = json("scope2", "--year", "2026", "--vintage-months-before", "3", "--json");
        assertThat(slack.get("market_based_t").asDouble()).isEqualTo(220.0);
        assertThat(slack.get("vintage_window").get("from").asText()).isEqualTo("2025-10-01T00:00:00Z");
    }

    @Test
    void anInstrumentRetiredForAnotherEntityIsNotApplied() {
        addResidualMix();
        ok("instruments", "add", "--id", "GO-G", "--type", "GO", "--mwh", "600", "--vintage", "2026", "--zone", "FR",
                "--retired-for", "Globex");

        var r = ok("scope2", "--year", "2026", "--reporter", "ACME");

        assertThat(r.out()).contains("warning: instrument GO-G: retired for Globex, not for the reporter ACME; not applied");
    }

    @Test
    void onlyRunsClosedInTheYearCount() throws Exception {
        LedgerFixture.addRun(cli.ledgerFile(), "bbbb0001-run", "llm", "nlp", Phase.TRAINING,
                Instant.parse("2025-06-01T00:00:00Z"), 5_000, 1.0, "FR", 400);
        LedgerFixture.addRun(cli.ledgerFile(), "cccc0001-run", "llm", "nlp", Phase.TRAINING,
                Instant.parse("2027-01-01T00:00:00Z"), 5_000, 1.0, "FR", 400);

        JsonNode j = json("scope2", "--year", "2026", "--json");

        assertThat(j.get("runs").asInt()).isEqualTo(1);
        assertThat(j.get("energy_mwh").asDouble()).isEqualTo(1000.0);
    }

    @Test
    void runsWithAnUnknownLocationAreLeftOutWithAWarning() {
        LedgerFixture.addRun(cli.ledgerFile(), "dddd0001-run", "llm", "nlp", Phase.TRAINING, MARCH_2026, 10, 1.0, null, 0);
        addResidualMix();

        var r = ok("scope2", "--year", "2026");

        assertThat(r.out()).contains("warning: 1 run(s) closed in 2026 have no known location or factor and are not in either "
                + "total: dddd0001 (wattprint runs show ID)");
    }

    @Test
    void cloudRunsAreCountedInTheirZoneWithAWarningThatTheReportsTreatThemAsScope3() throws Exception {
        LedgerFixture.addCloudRun(cli.ledgerFile(), "eeee0001-run", "llm", MARCH_2026, 10, "aws:eu-west-3", "FR", 400);

        var r = ok("scope2", "--year", "2026");

        assertThat(r.out()).contains("warning: 1 run(s) closed in 2026 ran in a cloud region and are counted here in their "
                + "zone's Scope 2: eeee0001; wattprint report scope2 and report esrs-e1 treat purchased cloud compute as the "
                + "customer's Scope 3 (category 1) and leave them out of Scope 2");
        // 1,000,000 + 10 kWh at 400 g/kWh = 400.004 t location-based: the cloud run is in this command's total.
        assertThat(json("scope2", "--year", "2026", "--json").get("location_based_t").asDouble()).isCloseTo(400.004, within(1e-9));
    }

    @Test
    void zonesAreReportedSeparatelyAndAddUpInTheTotal() throws Exception {
        // DE: 100 MWh at 350 g/kWh = 35 t, no residual mix → grid average for the market-based figure too.
        LedgerFixture.addRun(cli.ledgerFile(), "eeee0001-run", "llm", "nlp", Phase.TRAINING, MARCH_2026, 100_000, 1.0, "DE", 350);
        addResidualMix();

        JsonNode j = json("scope2", "--year", "2026", "--json");

        assertThat(j.get("zones").get(0).get("zone").asText()).isEqualTo("DE");
        assertThat(j.get("zones").get(0).get("market_based_t").asDouble()).isCloseTo(35.0, within(1e-9));
        assertThat(j.get("location_based_t").asDouble()).isCloseTo(435.0, within(1e-9));
        assertThat(j.get("market_based_t").asDouble()).isCloseTo(585.0, within(1e-9));
    }

    @Test
    void anEmptyLedgerGivesZeroTotals() throws Exception {
        var other = new CliHarness(tmp.resolve("empty"));
        var r = other.run("scope2", "--year", "2026", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("location_based_t").asDouble()).isZero();
        assertThat(j.get("market_based_t").asDouble()).isZero();
        assertThat(other.ledgerFile()).doesNotExist();
    }

    @Test
    void instrumentsAreRecordedOnceAndListed() throws Exception {
        addGos();
        var again = ok("instruments", "add", "--id", "GO-17", "--type", "GO", "--mwh", "600", "--vintage", "2026", "--zone", "FR",
                "--retired-for", "ACME", "--registry", "EECS FR-2026-17");
        ok("instruments", "add", "--id", "PPA-1", "--type", "ppa", "--mwh", "250.5", "--vintage", "2026", "--zone", "DE",
                "--market", "DE,FR,NL", "--market-name", "EU-AIB", "--rate-g-per-kwh", "12.5", "--retired-for", "ACME");
        addResidualMix();

        assertThat(again.out()).startsWith("already recorded, nothing changed: GO GO-17: 600 MWh");
        var list = ok("instruments", "list");
        assertThat(list.out()).isEqualTo(String.join("\n",
                "ID     TYPE    MWh  VINTAGE  ZONE  MARKET             gCO2e/kWh  RETIRED FOR  REGISTRY",
                "GO-17  GO      600  2026     FR    FR                         0  ACME         EECS FR-2026-17",
                "PPA-1  PPA   250.5  2026     DE    EU-AIB (DE,FR,NL)       12.5  ACME         -",
                "",
                "RESIDUAL MIX ZONE  YEAR  gCO2e/kWh  SOURCE",
                "FR                 2026        550  AIB 2026",
                ""));
        JsonNode j = json("instruments", "list", "--json");
        assertThat(j.get("instruments")).hasSize(2);
        assertThat(j.get("instruments").get(1).get("market_zones").toString()).isEqualTo("[\"DE\",\"FR\",\"NL\"]");
        assertThat(j.get("instruments").get(1).get("rate_g_per_kwh").asDouble()).isEqualTo(12.5);
        assertThat(j.get("residual_mixes").get(0).get("g_per_kwh").asDouble()).isEqualTo(550.0);
    }

    @Test
    void theJsonOfAnAddSaysWhetherItWasNew() throws Exception {
        JsonNode first = json("instruments", "add", "--id", "REC-1", "--type", "REC", "--mwh", "1", "--vintage", "2026",
                "--zone", "US-EGRID-CAMX", "--retired-for", "ACME", "--json");
        JsonNode second = json("instruments", "add", "--id", "REC-1", "--type", "REC", "--mwh", "1", "--vintage", "2026",
                "--zone", "US-EGRID-CAMX", "--retired-for", "ACME", "--json");

        assertThat(first.get("outcome").asText()).isEqualTo("added");
        assertThat(second.get("outcome").asText()).isEqualTo("already_recorded");
        assertThat(first.get("instrument").get("type").asText()).isEqualTo("REC");
    }
}
