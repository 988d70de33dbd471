package io.wattprint.cli.scope2;

import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.NumberArg;
import io.wattprint.cli.NumberArg.Range;
import io.wattprint.cli.Cli;
import io.wattprint.cli.ExitCode;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.InstrumentType;
import io.wattprint.core.scope2.MarketBoundary;
import io.wattprint.ledger.InstrumentRepository.Outcome;
import io.wattprint.ledger.Ledger;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint instruments add}: records one contractual instrument in the ledger. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Record a contractual instrument for market-based Scope 2.",
            "",
            "Types: GO, REC, I-REC (energy attribute certificates), PPA, SUPPLIER-RATE. The rate defaults to 0 "
                    + "gCO2e/kWh (renewable generation) except for SUPPLIER-RATE, which needs --rate-g-per-kwh.",
            "An instrument is applied only if it meets the Scope 2 Quality Criteria wattprint scope2 checks: "
                    + "vintage in the reporting window, a market containing the consumption's zone, retired for the reporter."
        })
public final class InstrumentsAddCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The instrument's id (its natural key), e.g. the certificate bundle id.")
    String id;
    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "GO, REC, I-REC, PPA or SUPPLIER-RATE.")
    String type;
    @Option(names = "--mwh", required = true, paramLabel = "MWH", description = "MWh of generation it certifies (more than 0).")
    double mwh;
    @Option(names = "--vintage", paramLabel = "YEAR", description = "Vintage: the calendar year of generation.")
    Integer vintage;
    @Option(names = "--vintage-from", paramLabel = "DATE", description = "Vintage start (a date, UTC), with --vintage-to.")
    String vintageFrom;
    @Option(names = "--vintage-to", paramLabel = "DATE", description = "Vintage end, exclusive (a date, UTC).")
    String vintageTo;
    @Option(names = "--zone", required = true, paramLabel = "ZONE", description = "Grid zone of the generation (FR, DE, US-EGRID-CAMX).")
    String zone;
    @Option(names = "--market", split = ",", paramLabel = "ZONE", description = "Zones of the market it may be claimed in (default: its zone), e.g. FR,DE,NL.")
    List<String> market;
    @Option(names = "--market-name", paramLabel = "NAME", description = "Name of that market (default: the zone list), e.g. EU-AIB.")
    String marketName;
    @Option(names = "--rate-g-per-kwh", paramLabel = "G", description = "Emission rate in gCO2e/kWh (= kg/MWh); default 0 except for SUPPLIER-RATE.")
    Double rate;
    @Option(names = "--retired-for", paramLabel = "ENTITY", description = "The entity it was retired or cancelled for.")
    String retiredFor;
    @Option(names = "--registry", paramLabel = "TEXT", description = "Tracking registry and certificate id (one claim per certificate).")
    String registry;
    @Option(names = "--json", description = "Print the recorded instrument as JSON.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    InstrumentsAddCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        ContractualInstrument instrument = instrument();
        try (Ledger ledger = cli.openLedger(ledgerOption.db)) {
            Outcome outcome = ledger.instruments().add(instrument);
            if (outcome == Outcome.CONFLICT) {
                ContractualInstrument stored = ledger.instruments().find(instrument.id()).orElseThrow();
                throw new UserException(ExitCode.USAGE, "instrument " + instrument.id() + " is already recorded with other values ("
                        + stored.describe() + "); records are append-only: give a corrected instrument a new id");
            }
            if (json) {
                Json.print(cli.out(), new InstrumentJson.Added(InstrumentJson.outcome(outcome == Outcome.ADDED),
                        InstrumentJson.of(instrument)));
            } else {
                cli.out().println(Terminal.safe((outcome == Outcome.ADDED ? "recorded " : "already recorded, nothing changed: ")
                        + instrument.describe()));
            }
            return 0;
        }
    }

    private ContractualInstrument instrument() {
        String theId = Options.required("--id", id, "an instrument id");
        InstrumentType t;
        try {
            t = InstrumentType.parse(type);
        } catch (IllegalArgumentException e) {
            throw UserException.usage("invalid value for --type: '" + type + "' (expected GO, REC, I-REC, PPA or SUPPLIER-RATE)");
        }
        NumberArg.check("--mwh", mwh, Range.positive("MWh", NumberArg.MAX_MWH));
        if (rate == null && t == InstrumentType.SUPPLIER_RATE) {
            throw UserException.usage("missing --rate-g-per-kwh: a SUPPLIER-RATE instrument needs the supplier's emission rate");
        }
        double g = rate == null ? 0 : rate;
        NumberArg.check("--rate-g-per-kwh", g, Range.zeroOrMore("gCO2e/kWh", NumberArg.MAX_G_PER_KWH));
        String theZone = Options.required("--zone", zone, "a grid zone such as FR");
        ContractualInstrument.Builder b = ContractualInstrument.builder(theId, t).megawattHours(mwh).zone(theZone)
                .rateGramsPerKwh(g).retiredFor(retiredFor).registry(registry);
        vintage(b);
        if (market != null) {
            Set<String> zones = new LinkedHashSet<>();
            for (String z : market) zones.add(Options.required("--market", z, "comma-separated zones such as FR,DE"));
            if (!zones.contains(theZone)) {
                throw UserException.usage("invalid value for --market: " + String.join(",", market) + " (expected zones that include "
                        + "the instrument's own zone " + theZone + ")");
            }
            b.market(marketName == null ? MarketBoundary.of(zones)
                    : new MarketBoundary(Options.required("--market-name", marketName, "a market name"), zones));
        } else if (marketName != null) {
            throw UserException.usage("--market-name needs --market (the zones of that market)");
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw UserException.usage(e.getMessage());
        }
    }

    private void vintage(ContractualInstrument.Builder b) {
        boolean range = vintageFrom != null || vintageTo != null;
        if (vintage != null && range) {
            throw UserException.usage("give either --vintage YEAR or --vintage-from/--vintage-to, not both");
        }
        if (vintage != null) {
            Options.year("--vintage", vintage);
            b.vintageYear(vintage);
            return;
        }
        if (vintageFrom == null || vintageTo == null) {
            throw UserException.usage("missing vintage: give --vintage YEAR, or --vintage-from DATE and --vintage-to DATE");
        }
        Instant from = Options.date("--vintage-from", vintageFrom);
        Instant to = Options.date("--vintage-to", vintageTo);
        if (!to.isAfter(from)) {
            throw UserException.usage("invalid value for --vintage-to: " + vintageTo + " (expected a date after --vintage-from "
                    + vintageFrom + "; the vintage is [from, to))");
        }
        b.vintage(from, to);
    }
}
