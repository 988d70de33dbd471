package io.wattprint.cli.data;

import io.wattprint.cli.Cli;
import io.wattprint.cli.ExitCode;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Location;
import io.wattprint.data.GridFactorRow;
import io.wattprint.data.ReferenceData;
import io.wattprint.data.UnknownLocationException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wattprint data factors}: grid emission factors by zone. */
@Command(name = "factors", mixinStandardHelpOptions = true,
        description = "Grid emission factors (gCO2e/kWh) by zone, with year, basis, source and licence.")
public final class FactorsCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--zone", description = "Only this zone (e.g. FR, US-EGRID-CAMX, US-CAL-CISO).")
    String zone;
    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    FactorsCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        ReferenceData data = cli.data();
        List<GridFactorRow> rows = zone == null ? data.grid().rows() : data.grid().forZone(zone);
        String mapping = null;
        if (rows.isEmpty()) {
            // Not a zone id: perhaps a cloud region, shown through the zone it is in.
            Location resolved;
            try {
                resolved = data.locations().resolve(zone);
            } catch (UnknownLocationException e) {
                throw new UserException(ExitCode.USAGE, e.getMessage() + " (wattprint data factors lists the zones)");
            }
            rows = resolved.zone() == null ? List.of() : data.grid().forZone(resolved.zone());
            mapping = zone + " is in grid zone " + resolved.zone();
            if (rows.isEmpty() && resolved.cloudRegion() == null) {
                // An Electricity Maps zone without a shipped annual factor: the one mapped to it stands in, if any.
                var standIn = data.zoneMappings().soleZoneFor(resolved.zone(), data.grid());
                if (standIn.isPresent()) {
                    rows = data.grid().forZone(standIn.get().location());
                    mapping = resolved.zone() + " has no shipped annual factor; " + standIn.get().location()
                            + "'s stands in for it through the mapping " + standIn.get().describe();
                }
            }
            if (rows.isEmpty()) {
                throw new UserException(ExitCode.USAGE, "no shipped annual emission factor for zone '" + zone + "'"
                        + " (its imported factor series, if any: wattprint factors list --zone " + resolved.zone() + ")");
            }
        }
        if (json) {
            Json.print(cli.out(), rows.stream().map(FactorJson::of).toList());
            return 0;
        }
        Table t = new Table("ZONE", "NAME", ">YEAR", ">gCO2e/kWh", "BASIS", "BOUNDARY", "GWP", "SOURCE", "LICENCE");
        for (GridFactorRow r : rows) {
            t.row(r.zone(), r.name(), r.year(), Figures.format(r.gramsPerKwh(), 1), r.basis(), r.boundary(), r.gwp(), r.source(),
                    r.licence());
        }
        t.print(cli.out());
        if (mapping != null) cli.out().println(mapping);
        cli.out().println(data.version() + ": " + rows.size() + " factor(s)");
        return 0;
    }

    /** A shipped annual factor in {@code --json}; the per-gas split (g/kWh) only where the source gives one. */
    record FactorJson(String zone, String name, int year, double gCo2ePerKwh, String basis, String boundary, String gwp,
                      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                      PerGas perGas, String source, String licence) {
        static FactorJson of(GridFactorRow r) {
            return new FactorJson(r.zone(), r.name(), r.year(), r.gramsPerKwh(), r.basis(), r.boundary(), r.gwp(),
                    r.perGas() ? new PerGas(r.co2(), r.ch4(), r.n2o()) : null, r.source(), r.licence());
        }
    }

    /** CO2, CH4 and N2O in g/kWh, as the source gives them (eGRID, converted from lb/MWh). */
    record PerGas(double co2, double ch4, double n2o) {}
}
