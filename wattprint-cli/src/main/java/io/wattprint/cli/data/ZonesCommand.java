package io.wattprint.cli.data;

import io.wattprint.cli.Cli;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.data.ElectricityMapsZone;
import io.wattprint.data.ReferenceData;
import io.wattprint.data.ZoneMapping;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wattprint data zones}: the Electricity Maps zone ids accepted as locations, and with
 * {@code --mappings} the table that maps eGRID subregions (and so the cloud regions in them) to them.
 */
@Command(name = "zones", mixinStandardHelpOptions = true,
        description = "Electricity Maps zone ids (accepted by --location and --zone), or with --mappings the eGRID subregions "
                + "and cloud regions whose runs use an Electricity Maps zone's imported series.")
public final class ZonesCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--country", paramLabel = "CC", description = "Only the zones of this ISO 3166 alpha-2 country (e.g. US).")
    String country;
    @Option(names = "--mappings", description = "Show the mapping table (location → Electricity Maps zone, with its source).")
    boolean mappings;
    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    ZonesCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        ReferenceData data = cli.data();
        if (mappings) {
            if (country != null) throw UserException.usage("--country cannot be combined with --mappings");
            return printMappings(data, data.zoneMappings().rows());
        }
        if (country != null && !country.trim().matches("[A-Za-z]{2}")) {
            throw UserException.usage("invalid value for --country: '" + country + "' (expected an ISO 3166 alpha-2 code such as US)");
        }
        List<ElectricityMapsZone> rows = data.electricityMapsZones().rows().stream()
                .filter(z -> country == null || z.country().equalsIgnoreCase(country.trim())).toList();
        if (json) {
            Json.print(cli.out(), rows.stream().map(z -> new ZoneJson(z.zone(), z.name(), z.country(),
                    !data.grid().forZone(z.zone()).isEmpty())).toList());
            return 0;
        }
        Table t = new Table("ZONE", "NAME", "COUNTRY", "ANNUAL FACTOR");
        for (ElectricityMapsZone z : rows) {
            String annual = !data.grid().forZone(z.zone()).isEmpty() ? "shipped"
                    : data.grid().factorFor(z.zone(), cli.clock().instant()).map(f -> "via " + f.zone()).orElse("none (series only)");
            t.row(z.zone(), z.name(), z.country(), annual);
        }
        t.print(cli.out());
        cli.out().println(rows.size() + " Electricity Maps zone(s) (electricitymaps-contrib config/zones, see wattprint-data/README.md)"
                + (country == null ? "" : " in " + country.trim().toUpperCase(Locale.ROOT)));
        return 0;
    }

    /** An Electricity Maps zone, and whether wattprint ships an annual factor for it. */
    record ZoneJson(String zone, String name, String country, boolean shippedAnnualFactor) {}

    /** A location mapped to an Electricity Maps zone. */
    record MappingJson(String location, String emZone, String match, String note, String source) {}

    private int printMappings(ReferenceData data, List<ZoneMapping> rows) {
        if (json) {
            Json.print(cli.out(), rows.stream().map(r -> new MappingJson(r.location(), r.emZone(),
                    r.approximate() ? "approximate" : "same-area", r.note(), r.source())).toList());
            return 0;
        }
        Table t = new Table("LOCATION", "ELECTRICITY MAPS ZONE", "MATCH", "NOTE", "SOURCE");
        for (ZoneMapping r : rows) t.row(r.location(), r.emZone(), r.approximate() ? "approximate" : "same-area", r.note(), r.source());
        t.print(cli.out());
        cli.out().println(rows.size() + " mapping(s); a cloud region uses the mapping of its zone (wattprint data regions)");
        return 0;
    }
}
