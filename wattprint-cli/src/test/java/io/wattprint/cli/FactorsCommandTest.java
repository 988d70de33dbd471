package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Phase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wattprint factors import/list and runs recompute, positive cases. */
class FactorsCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2026-11-10T00:00:00Z"), ZoneOffset.UTC);
    }

    Path csv(String name, String... lines) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    Path threeHours() throws Exception {
        return csv("fr.csv", "start,end,g_per_kwh",
                "2026-11-01T08:00:00Z,2026-11-01T09:00:00Z,20",
                "2026-11-01T09:00:00Z,2026-11-01T10:00:00Z,30.5",
                "2026-11-01T10:00:00Z,2026-11-01T11:00:00Z,41");
    }

    @Test
    void importStoresThePointsAndSaysHowManyWereNew() throws Exception {
        Path f = threeHours();
        var r = cli.run("factors", "import", f.toString(), "--zone", "fr", "--source", "Electricity Maps", "--dataset", "2026-11",
                "--licence", "ODbL");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("imported " + f + ": 3 points from 2026-11-01T08:00:00Z to 2026-11-01T11:00:00Z\n"
                + "  series: Electricity Maps (dataset 2026-11) for FR (average, lifecycle), licence ODbL\n"
                + "  3 new, 0 already present (sqlite " + cli.ledgerFile() + ")\n");
    }

    @Test
    void reimportingIsIdempotentAndCountsWhatWasAlreadyPresent() throws Exception {
        cli.run("factors", "import", threeHours().toString(), "--zone", "FR", "--source", "EM");
        Path more = csv("more.csv", "start,end,g_per_kwh",
                "2026-11-01T08:00:00Z,2026-11-01T09:00:00Z,20",
                "2026-11-01T11:00:00Z,2026-11-01T12:00:00Z,50");

        var again = cli.run("factors", "import", threeHours().toString(), "--zone", "FR", "--source", "EM");
        var plusOne = cli.run("factors", "import", more.toString(), "--zone", "FR", "--source", "EM");

        assertThat(again.out()).contains("  0 new, 3 already present");
        assertThat(plusOne.out()).contains("  1 new, 1 already present");
        assertThat(cli.run("factors", "list", "--zone", "FR").out()).contains("EM for FR (average, lifecycle): 4 points");
    }

    @Test
    void withoutAnEndColumnEachPointLastsUntilTheNextStartAndTheLastOneHour() throws Exception {
        Path f = csv("noend.csv", "start,g_per_kwh", "2026-11-01T08:00:00Z,20", "2026-11-01T08:30:00Z,25", "2026-11-01T10:00:00Z,30");

        assertThat(cli.run("factors", "import", f.toString(), "--zone", "FR", "--source", "EM").code()).isZero();

        JsonNode points = new ObjectMapper().readTree(cli.run("factors", "list", "--zone", "FR", "--json").out()).get(0).get("points");
        assertThat(points).hasSize(3);
        assertThat(points.get(0).get("end").asText()).isEqualTo("2026-11-01T08:30:00Z");
        assertThat(points.get(1).get("end").asText()).isEqualTo("2026-11-01T10:00:00Z");
        assertThat(points.get(2).get("end").asText()).isEqualTo("2026-11-01T11:00:00Z");
    }

    @Test
    void columnsMayComeInAnyOrderQuotedAndWithOffsets() throws Exception {
        Path f = csv("odd.csv", "\uFEFFg_per_kwh,\"start\",end", "12.5,2026-11-01T09:00:00+01:00,2026-11-01T09:00:00Z");

        assertThat(cli.run("factors", "import", f.toString(), "--zone", "FR", "--source", "EM").code()).isZero();

        JsonNode p = new ObjectMapper().readTree(cli.run("factors", "list", "--zone", "FR", "--json").out()).get(0).get("points").get(0);
        assertThat(p.get("start").asText()).isEqualTo("2026-11-01T08:00:00Z");
        assertThat(p.get("g_per_kwh").asDouble()).isEqualTo(12.5);
    }

    @Test
    void instantsAreReadAsTheOtherImportersReadThemUtcSuffixIncluded() throws Exception {
        // Once refused with exit 2 while grid and cloud imports took it: BigQuery's " UTC" form and a space for the T.
        Path f = csv("bq.csv", "start,end,g_per_kwh", "2025-01-01 01:00:00 UTC,2025-01-01 02:00:00 UTC,12.5");

        var r = cli.run("factors", "import", f.toString(), "--zone", "FR", "--source", "EM");
        assertThat(r.code()).as(r.toString()).isZero();

        JsonNode p = new ObjectMapper().readTree(cli.run("factors", "list", "--zone", "FR", "--json").out()).get(0).get("points").get(0);
        assertThat(p.get("start").asText()).isEqualTo("2025-01-01T01:00:00Z");
        assertThat(p.get("end").asText()).isEqualTo("2025-01-01T02:00:00Z");
    }

    @Test
    void dryRunChecksAndStoresNothing() throws Exception {
        var r = cli.run("factors", "import", threeHours().toString(), "--zone", "FR", "--source", "EM", "--dry-run");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("dry run, nothing stored: ").contains("  3 would be new, 0 already present");
        assertThat(cli.run("factors", "list", "--zone", "FR").out()).startsWith("no factor series for zone FR");
    }

    @Test
    void importJsonHasTheDocumentedFields() throws Exception {
        var r = cli.run("factors", "import", threeHours().toString(), "--zone", "FR", "--source", "WattTime", "--basis", "marginal",
                "--boundary", "direct", "--json");

        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("zone").asText()).isEqualTo("FR");
        assertThat(j.get("basis").asText()).isEqualTo("marginal");
        assertThat(j.get("boundary").asText()).isEqualTo("direct");
        assertThat(j.get("points").asInt()).isEqualTo(3);
        assertThat(j.get("new").asInt()).isEqualTo(3);
        assertThat(j.get("already_present").asInt()).isZero();
        assertThat(j.get("dry_run").asBoolean()).isFalse();
        assertThat(j.get("dataset").isNull()).isTrue();
    }

    @Test
    void listShowsEachSeriesWithItsPointsAndFiltersByTime() throws Exception {
        cli.run("factors", "import", threeHours().toString(), "--zone", "FR", "--source", "EM", "--dataset", "v1");

        var all = cli.run("factors", "list", "--zone", "FR");
        var window = cli.run("factors", "list", "--zone", "FR", "--from", "2026-11-01T09:30:00Z", "--to", "2026-11-01T10:00:00Z", "--json");

        assertThat(all.out()).contains("EM (dataset v1) for FR (average, lifecycle): 3 points from 2026-11-01T08:00:00Z to 2026-11-01T11:00:00Z",
                "START", "gCO2e/kWh", "2026-11-01T09:00:00Z", "30.500");
        JsonNode points = new ObjectMapper().readTree(window.out()).get(0).get("points");
        assertThat(points).hasSize(1);
        assertThat(points.get(0).get("g_per_kwh").asDouble()).isEqualTo(30.5);
    }

    @Test
    void listOnAMachineWithNoLedgerSaysThereIsNoSeries() {
        var r = cli.run("factors", "list", "--zone", "DE");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("no factor series for zone DE");
        assertThat(Files.exists(cli.ledgerFile())).as("a read does not create the ledger").isFalse();
    }

    @Test
    void recomputeAppliesASeriesImportedAfterTheRunClosedAsANewFootprintVersion() throws Exception {
        // A closed FR run 08:00–09:00 of 1.5 kWh at the annual 50 g/kWh: 75 g.
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0001-run", "alpha", "nlp", Phase.TRAINING,
                Instant.parse("2026-11-01T08:00:00Z"), 1.5, 1.0, "FR", 50);
        cli.run("factors", "import", threeHours().toString(), "--zone", "FR", "--source", "EM", "--dataset", "v1");

        var r = cli.run("runs", "recompute", "aaaa0001");

        // 08:00–09:00 is covered by the 20 g/kWh point: 1.5 kWh × 20 = 30 g.
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("run aaaa0001-run: footprint version 2 stored", "CO2e (location)  75 g → 30 g",
                "kgCO2e (location-based) = 0.030000000",
                "grid factor series: EM (dataset v1) for FR (average, lifecycle): 1 point between 2026-11-01T08:00:00Z and "
                        + "2026-11-01T09:00:00Z, energy-weighted mean 20.000 gCO2e/kWh  — applied to 1.500000000 kWh");
        var show = cli.run("runs", "show", "aaaa0001");
        assertThat(show.out()).contains("CO2e (location)      30 g", "grid factor series: EM (dataset v1) for FR");
        JsonNode j = new ObjectMapper().readTree(cli.run("runs", "show", "aaaa0001", "--json").out());
        assertThat(j.get("co2e_kg").asDouble()).isEqualTo(0.03);
        assertThat(j.get("factor").get("g_per_kwh").asDouble()).isEqualTo(20.0);
    }

    @Test
    void recomputeJsonCarriesTheFootprintVersion() throws Exception {
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0001-run", "alpha", "nlp", Phase.TRAINING,
                Instant.parse("2026-11-01T08:00:00Z"), 1.5, 1.0, "FR", 50);

        JsonNode j = new ObjectMapper().readTree(cli.run("runs", "recompute", "aaaa0001-run", "--json").out());

        assertThat(j.get("footprint_version").asInt()).isEqualTo(2);
        assertThat(j.get("id").asText()).isEqualTo("aaaa0001-run");
    }

    @Test
    void aRunClosedAfterAnImportUsesTheSeriesAndItsSummarySaysWhichAndWhereItFellBack() throws Exception {
        // The series covers 08:00–09:00 only; the run starts at 08:59:59.5 (the meter's clock is anchored to the
        // CLI's), so it lies partly in the series and partly after it, where the annual factor applies.
        Path f = csv("one.csv", "start,end,g_per_kwh", "2026-11-01T08:00:00Z,2026-11-01T09:00:00Z,20");
        cli.run("factors", "import", f.toString(), "--zone", "FR", "--source", "EM", "--dataset", "v1");
        cli.clock = Clock.fixed(Instant.parse("2026-11-01T08:59:59.500Z"), ZoneOffset.UTC);

        var r = cli.run("run", "--location", "FR", "--interval", "200ms", "--", "sleep", "1");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("    factor series        EM (dataset v1) for FR (average, lifecycle): ",
                "    note: no point of factor series EM (dataset v1) for FR (average, lifecycle) covers 2026-11-01T09:00:00Z");
        var show = cli.run("runs", "show", r.err().replaceAll("(?s).*runs show (\\w+).*", "$1"));
        assertThat(show.out()).contains("grid factor series: EM (dataset v1) for FR", "grid factor: 56.040 gCO2e/kWh for FR, 2023");
    }
}
