package io.wattprint.cli.report;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.NumberArg;
import io.wattprint.cli.UserException;
import io.wattprint.cli.scope2.Options;
import io.wattprint.cli.scope2.Scope2RulesOptions;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.esrs.EnergyMix;
import io.wattprint.report.esrs.EsrsE1Report;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint report esrs-e1}: the ESRS E1-5 / E1-6 datapoints of the AI portfolio. */
@Command(name = "esrs-e1", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "ESRS E1 datapoints of the AI portfolio for a year, with the prior year and a base year: E1-5 energy "
                    + "consumption and mix (MWh: E1-5_01 total own operations, _02 fossil, _03 nuclear, _05 renewable, _09 "
                    + "renewable %%), E1-6 gross GHG emissions (tCO2e: _07 Scope 1, _09 Scope 2 location-based, _10 Scope 2 "
                    + "market-based, _11 Scope 3, _12/_13 totals) and _30/_31 intensity per net revenue.",
            "",
            "Boundary: runs CLOSED in the calendar year (UTC). Runs on own or colocated hardware (no cloud region) are "
                    + "Scope 2 and own-operations energy. Runs in a cloud region are purchased cloud compute: Scope 3 category 1 "
                    + "(Category11CloudComputingAndDataCentreServicesMember), not Scope 2; where the provider reported its "
                    + "own emissions for the year (ingest aws-carbon, gcp-carbon, azure-carbon) they replace its runs, else "
                    + "the runs' location-based CO2e is used, labelled an estimate. Scope 1 is not reported (no fuel "
                    + "combustion is recorded) and the totals exclude it. Embodied hardware carbon is in no datapoint or total; "
                    + "with hardware records a memo gives its amortised figure for the year (wattprint hardware embodied).",
            "",
            "Energy mix: MWh covered by a 0-rate EAC or PPA are renewable; the rest of each zone is split by --energy-mix; "
                    + "MWh of a zone/year without a mix row are 'not determined', never guessed. MWh and tCO2e are rounded "
                    + "to 3 decimals and totals are sums of the rounded parts. Formats: md (default), html, pdf (needs --out), "
                    + "csv, json (keyed by datapoint id)."
        })
public final class EsrsE1Command implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Reporting year: runs closed in it (UTC).")
    int year;
    @Option(names = "--base-year", paramLabel = "YEAR", description = "Base year (default: the first year with runs "
            + "closed in all 12 months, else the earliest year with closed runs; the report states which).")
    Integer baseYear;
    @Option(names = "--net-revenue", paramLabel = "AMOUNT", description = "Net revenue of the year, for E1-6_30/_31 "
            + "(tCO2e per million currency units).")
    String netRevenue;
    @Option(names = "--currency", paramLabel = "CODE", defaultValue = "EUR", description = "Currency of --net-revenue "
            + "(default: ${DEFAULT-VALUE}).")
    String currency;
    @Option(names = "--energy-mix", paramLabel = "FILE", description = "CSV zone,year,fossil_pct,nuclear_pct,renewable_pct,source: "
            + "the generation mix of each grid zone and year.")
    Path energyMix;
    @Mixin
    Scope2RulesOptions scope2;
    @Mixin
    ReportOutputOptions output;
    @Mixin
    LedgerOption ledgerOption;

    EsrsE1Command(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        Options.year("--year", year);
        if (baseYear != null) {
            Options.year("--base-year", baseYear);
            if (baseYear > year) {
                throw UserException.usage("invalid value for --base-year: " + baseYear + " (expected " + year
                        + " or earlier: the base year cannot be after --year)");
            }
        }
        scope2.check();
        BigDecimal revenue = revenue();
        String cur = currency.strip().toUpperCase(Locale.ROOT);
        if (!cur.matches("[A-Z]{3}")) {
            throw UserException.usage("invalid value for --currency: '" + currency + "' (expected an ISO 4217 code such as EUR)");
        }
        if (!cur.equals("EUR") && revenue == null) {
            throw UserException.usage("--currency " + cur + " needs --net-revenue AMOUNT");
        }
        EnergyMix mix = mix();
        ReportFormat f = output.format(Scope2ReportCommand.FORMATS);
        output.checkDestination(f);
        EsrsE1Report.Options o = new EsrsE1Report.Options(year, baseYear, revenue, cur, mix,
                scope2.reporter(), scope2.monthsBefore(), scope2.monthsAfter());
        EsrsE1Report.Inputs in = cli.fromExistingLedger(ledgerOption.db, l -> EsrsE1Report.Inputs.read(l, year),
                EsrsE1Report.Inputs::empty);
        ReportOutput report = EsrsE1Report.build(in, o, cli.clock().instant());
        output.write(cli, report, f);
        return 0;
    }

    private BigDecimal revenue() {
        // At least one currency unit: below it the intensity per million would be an absurd figure, or 0 where a
        // revenue too small for a double was divided by.
        return NumberArg.decimal("--net-revenue", netRevenue, NumberArg.Range.between("an amount", 1, 1e15), "125000000");
    }

    private EnergyMix mix() {
        if (energyMix == null) return EnergyMix.none();
        if (!Files.isRegularFile(energyMix) || !Files.isReadable(energyMix)) {
            throw UserException.usage("invalid value for --energy-mix: cannot read " + energyMix + " (expected a readable CSV file "
                    + "with the header " + EnergyMix.HEADER + ")");
        }
        try {
            return EnergyMix.read(energyMix);
        } catch (IOException e) {
            throw UserException.usage("invalid value for --energy-mix: cannot read " + energyMix + ": " + e.getMessage());
        } catch (EnergyMix.InvalidMix e) {
            throw UserException.usage("invalid value for --energy-mix: " + e.getMessage());
        }
    }
}
