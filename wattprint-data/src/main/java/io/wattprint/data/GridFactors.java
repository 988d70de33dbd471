package io.wattprint.data;

import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.FactorSource;
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
            List.of("zone", "name", "year", "g_co2e_per_kwh", "basis", "boundary", "source", "licence");

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

    static GridFactors load(String resource, String dataset) {
        return new GridFactors(CsvTable.load(resource, HEADER, row -> new GridFactorRow(
                row.text("zone"), row.text("name"), row.integer("year"), row.number("g_co2e_per_kwh"),
                row.oneOf("basis", "average", "marginal"), row.oneOf("boundary", "lifecycle", "direct"),
                row.text("source"), row.text("licence"))), dataset);
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
        List<GridFactorRow> candidates = forZone(zone);
        if (candidates.isEmpty()) {
            ZoneMapping standIn = zone == null ? null : standIns.get(key(zone));
            if (standIn == null) return Optional.empty();
            // An Electricity Maps zone without an annual factor of its own (US-CAL-CISO): the annual factor
            // of the one grid zone mapped to it (US-EGRID-CAMX), the mapping named in the factor's source.
            return factorFor(standIn.location(), at).map(f -> new EmissionFactor(f.zone(), f.intensity(), f.validFrom(),
                    f.validTo(), f.basis(), f.boundary(), "stands in for " + zone + ", which has no shipped annual factor, through"
                    + " the mapping " + standIn.describe() + "; " + f.source(), f.dataset(), f.licence()));
        }
        int year = at.atZone(ZoneOffset.UTC).getYear();
        Comparator<GridFactorRow> byYear = Comparator.comparingInt(GridFactorRow::year);
        Optional<GridFactorRow> chosen = candidates.stream().filter(r -> r.year() <= year).max(byYear);
        if (chosen.isEmpty()) chosen = candidates.stream().max(byYear);
        return chosen.map(r -> r.toFactor(dataset));
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
