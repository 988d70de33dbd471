package io.wattprint.cli.factors;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.data.ReferenceData;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.grid.SeriesCsv;
import io.wattprint.ledger.FactorSeriesRepository.AppendResult;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.SeriesConflictException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wattprint factors import FILE}: one zone's factor series from a CSV file into the ledger. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import an emission factor series for one zone from a CSV file into the ledger.",
            "",
            "The file has a header and one row per point: start,end,g_per_kwh (ISO-8601 instants with Z or an "
                    + "offset, gCO2e/kWh). The end column is optional: without it each point lasts until the next "
                    + "row's start and the last one 1 hour (a gap then needs an end column).",
            "",
            "The whole file is refused at its first bad row (the message names the file, line, field and what was "
                    + "expected); nothing is stored unless every row is valid. Re-importing points already stored is "
                    + "a no-op, and the summary says how many were new and how many already present. A point that "
                    + "contradicts a stored one of the same series is refused: import corrections under a new --dataset."})
public final class FactorsImportCommand implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "FILE", description = "CSV file: start,end,g_per_kwh (end optional).")
    Path file;
    @Option(names = "--zone", required = true, paramLabel = "ZONE", description = "Grid zone of the series (e.g. FR, US-EGRID-CAMX, "
            + "Electricity Maps US-CAL-CISO), or a zone already in the ledger.")
    String zone;
    @Option(names = "--source", required = true, paramLabel = "TEXT", description = "Who published the series (e.g. 'Electricity Maps').")
    String source;
    @Option(names = "--dataset", paramLabel = "V", description = "Version of the source's dataset; a correction is a new version.")
    String dataset;
    @Option(names = "--basis", paramLabel = "average|marginal", defaultValue = "average",
            description = "Average grid mix or marginal emissions (default: ${DEFAULT-VALUE}).")
    String basis;
    @Option(names = "--boundary", paramLabel = "lifecycle|direct", defaultValue = "lifecycle",
            description = "Lifecycle (upstream included) or direct (combustion only) (default: ${DEFAULT-VALUE}).")
    String boundary;
    @Option(names = "--licence", paramLabel = "TEXT", description = "Licence of the data (e.g. ODbL, CC BY 4.0).")
    String licence;
    @Option(names = "--dry-run", description = "Check the file and say what would be stored; store nothing.")
    boolean dryRun;
    @Option(names = "--json", description = "Print the summary as a JSON object.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    FactorsImportCommand(Cli cli) { this.cli = cli; }

    /** The {@code --json} object: the series read, how many points were new and how many already present. */
    record Imported(String file, String zone, String source, String dataset, String basis, String boundary, String licence,
                    int points, String from, String to, @JsonProperty("new") int added, int alreadyPresent, boolean dryRun,
                    String ledger) {}

    @Override
    public Integer call() {
        Basis b = choice("--basis", basis, Basis.class);
        Boundary bd = choice("--boundary", boundary, Boundary.class);
        if (source.isBlank()) throw UserException.usage("invalid value for --source: it is empty (expected who published the series)");
        ReferenceData data = cli.data();
        String z = ZoneArg.resolve(cli, data, zone, ledgerOption.db);
        SeriesCsv.Rows rows;
        FactorSeries series;
        try {
            rows = SeriesCsv.read(file);
            series = SeriesCsv.series(file, rows, points -> new FactorSeries(z, source, dataset, b, bd, licence, points));
        } catch (ImportException e) {
            throw UserException.usage(e.getMessage());
        }
        AppendResult result;
        String ledgerName;
        try (Ledger ledger = cli.openLedger(ledgerOption.db)) {
            ledgerName = ledger.describe();
            result = dryRun ? ledger.factorSeries().check(series) : ledger.factorSeries().append(series, cli.clock().instant());
        } catch (SeriesConflictException e) {
            throw UserException.usage(file + " line " + rows.lines().get(e.pointIndex()) + ": " + e.getMessage());
        }
        if (json) {
            Json.print(cli.out(), new Imported(file.toString(), series.zone(), series.source(), series.dataset(),
                    b.name().toLowerCase(Locale.ROOT), bd.name().toLowerCase(Locale.ROOT), series.licence(), series.points().size(),
                    series.from().toString(), series.to().toString(), result.added(), result.alreadyPresent(), dryRun, ledgerName));
            return 0;
        }
        PrintWriter out = cli.out();
        out.println(Terminal.safe((dryRun ? "dry run, nothing stored: " : "imported ") + file + ": " + series.points().size() + " points from "
                + series.from() + " to " + series.to()));
        out.println(Terminal.safe("  series: " + series.label() + (series.licence() == null ? "" : ", licence " + series.licence())));
        out.println("  " + result.added() + (dryRun ? " would be new, " : " new, ") + result.alreadyPresent() + " already present"
                + " (" + ledgerName + ")");
        out.flush();
        return 0;
    }

    private static <E extends Enum<E>> E choice(String option, String text, Class<E> type) {
        for (E e : type.getEnumConstants()) if (e.name().equalsIgnoreCase(text.strip())) return e;
        StringBuilder expected = new StringBuilder();
        for (E e : type.getEnumConstants()) expected.append(expected.length() == 0 ? "" : " or ").append(e.name().toLowerCase(Locale.ROOT));
        throw UserException.usage("invalid value for " + option + ": '" + text + "' (expected " + expected + ")");
    }
}
