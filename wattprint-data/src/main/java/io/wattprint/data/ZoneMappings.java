package io.wattprint.data;

import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.factor.SeriesFactorSource;
import io.wattprint.core.factor.SeriesFactorSource.Consulted;
import io.wattprint.core.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reviewed table {@code zone-mappings.csv}: which Electricity Maps zone's imported series stands
 * in for a location whose own zone is not an Electricity Maps zone (the US eGRID subregions), with
 * the source of each correspondence and whether it is approximate. Locations not in the table keep
 * their own zone only. Lookups ignore case.
 */
public final class ZoneMappings {
    static final String RESOURCE = "io/wattprint/data/zone-mappings.csv";
    static final List<String> HEADER = List.of("location", "em_zone", "match", "source", "note");

    private final List<ZoneMapping> rows;
    private final Map<String, ZoneMapping> byLocation;

    ZoneMappings(List<ZoneMapping> rows) {
        this.rows = List.copyOf(rows);
        Map<String, ZoneMapping> m = new LinkedHashMap<>();
        for (ZoneMapping r : this.rows) {
            if (m.put(key(r.location()), r) != null) throw new IllegalArgumentException("location " + r.location() + " is mapped twice");
        }
        this.byLocation = m;
    }

    static ZoneMappings load(String resource) {
        List<ZoneMapping> rows = CsvTable.load(resource, HEADER, row -> new ZoneMapping(row.text("location"), row.text("em_zone"),
                row.oneOf("match", "same-area", "approximate").equals("approximate"), row.text("source"), row.text("note")));
        try {
            return new ZoneMappings(rows);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }

    /** All rows, in file order. */
    public List<ZoneMapping> rows() { return rows; }

    /**
     * The mapping that applies to a resolved location: its cloud region's own row if the table has
     * one, else its zone's row; empty when neither is mapped (or the zone is itself an Electricity
     * Maps zone, which needs no mapping).
     */
    public Optional<ZoneMapping> forLocation(Location location) {
        if (location == null || !location.isKnown()) return Optional.empty();
        if (location.cloudRegion() != null) {
            ZoneMapping r = byLocation.get(key(location.cloudRegion()));
            if (r != null) return Optional.of(r);
        }
        return Optional.ofNullable(byLocation.get(key(location.zone())));
    }

    /**
     * The one grid zone mapped to {@code emZone}, whose shipped annual factor can stand in for it where
     * the zone has none of its own; empty when no zone, or more than one, maps to it (no choice is guessed).
     */
    public Optional<ZoneMapping> soleZoneFor(String emZone, GridFactors grid) {
        List<ZoneMapping> found = new ArrayList<>();
        for (ZoneMapping r : rows) {
            if (r.emZone().equalsIgnoreCase(emZone) && !grid.forZone(r.location()).isEmpty()) found.add(r);
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The factor series a run at {@code location} is computed with, read through {@code seriesOf} (a zone →
     * its stored series, most recently imported first), forecasts left out, in this order of precedence
     * (METHODOLOGY §3.4): the series of the location's zone; those of the Electricity Maps zone this table
     * maps the location to, labelled with the mapping; those stored under its cloud region itself
     * ({@code gcp:europe-west1}, {@code azure:eastus}). Layer them over the annual factors with
     * {@link SeriesFactorSource#forZone}.
     */
    public List<Consulted> seriesFor(Location location, Function<String, List<FactorSeries>> seriesOf) {
        List<Consulted> out = new ArrayList<>();
        if (location == null || !location.isKnown()) return out;
        for (FactorSeries s : actuals(seriesOf.apply(location.zone()))) out.add(new Consulted(s, s.label()));
        Optional<ZoneMapping> mapping = forLocation(location);
        if (mapping.isPresent() && !mapping.get().emZone().equalsIgnoreCase(location.zone())) {
            String via = ", used for " + location.label() + " through the mapping " + mapping.get().describe();
            for (FactorSeries s : actuals(seriesOf.apply(mapping.get().emZone()))) out.add(new Consulted(s, s.label() + via));
        }
        if (location.cloudRegion() != null) {
            for (FactorSeries s : actuals(seriesOf.apply(location.cloudRegion()))) out.add(new Consulted(s, s.label()));
        }
        return out;
    }

    /** Forecast datasets are never applied to a footprint: energy was used at measured intensities. */
    private static List<FactorSeries> actuals(List<FactorSeries> series) {
        return series.stream().filter(s -> !s.isForecast()).toList();
    }

    private static String key(String s) { return s.trim().toUpperCase(Locale.ROOT); }
}
