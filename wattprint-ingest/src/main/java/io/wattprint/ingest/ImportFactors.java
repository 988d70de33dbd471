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
        return byZone.computeIfAbsent(key, k -> SeriesFactorSource.forZone(location.zone(),
                data.zoneMappings().seriesFor(location, z -> ledger.factorSeries().series(z, null, null)), data.grid()));
    }
}
