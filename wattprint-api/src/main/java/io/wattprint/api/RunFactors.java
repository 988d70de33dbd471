package io.wattprint.api;

import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.factor.SeriesFactorSource;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.FactorSource;
import io.wattprint.core.model.Location;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import java.time.Instant;
import java.util.List;

/**
 * The emission factors a run's footprint is computed with: the factor series stored in the ledger
 * for the run's zone over the run's intervals ({@code wattprint factors import}), layered over the
 * shipped annual factors, which cover any instant no series point covers. With no series for the
 * zone this costs one indexed query and gives the annual factors alone.
 */
public final class RunFactors {
    private RunFactors() {}

    public static FactorSource forRun(Ledger ledger, ReferenceData data, Location location, List<EnergyInterval> intervals) {
        if (!location.isKnown() || intervals.isEmpty()) return data.grid();
        Instant from = intervals.get(0).start();
        Instant to = intervals.get(0).end();
        for (EnergyInterval i : intervals) {
            if (i.start().isBefore(from)) from = i.start();
            if (i.end().isAfter(to)) to = i.end();
        }
        // One microsecond past the end, so that a zero-length last interval still finds the point covering it.
        // Forecast datasets (wattprint ingest) are never applied to a footprint: a run used energy at measured intensities.
        List<FactorSeries> actuals = ledger.factorSeries().series(location.zone(), from, to.plusNanos(1_000)).stream()
                .filter(s -> !s.isForecast()).toList();
        return SeriesFactorSource.layered(actuals, data.grid());
    }
}
