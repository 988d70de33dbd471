package io.wattprint.ingest.grid;

import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import java.util.Locale;

/** What one factor series is: zone, source, dataset, basis and boundary (the ledger's natural key), and its licence. */
record SeriesKey(String zone, String source, String dataset, Basis basis, Boundary boundary, String licence) {
    String label() {
        return source + (dataset == null ? "" : " (dataset " + dataset + ")") + " for " + zone + " ("
                + basis.name().toLowerCase(Locale.ROOT) + ", " + boundary.name().toLowerCase(Locale.ROOT) + ")";
    }
}
