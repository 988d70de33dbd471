package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad facility input exits 2 with one line naming the option and what was expected; nothing is recorded. */
class FacilityCommandNegativeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        assertThat(cli.run("facility", "add", "dc-paris", "--zone", "FR").code()).isZero();
    }

    private void assertUsageError(CliHarness.Result r, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("wattprint: " + message + "\n");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dc paris | FR            | invalid facility name: 'dc paris' is not a facility name (expected 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit)",
        "dc-x     | Atlantis      | invalid value for --zone: unknown location 'Atlantis'",
        "dc-x     | aws:eu-west-3 | invalid value for --zone: aws:eu-west-3 is a cloud region; a facility's zone is a grid zone (FR for this region)",
    })
    void addRefusesABadNameOrZone(String name, String zone, String message) {
        var r = cli.run("facility", "add", name, "--zone", zone);

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).startsWith("wattprint: " + message);
        assertThat(r.err().lines()).hasSize(1);
    }

    /** facility pue with the default options, one replaced or removed (value null). */
    private CliHarness.Result pue(String... overrides) {
        java.util.Map<String, String> o = new java.util.LinkedHashMap<>();
        o.put("--year", "2026");
        o.put("--value", "1.3");
        o.put("--measured", "");
        o.put("--category", "2");
        o.put("--source", "BMS");
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) o.remove(overrides[i]); else o.put(overrides[i], overrides[i + 1]);
        }
        List<String> args = new ArrayList<>(List.of("facility", "pue", "dc-paris"));
        o.forEach((k, v) -> {
            args.add(k);
            if (!v.isEmpty()) args.add(v);
        });
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void aPueBelowOneNamesTheFacilityAndThePeriod() {
        assertUsageError(pue("--value", "0.95"), "invalid value for --value: PUE of facility dc-paris for 2026 must be between "
                + "1.0 and 5.0 (total facility energy / IT equipment energy, ISO/IEC 30134-2), got 0.95");
        assertUsageError(pue("--value", "NaN"), "invalid value for --value: PUE of facility dc-paris for 2026 must be between "
                + "1.0 and 5.0 (total facility energy / IT equipment energy, ISO/IEC 30134-2), got NaN");
    }

    @Test
    void measuredNeedsACategoryFromOneToThreeAndDeclaredTakesNone() {
        assertUsageError(pue("--category", null), "missing --category for a measured PUE (1 UPS output, 2 PDU output, 3 IT "
                + "equipment input)");
        assertUsageError(pue("--category", "4"), "invalid value for --category: 4 (expected 1 UPS output, 2 PDU output or 3 IT "
                + "equipment input)");
        assertUsageError(pue("--measured", null, "--declared", ""), "--category applies to a measured PUE only (ISO/IEC 30134-2 "
                + "measurement category); drop it or use --measured");
        assertUsageError(pue("--measured", null, "--category", null), "give either --measured (with --category 1, 2 or 3) or --declared");
        assertUsageError(pue("--declared", ""), "give either --measured (with --category 1, 2 or 3) or --declared");
    }

    @Test
    void thePeriodIsYearOrFromAndTo() {
        assertUsageError(pue("--year", null), "missing the period: give --from and --to (2026-01 and 2026-12, or 2026-10-01 and "
                + "2026-11-01), or --year");
        assertUsageError(pue("--from", "2026-01", "--to", "2026-12"), "give either --year or --from and --to, not both");
        assertUsageError(pue("--year", null, "--from", "January", "--to", "2026-12"),
                "invalid value for --from: 'January' is not a month (2026-10) or a date (2026-10-01)");
        assertUsageError(pue("--year", null, "--from", "2026-05", "--to", "2026-05-01"), "invalid period: --to 2026-05-01 does "
                + "not end after --from 2026-05 starts (a month as --to includes that month; a date as --to is the day the "
                + "period ends, exclusive)");
        assertUsageError(pue("--source", " "), "invalid value for --source: it is empty (say where the figure comes from)");
    }

    @Test
    void aPueOrReadingForAnUnknownFacilityNamesTheKnownOnes() {
        var r = cli.run("facility", "pue", "dc-lyon", "--year", "2026", "--value", "1.3", "--declared", "--source", "x");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("wattprint: unknown facility 'dc-lyon' in sqlite ")
                .endsWith(" (known: dc-paris; add one with wattprint facility add)\n");
        assertThat(cli.run("facility", "show", "dc-lyon").err()).contains("unknown facility 'dc-lyon'");
    }

    private CliHarness.Result reading(String from, String to, String kwh, String kind, String source) {
        return cli.run("facility", "reading", "dc-paris", "--from", from, "--to", to, "--kwh", kwh, "--kind", kind, "--source", source);
    }

    @Test
    void aReadingNeedsPositiveKwhAKnownKindAndASource() {
        assertUsageError(reading("2026-10-01", "2026-11-01", "0", "bms", "x"),
                "invalid value for --kwh: 0 (expected a number of kWh, more than 0 and at most 1e12)");
        assertUsageError(reading("2026-10-01", "2026-11-01", "-5", "bms", "x"),
                "invalid value for --kwh: -5 (expected a number of kWh, more than 0 and at most 1e12)");
        assertUsageError(reading("2026-10-01", "2026-11-01", "10", "bill", "x"),
                "invalid value for --kind: 'bill' (expected one of utility-bill, interval-meter, bms, pdu)");
        assertUsageError(reading("2026-10-01", "2026-11-01", "10", "bms", ""),
                "invalid value for --source: it is empty (say where the figure comes from)");
        assertUsageError(reading("2026-11-01", "2026-10-01", "10", "bms", "x"), "invalid period: --to 2026-10-01 does not end "
                + "after --from 2026-11-01 starts (a month as --to includes that month; a date as --to is the day the period "
                + "ends, exclusive)");
    }

    @Test
    void anOverlappingReadingIsRefusedNamingBoth() {
        assertThat(reading("2026-10-01", "2026-11-01", "10000", "utility-bill", "EDF 10").code()).isZero();

        assertUsageError(reading("2026-10-15", "2026-11-15", "9000", "interval-meter", "smart meter"),
                "meter readings of facility dc-paris overlap: utility-bill 10000 kWh over 2026-10, source: EDF 10; and "
                        + "interval-meter 9000 kWh over 2026-10-15..2026-11-15, source: smart meter (readings at the same "
                        + "boundary must not overlap, or the energy would be counted twice); a correction of a stored reading "
                        + "has the same kind and period");
    }

    @Test
    void showWithoutALedgerIsAUsageError() {
        CliHarness empty = new CliHarness(tmp.resolve("other"));
        var r = empty.run("facility", "show", "dc-paris");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("wattprint: unknown facility 'dc-paris': there is no ledger at ");
        assertThat(empty.ledgerFile()).doesNotExist();
    }

    @Test
    void facilityWithoutSubcommandIsAUsageError() {
        var r = cli.run("facility");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a subcommand is required: add, pue, reading, list or show");
    }
}
