package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input to instruments add / residual-mix and scope2: exit 2, one line naming the option and what was expected. */
class Scope2CommandNegativeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    private CliHarness.Result addWith(String option, String value) {
        Map<String, String> o = new LinkedHashMap<>(Map.of("--id", "GO-17", "--type", "GO", "--mwh", "600", "--vintage", "2026",
                "--zone", "FR"));
        o.put(option, value);
        List<String> args = new ArrayList<>(List.of("instruments", "add"));
        o.forEach((k, v) -> args.add(k + "=" + v));
        return cli.run(args.toArray(String[]::new));
    }

    private static void assertUsageError(CliHarness.Result r, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("wattprint: " + message + "\n");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--mwh            | 0      | invalid value for --mwh: 0 (expected MWh, more than 0 and at most 1e9)",
        "--mwh            | -5     | invalid value for --mwh: -5 (expected MWh, more than 0 and at most 1e9)",
        "--mwh            | NaN    | invalid value for --mwh: NaN (expected MWh, more than 0 and at most 1e9)",
        "--rate-g-per-kwh | -1     | invalid value for --rate-g-per-kwh: -1 (expected gCO2e/kWh, 0 or more and at most 10000)",
        "--type           | offset | invalid value for --type: 'offset' (expected GO, REC, I-REC, PPA or SUPPLIER-RATE)",
        "--vintage        | 1850   | invalid value for --vintage: 1850 (expected a year from 1990 to 2100)",
        "--zone           | ' '    | invalid value for --zone: it must not be blank (expected a grid zone such as FR)",
        "--id             | ' '    | invalid value for --id: it must not be blank (expected an instrument id)",
        "--market         | DE,NL  | invalid value for --market: DE,NL (expected zones that include the instrument's own zone FR)",
    })
    void badInstrumentValueExitsTwoNamingTheOption(String option, String value, String message) {
        assertUsageError(addWith(option, value), message);
    }

    @Test
    void aVintageIsRequired() {
        var r = cli.run("instruments", "add", "--id", "GO-1", "--type", "GO", "--mwh", "1", "--zone", "FR");

        assertUsageError(r, "missing vintage: give --vintage YEAR, or --vintage-from DATE and --vintage-to DATE");
    }

    @Test
    void aYearAndARangeTogetherAreRefused() {
        var r = cli.run("instruments", "add", "--id", "GO-1", "--type", "GO", "--mwh", "1", "--zone", "FR", "--vintage", "2026",
                "--vintage-from", "2026-01-01", "--vintage-to", "2026-07-01");

        assertUsageError(r, "give either --vintage YEAR or --vintage-from/--vintage-to, not both");
    }

    @Test
    void anEmptyVintageRangeIsRefused() {
        var r = cli.run("instruments", "add", "--id", "GO-1", "--type", "GO", "--mwh", "1", "--zone", "FR",
                "--vintage-from", "2026-07-01", "--vintage-to", "2026-07-01");

        assertUsageError(r, "invalid value for --vintage-to: 2026-07-01 (expected a date after --vintage-from 2026-07-01; "
                + "the vintage is [from, to))");
    }

    @Test
    void aVintageDateThatIsNotADateIsRefused() {
        var r = cli.run("instruments", "add", "--id", "GO-1", "--type", "GO", "--mwh", "1", "--zone", "FR",
                "--vintage-from", "2026-13-01", "--vintage-to", "2027-01-01");

        assertUsageError(r, "invalid value for --vintage-from: '2026-13-01' (expected a date such as 2026-01-01)");
    }

    @Test
    void aSupplierRateNeedsItsRate() {
        var r = cli.run("instruments", "add", "--id", "SUP-1", "--type", "supplier-rate", "--mwh", "1", "--zone", "FR", "--vintage", "2026");

        assertUsageError(r, "missing --rate-g-per-kwh: a SUPPLIER-RATE instrument needs the supplier's emission rate");
    }

    @Test
    void otherValuesUnderARecordedIdAreRefused() {
        assertThat(addWith("--mwh", "600").code()).isZero();

        var r = addWith("--mwh", "500");

        assertUsageError(r, "instrument GO-17 is already recorded with other values (GO GO-17: 600 MWh, vintage 2026, market FR, "
                + "rate 0.000 gCO2e/kWh); records are append-only: give a corrected instrument a new id");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--g-per-kwh | -1   | invalid value for --g-per-kwh: -1 (expected gCO2e/kWh, 0 or more and at most 10000)",
        "--year      | 1800 | invalid value for --year: 1800 (expected a year from 1990 to 2100)",
        "--source    | ' '  | invalid value for --source: it must not be blank (expected who published the factor)",
        "--zone      | ' '  | invalid value for --zone: it must not be blank (expected a grid zone such as FR)",
    })
    void badResidualMixValueExitsTwoNamingTheOption(String option, String value, String message) {
        Map<String, String> o = new LinkedHashMap<>(Map.of("--zone", "FR", "--year", "2026", "--g-per-kwh", "550", "--source", "AIB"));
        o.put(option, value);
        List<String> args = new ArrayList<>(List.of("instruments", "residual-mix"));
        o.forEach((k, v) -> args.add(k + "=" + v));

        assertUsageError(cli.run(args.toArray(String[]::new)), message);
    }

    /** Issue 16 item 5: a residual mix's composition — all three shares, each 0-100, adding up to 100. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'--renewable-pct=5'                                  | the residual mix's composition needs --renewable-pct, "
                + "--nuclear-pct and --fossil-pct together; missing --nuclear-pct, --fossil-pct",
        "'--renewable-pct=5,--nuclear-pct=60'                 | the residual mix's composition needs --renewable-pct, "
                + "--nuclear-pct and --fossil-pct together; missing --fossil-pct",
        "'--renewable-pct=5,--nuclear-pct=60,--fossil-pct=30' | invalid values for --renewable-pct, --nuclear-pct and "
                + "--fossil-pct: they add up to 95 (expected 100 ± 0.5)",
        "'--renewable-pct=-5,--nuclear-pct=70,--fossil-pct=35' | invalid value for --renewable-pct: -5 (expected %, 0 or more and at most 100)",
        "'--renewable-pct=5,--nuclear-pct=NaN,--fossil-pct=35' | invalid value for --nuclear-pct: NaN (expected %, 0 or more and at most 100)",
    })
    void aBadResidualMixCompositionExitsTwoNamingTheOptions(String options, String message) {
        List<String> args = new ArrayList<>(List.of("instruments", "residual-mix", "--zone=FR", "--year=2026", "--g-per-kwh=550",
                "--source=AIB"));
        args.addAll(List.of(options.split(",")));

        assertUsageError(cli.run(args.toArray(String[]::new)), message);
        assertThat(cli.run("instruments", "list", "--json").out()).contains("\"residual_mixes\" : [ ]");
    }

    @Test
    void anotherValueForARecordedResidualMixIsRefused() {
        assertThat(cli.run("instruments", "residual-mix", "--zone", "FR", "--year", "2026", "--g-per-kwh", "550", "--source", "AIB").code()).isZero();

        var r = cli.run("instruments", "residual-mix", "--zone", "FR", "--year", "2026", "--g-per-kwh", "551", "--source", "AIB");

        assertUsageError(r, "a residual mix for FR 2026 from 'AIB' is already recorded with another value; records are append-only: "
                + "record a corrected edition under another --source");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--year                  | 99  | invalid value for --year: 99 (expected a year from 1990 to 2100)",
        "--vintage-months-before | -1  | invalid value for --vintage-months-before: -1 (expected months, 0 to 120)",
        "--vintage-months-after  | 500 | invalid value for --vintage-months-after: 500 (expected months, 0 to 120)",
        "--reporter              | ' ' | invalid value for --reporter: it must not be blank (expected the reporting entity)",
    })
    void badScope2ValueExitsTwoNamingTheOption(String option, String value, String message) {
        Map<String, String> o = new LinkedHashMap<>(Map.of("--year", "2026"));
        o.put(option, value);
        List<String> args = new ArrayList<>(List.of("scope2"));
        o.forEach((k, v) -> args.add(k + "=" + v));

        assertUsageError(cli.run(args.toArray(String[]::new)), message);
    }

    @Test
    void scope2NeedsAYear() {
        var r = cli.run("scope2");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--year=YEAR'").doesNotContain("Exception");
    }

    @Test
    void instrumentsWithoutASubcommandIsAUsageError() {
        var r = cli.run("instruments");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a subcommand is required: add, list or residual-mix");
    }
}
