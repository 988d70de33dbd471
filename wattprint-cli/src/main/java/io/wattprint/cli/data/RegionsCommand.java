package io.wattprint.cli.data;

import io.wattprint.cli.Cli;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.data.CloudRegion;
import io.wattprint.data.ReferenceData;
import java.util.List;
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
            Json.print(cli.out(), rows.stream().map(RegionJson::of).toList());
            return 0;
        }
        Table t = new Table("REGION", "NAME", "COUNTRY", "ZONE", "SOURCE");
        for (CloudRegion r : rows) t.row(r.id(), r.name(), r.country(), r.zone(), r.source());
        t.print(cli.out());
        cli.out().println(data.version() + ": " + rows.size() + " region(s)");
        return 0;
    }

    /** A cloud region in {@code --json}: its id ({@code provider:region}) and the grid zone it maps to. */
    record RegionJson(String id, String provider, String region, String name, String country, String zone, String source) {
        static RegionJson of(CloudRegion r) {
            return new RegionJson(r.id(), r.provider(), r.region(), r.name(), r.country(), r.zone(), r.source());
        }
    }
}
