package io.wattprint.cli.factors;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.TimeArg;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.cli.out.Terminal;
import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.figure.Figures;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint factors list --zone ZONE}: the factor series points stored for a zone. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the emission factor series stored for a zone and their points, the most recently imported "
                + "series first (where two series cover the same time, a run uses the average-basis one, then the newer).")
public final class FactorsListCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--zone", required = true, paramLabel = "ZONE", description = "Grid zone (e.g. FR, US-CAL-CISO) or any zone "
            + "series were imported under (gcp:europe-west1, azure:sydney).")
    String zone;
    @Option(names = "--from", paramLabel = "TIME", description = "Only points ending after this (2026-10-01, 2026-10-01T10:00:00Z or 7d).")
    String from;
    @Option(names = "--to", paramLabel = "TIME", description = "Only points starting before this.")
    String to;
    @Option(names = "--json", description = "Print a JSON array of series with their points.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    FactorsListCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        Instant f = TimeArg.parse("--from", from, cli.clock());
        Instant t = TimeArg.parse("--to", to, cli.clock());
        if (f != null && t != null && !t.isAfter(f)) {
            throw UserException.usage("invalid value for --to: " + t + " is not after --from " + f + " (expected a later time)");
        }
        String z = ZoneArg.resolve(cli, cli.data(), zone, ledgerOption.db);
        List<FactorSeries> series = cli.fromExistingLedger(ledgerOption.db, ledger -> ledger.factorSeries().series(z, f, t),
                List::of);
        if (json) {
            Json.print(cli.out(), series.stream().map(SeriesJson::of).toList());
            return 0;
        }
        PrintWriter out = cli.out();
        // A zone mapped to an Electricity Maps zone (US-EGRID-CAMX → US-CAL-CISO): its runs use that zone's series too.
        String mapped = cli.data().zoneMappings().forLocation(io.wattprint.core.model.Location.zone(z))
                .map(m -> "runs in " + z + " also use the factor series of " + m.emZone() + ", through the mapping " + m.describe()
                        + ": wattprint factors list --zone " + m.emZone())
                .orElse(null);
        if (series.isEmpty()) {
            out.println("no factor series for zone " + z + (f != null || t != null ? " in that time range" : "")
                    + " (wattprint factors import adds one; runs use the annual factor: wattprint data factors --zone " + z + ")");
            if (mapped != null) out.println(mapped);
            out.flush();
            return 0;
        }
        for (FactorSeries s : series) {
            out.println(Terminal.safe(s.label() + (s.licence() == null ? "" : ", licence " + s.licence()) + ": " + s.points().size()
                    + (s.points().size() == 1 ? " point" : " points") + " from " + s.from() + " to " + s.to()));
            Table table = new Table("START", "END", ">gCO2e/kWh");
            for (FactorSeries.Point p : s.points()) table.row(p.from(), p.to(), Figures.format(p.intensity().gramsPerKwh(), 3));
            table.print(out);
            out.println();
        }
        if (mapped != null) out.println(mapped);
        out.flush();
        return 0;
    }

    /** One stored series in {@code --json}: its citation and its points. */
    record SeriesJson(String zone, String source, String dataset, String basis, String boundary, String licence,
                      List<PointJson> points) {
        static SeriesJson of(FactorSeries s) {
            return new SeriesJson(s.zone(), s.source(), s.dataset(), s.basis().name().toLowerCase(Locale.ROOT),
                    s.boundary().name().toLowerCase(Locale.ROOT), s.licence(),
                    s.points().stream().map(p -> new PointJson(p.from().toString(), p.to().toString(),
                            p.intensity().gramsPerKwh())).toList());
        }
    }

    /** One point of a series: [start, end) and its factor. */
    record PointJson(String start, String end, double gPerKwh) {}
}
