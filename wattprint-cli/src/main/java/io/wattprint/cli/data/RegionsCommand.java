package io.wattprint.cli.data;

import io.wattprint.cli.Cli;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.data.CloudRegion;
import io.wattprint.data.ReferenceData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wattprint data regions}: cloud regions and the grid zone each one is in. */
@Command(name = "regions", mixinStandardHelpOptions = true,
        description = "Cloud regions of AWS, Google Cloud and Azure, mapped to grid zones.")
public final class RegionsCommand implements Callable<Integer> {
    private static final List<String> PROVIDERS = List.of("aws", "gcp", "azure");
    private final Cli cli;

    @Option(names = "--provider", description = "aws, gcp or azure.")
    String provider;
    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    RegionsCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        if (provider != null && !PROVIDERS.contains(provider.toLowerCase(java.util.Locale.ROOT))) {
            throw UserException.usage("invalid value for --provider: '" + provider + "' (expected aws, gcp or azure)");
        }
        ReferenceData data = cli.data();
        List<CloudRegion> rows = provider == null ? data.regions().rows()
                : data.regions().byProvider(provider.toLowerCase(java.util.Locale.ROOT));
        if (json) {
            Json.print(cli.out(), rows.stream().map(RegionsCommand::map).toList());
            return 0;
        }
        Table t = new Table("REGION", "NAME", "COUNTRY", "ZONE", "SOURCE");
        for (CloudRegion r : rows) t.row(r.id(), r.name(), r.country(), r.zone(), r.source());
        t.print(cli.out());
        cli.out().println(data.version() + ": " + rows.size() + " region(s)");
        return 0;
    }

    private static Map<String, Object> map(CloudRegion r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("provider", r.provider());
        m.put("region", r.region());
        m.put("name", r.name());
        m.put("country", r.country());
        m.put("zone", r.zone());
        m.put("source", r.source());
        return m;
    }
}
