package io.wattprint.cli.data;

import io.wattprint.cli.Cli;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.core.figure.Figures;
import io.wattprint.data.PueRow;
import io.wattprint.data.ReferenceData;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wattprint data pue}: published PUEs of providers and industry averages. */
@Command(name = "pue", mixinStandardHelpOptions = true,
        description = "Published PUEs (providers, industry averages) with year, category and source.")
public final class PueCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    PueCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        ReferenceData data = cli.data();
        List<PueRow> rows = data.pue().rows();
        if (json) {
            Json.print(cli.out(), rows.stream().map(PueJson::of).toList());
            return 0;
        }
        Table t = new Table("SCOPE", ">YEAR", ">PUE", "CATEGORY", "SOURCE", "LICENCE");
        for (PueRow r : rows) t.row(r.scope(), r.year(), Figures.format(r.pue(), 3), r.category(), r.source(), r.licence());
        t.print(cli.out());
        cli.out().println(data.version() + ": " + rows.size() + " PUE figure(s)");
        return 0;
    }

    /** A shipped PUE figure in {@code --json}. */
    record PueJson(String scope, int year, double pue, String category, String source, String licence) {
        static PueJson of(PueRow r) { return new PueJson(r.scope(), r.year(), r.pue(), r.category(), r.source(), r.licence()); }
    }
}
