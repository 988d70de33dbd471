package io.wattprint.cli.data;

import io.wattprint.cli.Cli;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.core.figure.Figures;
import io.wattprint.data.HardwareRow;
import io.wattprint.data.ReferenceData;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wattprint data hardware}: GPU and CPU thermal design power. */
@Command(name = "hardware", mixinStandardHelpOptions = true,
        description = "GPU and CPU parts with their TDP (W) and source, used by the estimators.")
public final class HardwareCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--kind", description = "gpu or cpu.")
    String kind;
    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    HardwareCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        if (kind != null && !List.of("gpu", "cpu").contains(kind.toLowerCase(Locale.ROOT))) {
            throw UserException.usage("invalid value for --kind: '" + kind + "' (expected gpu or cpu)");
        }
        ReferenceData data = cli.data();
        List<HardwareRow> rows = data.hardware().rows().stream()
                .filter(r -> kind == null || r.kind().equalsIgnoreCase(kind)).toList();
        if (json) {
            Json.print(cli.out(), rows.stream().map(HardwareJson::of).toList());
            return 0;
        }
        Table t = new Table("KIND", "VENDOR", "MODEL", ">TDP W", "SOURCE");
        for (HardwareRow r : rows) t.row(r.kind(), r.vendor(), r.model(), Figures.format(r.tdpWatts(), 0), r.source());
        t.print(cli.out());
        cli.out().println(data.version() + ": " + rows.size() + " part(s)");
        return 0;
    }

    /** A shipped hardware row in {@code --json}. */
    record HardwareJson(String kind, String vendor, String model, double tdpW, List<String> aliases, String source) {
        static HardwareJson of(HardwareRow r) {
            return new HardwareJson(r.kind(), r.vendor(), r.model(), r.tdpWatts(), r.aliases(), r.source());
        }
    }
}
