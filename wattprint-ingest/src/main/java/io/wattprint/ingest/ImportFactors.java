package io.wattprint.ingest;

import io.wattprint.core.factor.SeriesFactorSource;
import io.wattprint.core.model.FactorSource;
import io.wattprint.core.model.Location;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import java.util.HashMap;
import java.util.Map;

/**
 * The emission factors an imported run's footprint is computed with: the same layering a closing
 * run uses (wattprint-run's {@code close.RunFactors}: the ledger's factor series of the run's zone, of the
 * Electricity Maps zone mapped to it and of its cloud region, over the shipped annual factors;
 * {@code ZoneMappings.seriesFor}), read once per zone and cloud region for a whole import instead of once per run, since
 * an import may hold a million runs. A zone with no series costs one query.
 */
public final class ImportFactors {
    private final Ledger ledger;
    private final ReferenceData data;
    private final Map<String, FactorSource> byZone = new HashMap<>();

    public ImportFactors(Ledger ledger, ReferenceData data) {
        this.ledger = ledger;
        this.data = data;
    }

    public FactorSource forLocation(Location location) {
        if (!location.isKnown() || ledger == null) return data.grid();
        String key = location.zone() + "|" + (location.cloudRegion() == null ? "" : location.cloudRegion());
        return byZone.computeIfAbsent(key, k -> window(location, null, null));
    }

    /**
     * As {@link #forLocation(Location)} for energy in [from, to) only, not cached: the series points of the whole hours
     * that overlap it (a footprint sums energy by the hour), not the zone's whole series.
     */
    public FactorSource forLocation(Location location, java.time.Instant from, java.time.Instant to) {
        if (!location.isKnown() || ledger == null) return data.grid();
        java.time.temporal.ChronoUnit hour = java.time.temporal.ChronoUnit.HOURS;
        return window(location, from.truncatedTo(hour), to.truncatedTo(hour).plus(1, hour));
    }

    private FactorSource window(Location location, java.time.Instant from, java.time.Instant to) {
        return SeriesFactorSource.forZone(location.zone(),
                data.zoneMappings().seriesFor(location, z -> ledger.factorSeries().series(z, from, to)), data.grid());
    }
}
