package io.wattprint.run.close;

import io.wattprint.core.factor.SeriesFactorSource;
import io.wattprint.core.factor.SeriesFactorSource.Consulted;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.FactorSource;
import io.wattprint.core.model.Location;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import java.time.Instant;
import java.util.List;

/**
 * The emission factors a run's footprint is computed with: the factor series stored in the ledger
 * over the run's intervals, layered over the shipped annual factors, which cover any instant no series
 * point covers. The series consulted ({@code ZoneMappings.seriesFor}), in this order of precedence
 * (METHODOLOGY §3.4), forecasts left out:
 * <ol>
 *   <li>those of the run's zone ({@code wattprint factors import}, {@code ingest electricitymaps});</li>
 *   <li>those of the Electricity Maps zone that {@code zone-mappings.csv} maps the run's cloud region or
 *       zone to ({@code aws:us-west-1} → {@code US-EGRID-CAMX} → {@code US-CAL-CISO}), labelled with the
 *       mapping in the explanation;</li>
 *   <li>those stored under the run's cloud region itself ({@code gcp:europe-west1} from
 *       {@code ingest gcp-region-carbon}, {@code azure:eastus} from {@code ingest carbon-aware-json}).</li>
 * </ol>
 * With no series this costs one indexed query per key and gives the annual factors alone.
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
        Instant since = from;
        Instant until = to.plusNanos(1_000);
        List<Consulted> consulted = data.zoneMappings().seriesFor(location, z -> ledger.factorSeries().series(z, since, until));
        return SeriesFactorSource.forZone(location.zone(), consulted, data.grid());
    }
}
