package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.model.Period;
import io.wattprint.core.facility.PuePeriod;
import io.wattprint.ledger.Ledger;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacilityCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    private CliHarness.Result ok(String... args) {
        var r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    /** Issue 12: a 0.00005 kWh reading was shown as 0 by facility show (rounded to 3 decimals). */
    @Test
    void aSmallReadingIsShownAsItsValueNotAsZero() {
        ok("facility", "add", "lab-bench", "--zone", "FR");
        ok("facility", "reading", "lab-bench", "--from", "2026-11-23", "--to", "2026-11-24", "--kwh", "0.00005",
                "--kind", "interval-meter", "--source", "smart meter export");

        var r = ok("facility", "show", "lab-bench");

        assertThat(r.out()).containsPattern("2026-11-23\\.\\.2026-11-24 +interval-meter +facility +0\\.00005 +smart meter export");
    }

    @Test
    void addRecordsTheFacilityOnceAndACorrectionAsANewRecord() {
        var first = ok("facility", "add", "dc-paris", "--zone", "FR", "--description", "Paris colocation, hall 2");
        var again = ok("facility", "add", "dc-paris", "--zone", "FR", "--description", "Paris colocation, hall 2");
        var moved = ok("facility", "add", "dc-paris", "--zone", "FR", "--description", "hall 3");

        assertThat(first.out()).startsWith("recorded facility dc-paris (zone FR) in sqlite ");
        assertThat(again.out()).isEqualTo("facility dc-paris is already recorded as given: nothing changed\n");
        assertThat(moved.out()).isEqualTo("recorded a correction of facility dc-paris (zone FR, hall 3); the earlier record is kept\n");
    }

    @Test
    void pueIsRecordedWithPeriodCategoryAndSource() throws Exception {
        ok("facility", "add", "dc-paris", "--zone", "FR");

        var r = ok("facility", "pue", "dc-paris", "--from", "2026-01", "--to", "2026-12", "--value", "1.3", "--measured",
                "--category", "2", "--source", "2026 BMS report");

        assertThat(r.out()).isEqualTo("recorded facility dc-paris PUE 1.300 for 2026, measured, ISO/IEC 30134-2 category 2 "
                + "(PDU output), source: 2026 BMS report\n");
        try (Ledger l = Ledger.open(cli.ledgerFile().toString())) {
            assertThat(l.facilities().pues("dc-paris")).containsExactly(PuePeriod.of("dc-paris", Period.year(2026), 1.3,
                    PuePeriod.Basis.MEASURED, 2, "2026 BMS report"));
        }
    }

    @Test
    void aPueForLessThanTwelveMonthsIsRecordedWithAWarning() {
        ok("facility", "add", "dc-paris", "--zone", "FR");

        var r = ok("facility", "pue", "dc-paris", "--from", "2026-10-01", "--to", "2026-11-01", "--value", "1.25", "--declared",
                "--source", "operator statement");

        assertThat(r.out()).isEqualTo("recorded facility dc-paris PUE 1.250 for 2026-10, declared, source: operator statement\n"
                + "warning: PUE 1.250 of facility dc-paris is for 2026-10, shorter than the 12 months over which ISO/IEC "
                + "30134-2 defines PUE: a shorter period follows the season and the load [pue-period-short]\n");
    }

    @Test
    void yearIsTheCalendarYearAndReAddingChangesNothing() {
        ok("facility", "add", "dc-paris", "--zone", "FR");
        ok("facility", "pue", "dc-paris", "--year", "2026", "--value", "1.3", "--declared", "--source", "design");

        var again = ok("facility", "pue", "dc-paris", "--year", "2026", "--value", "1.3", "--declared", "--source", "design");
        var fixed = ok("facility", "pue", "dc-paris", "--year", "2026", "--value", "1.31", "--declared", "--source", "design v2");

        assertThat(again.out()).isEqualTo("already recorded: facility dc-paris PUE 1.300 for 2026, declared, source: design "
                + "(nothing changed)\n");
        assertThat(fixed.out()).isEqualTo("recorded a correction: facility dc-paris PUE 1.310 for 2026, declared, source: "
                + "design v2 (the earlier record for 2026 is kept)\n");
    }

    @Test
    void readingIsRecordedWithKindPeriodAndSource() throws Exception {
        ok("facility", "add", "dc-paris", "--zone", "FR");

        var r = ok("facility", "reading", "dc-paris", "--from", "2026-10-01", "--to", "2026-11-01", "--kwh", "10000",
                "--kind", "utility-bill", "--source", "EDF invoice 2026-10");

        assertThat(r.out()).isEqualTo("recorded for facility dc-paris: utility-bill 10000 kWh over 2026-10, source: EDF "
                + "invoice 2026-10\n");
        try (Ledger l = Ledger.open(cli.ledgerFile().toString())) {
            assertThat(l.facilities().readings("dc-paris")).singleElement().satisfies(m -> {
                assertThat(m.kind()).isEqualTo(MeterReading.Kind.UTILITY_BILL);
                assertThat(m.period()).isEqualTo(Period.parse("2026-10"));
                assertThat(m.energy().kilowattHours()).isEqualTo(10_000);
            });
        }
    }

    @Test
    void listAndShowPrintWhatIsRecorded() throws Exception {
        ok("facility", "add", "dc-paris", "--zone", "FR", "--description", "hall 2");
        ok("facility", "add", "dc-lyon", "--zone", "FR");
        ok("facility", "pue", "dc-paris", "--year", "2026", "--value", "1.3", "--measured", "--category", "2", "--source", "BMS");
        ok("facility", "pue", "dc-paris", "--from", "2026-10", "--to", "2026-10", "--value", "1.25", "--declared", "--source", "ops");
        ok("facility", "reading", "dc-paris", "--from", "2026-10-01", "--to", "2026-11-01", "--kwh", "10000.5",
                "--kind", "utility-bill", "--source", "EDF 10");

        var list = ok("facility", "list");
        var show = ok("facility", "show", "dc-paris");
        JsonNode json = new ObjectMapper().readTree(ok("facility", "show", "dc-paris", "--json").out());
        JsonNode listJson = new ObjectMapper().readTree(ok("facility", "list", "--json").out());

        assertThat(list.out()).isEqualTo(String.join("\n",
                "NAME      ZONE  PUE PERIODS  READINGS  DESCRIPTION",
                "dc-lyon   FR              0         0",
                "dc-paris  FR              2         1  hall 2", ""));
        assertThat(show.out()).isEqualTo(String.join("\n",
                "facility dc-paris  zone FR  — hall 2",
                "",
                "PUE PERIOD  FROM (UTC)            TO (UTC, excl.)         PUE  BASIS                                              SOURCE",
                "2026        2026-01-01T00:00:00Z  2027-01-01T00:00:00Z  1.300  measured, ISO/IEC 30134-2 category 2 (PDU output)  BMS",
                "2026-10     2026-10-01T00:00:00Z  2026-11-01T00:00:00Z  1.250  declared                                           ops",
                "",
                "READING PERIOD  KIND          BOUNDARY      kWh  SOURCE",
                "2026-10         utility-bill  facility  10000.5  EDF 10",
                "",
                "warning: PUE 1.250 of facility dc-paris is for 2026-10, shorter than the 12 months over which ISO/IEC 30134-2 "
                        + "defines PUE: a shorter period follows the season and the load [pue-period-short]", ""));
        assertThat(json.get("pue")).hasSize(2);
        assertThat(json.get("pue").get(0).get("category").asInt()).isEqualTo(2);
        assertThat(json.get("meter_readings").get(0).get("kwh").asDouble()).isEqualTo(10000.5);
        assertThat(json.get("warnings").get(0).get("kind").asText()).isEqualTo("pue-period-short");
        assertThat(listJson.get(1).get("pue_periods").asInt()).isEqualTo(2);
    }

    @Test
    void listWithoutALedgerSaysSoAndCreatesNone() {
        var r = ok("facility", "list");

        assertThat(r.out()).startsWith("no facilities yet: there is no ledger at ");
        assertThat(cli.ledgerFile()).doesNotExist();
    }
}
