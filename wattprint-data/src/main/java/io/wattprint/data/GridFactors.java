package io.wattprint.data;

import io.wattprint.core.factor.Gwp;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.FactorSource;
import io.wattprint.core.scope2.Scope2Factor;
import io.wattprint.core.scope2.Scope2Factors;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shipped annual grid-intensity table ({@code grid-intensity.csv}) as a {@link FactorSource}.
 * Zones are matched case-insensitively; factors carry the dataset version they came from.
 */
public final class GridFactors implements FactorSource {
    static final String RESOURCE = "io/wattprint/data/grid-intensity.csv";
    static final List<String> HEADER =
            List.of("zone", "name", "year", "g_co2e_per_kwh", "basis", "boundary", "source", "licence", "gwp",
                    "co2_g_per_kwh", "ch4_g_per_kwh", "n2o_g_per_kwh");

    private final List<GridFactorRow> rows;
    private final Map<String, List<GridFactorRow>> byZone;
    private final Set<String> zones;
    private final String dataset;
    /** Electricity Maps zone (upper case) → the mapping whose grid zone's annual factor stands in for it. */
    private final Map<String, ZoneMapping> standIns;

    GridFactors(List<GridFactorRow> rows, String dataset) {
        this(rows, dataset, Map.of());
    }

    private GridFactors(List<GridFactorRow> rows, String dataset, Map<String, ZoneMapping> standIns) {
        this.rows = List.copyOf(rows);
        this.dataset = dataset;
        this.standIns = Map.copyOf(standIns);
        Map<String, List<GridFactorRow>> m = new LinkedHashMap<>();
        Set<String> z = new LinkedHashSet<>();
        for (GridFactorRow r : this.rows) {
            m.computeIfAbsent(key(r.zone()), k -> new ArrayList<>()).add(r);
            z.add(r.zone());
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.byZone = Collections.unmodifiableMap(m);
        this.zones = Collections.unmodifiableSet(z);
    }

    /** A grid-intensity table from a classpath resource in the shipped format (tests load fixtures with it). */
    public static GridFactors load(String resource, String dataset) {
        return new GridFactors(CsvTable.load(resource, HEADER, row -> new GridFactorRow(
                row.text("zone"), row.text("name"), row.integer("year"), row.number("g_co2e_per_kwh"),
                row.oneOf("basis", "average", "marginal"), row.oneOf("boundary", "lifecycle", "direct"),
                row.text("source"), row.text("licence"), gwp(row), row.optionalNumber("co2_g_per_kwh"),
                row.optionalNumber("ch4_g_per_kwh"), row.optionalNumber("n2o_g_per_kwh"))), dataset);
    }

    private static String gwp(CsvTable.Row row) {
        String v = row.text("gwp");
        if (!Gwp.known(v)) throw row.error("gwp", "one of " + String.join(", ", Gwp.SETS) + ", got '" + v + "'");
        return v;
    }

    /**
     * The same table, where an Electricity Maps zone with no row of its own and exactly one grid zone
     * mapped to it in {@code mappings} ({@code US-CAL-CISO} ← {@code US-EGRID-CAMX}) gets that zone's
     * annual factor, its source saying so ({@link #factorFor}).
     */
    GridFactors withStandIns(ZoneMappings mappings) {
        Map<String, ZoneMapping> m = new LinkedHashMap<>();
        for (ZoneMapping r : mappings.rows()) {
            if (!forZone(r.emZone()).isEmpty()) continue;
            mappings.soleZoneFor(r.emZone(), this).ifPresent(sole -> m.put(key(r.emZone()), sole));
        }
        return new GridFactors(rows, dataset, m);
    }

    /** All rows, in file order. */
    public List<GridFactorRow> rows() { return rows; }

    /** The rows of one zone (any case), in file order; empty when the zone is unknown. */
    public List<GridFactorRow> forZone(String zone) {
        if (zone == null) return List.of();
        return byZone.getOrDefault(key(zone), List.of());
    }

    /**
     * The factor for the year of {@code at} (UTC) if the table has it; else the latest year
     * before it; else (all rows are later) the latest year available. The calculator discloses
     * a factor whose validity does not cover {@code at}. Empty when the zone is unknown.
     */
    @Override
    public Optional<EmissionFactor> factorFor(String zone, Instant at) {
        return factorFor(zone, at, null);
    }

    /**
     * As {@link #factorFor(String, Instant)}, from the rows of one boundary only; {@code boundary} null = the engineering
     * and SCI convention: the year chosen from all the zone's rows, and in a year with both boundaries the life-cycle
     * row (a zone with direct rows only, an eGRID subregion, gets its direct factor).
     * Location-based Scope 2 asks for {@link EmissionFactor.Boundary#DIRECT} ({@link #scope2Factors()}).
     */
    public Optional<EmissionFactor> factorFor(String zone, Instant at, EmissionFactor.Boundary boundary) {
        List<GridFactorRow> all = forZone(zone);
        List<GridFactorRow> candidates = boundary == null ? all : all.stream().filter(r -> r.boundaryValue() == boundary).toList();
        if (all.isEmpty()) {
            ZoneMapping standIn = zone == null ? null : standIns.get(key(zone));
            if (standIn == null) return Optional.empty();
            // An Electricity Maps zone without an annual factor of its own (US-CAL-CISO): the annual factor
            // of the one grid zone mapped to it (US-EGRID-CAMX), the mapping named in the factor's source.
            return factorFor(standIn.location(), at, boundary).map(f -> new EmissionFactor(f.zone(), f.intensity(), f.validFrom(),
                    f.validTo(), f.basis(), f.boundary(), "stands in for " + zone + ", which has no shipped annual factor, through"
                    + " the mapping " + standIn.describe() + "; " + f.source(), f.dataset(), f.licence()));
        }
        if (candidates.isEmpty()) return Optional.empty();
        int year = at.atZone(ZoneOffset.UTC).getYear();
        Comparator<GridFactorRow> byYear = Comparator.comparingInt(GridFactorRow::year);
        Optional<GridFactorRow> chosen = candidates.stream().filter(r -> r.year() <= year).max(byYear);
        if (chosen.isEmpty()) chosen = candidates.stream().max(byYear);   // candidates is not empty: a row is found
        // Both boundaries for the chosen year: the engineering and SCI view takes the life-cycle one.
        int y = chosen.get().year();
        GridFactorRow pick = candidates.stream().filter(r -> r.year() == y)
                .filter(r -> r.boundaryValue() == EmissionFactor.Boundary.LIFECYCLE).findFirst().orElse(chosen.get());
        return Optional.of(pick.toFactor(dataset));
    }

    /**
     * The boundary of a factor a run stored (zone, year, g/kWh): that of the shipped row with these values; empty when
     * no shipped row matches (an imported series, or a factor of an older dataset).
     */
    public Optional<EmissionFactor.Boundary> boundaryOf(String zone, Integer year, double gramsPerKwh) {
        if (year == null) return Optional.empty();
        List<GridFactorRow> ofYear = forZone(zone).stream().filter(r -> r.year() == year).toList();
        Optional<EmissionFactor.Boundary> exact = ofYear.stream().filter(r -> Math.abs(r.gramsPerKwh() - gramsPerKwh) < 0.005)
                .map(GridFactorRow::boundaryValue).findFirst();
        if (exact.isPresent()) return exact;
        // A factor stored under an older dataset version (eGRID rows were converted with AR5 GWPs before 2026.12): the
        // same zone and year, when all of that year's rows have one boundary.
        List<EmissionFactor.Boundary> kinds = ofYear.stream().map(GridFactorRow::boundaryValue).distinct().toList();
        return kinds.size() == 1 ? Optional.of(kinds.get(0)) : Optional.empty();
    }

    /**
     * The boundary rule of location-based Scope 2 over this table ({@link Scope2Factor#resolve}): a stored life-cycle
     * factor is replaced by the zone's direct factor (the year of the stored factor, else the latest earlier, else the
     * latest), the difference being Scope 3 category 3; a zone without a direct factor keeps its life-cycle factor
     * with a warning.
     */
    public Scope2Factors scope2Factors() {
        return (zone, year, g, source) -> {
            EmissionFactor.Boundary stored = boundaryOf(zone, year, g).orElse(null);
            EmissionFactor direct = null;
            if (stored == EmissionFactor.Boundary.LIFECYCLE) {
                Instant mid = Instant.parse(String.format(Locale.ROOT, "%04d-07-01T00:00:00Z", year));
                direct = factorFor(zone, mid, EmissionFactor.Boundary.DIRECT).orElse(null);
            }
            return Scope2Factor.resolve(zone, g, stored, year, source, direct);
        };
    }

    /**
     * The GWP set of the shipped row a stored factor (zone, year, g/kWh) came from; empty when no shipped row has these
     * values (an imported series, a test fixture, a factor of an older dataset version).
     */
    public Optional<String> gwpOfStored(String zone, Integer year, double gramsPerKwh) {
        if (year == null) return Optional.empty();
        return forZone(zone).stream().filter(r -> r.year() == year && Math.abs(r.gramsPerKwh() - gramsPerKwh) < 0.005)
                .map(GridFactorRow::gwp).findFirst();
    }

    /** The GWP set of the row a factor came from (zone, year, boundary); "not stated by source" when none matches. */
    public String gwpOf(String zone, int year, EmissionFactor.Boundary boundary) {
        return forZone(zone).stream().filter(r -> r.year() == year && r.boundaryValue() == boundary).map(GridFactorRow::gwp)
                .findFirst().orElse(Gwp.NOT_STATED);
    }

    /** Zone ids as spelled in the file, in file order. */
    public Set<String> zones() { return zones; }

    /** The zone id as spelled in the file, for any case of it. */
    Optional<String> canonicalZone(String zone) {
        List<GridFactorRow> r = forZone(zone);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0).zone());
    }

    private static String key(String zone) { return zone.trim().toUpperCase(Locale.ROOT); }
}
