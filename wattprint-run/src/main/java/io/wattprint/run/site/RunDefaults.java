package io.wattprint.run.site;

import io.wattprint.core.model.Location;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.quantity.Pue;
import io.wattprint.data.PueRow;
import io.wattprint.data.ReferenceData;
import java.util.Optional;

/** The PUE a run gets when none is given: the provider's published fleet PUE for a cloud region, else none. */
public final class RunDefaults {
    private RunDefaults() {}

    public static PueAssumption pue(ReferenceData data, Location where, int year) {
        if (where.cloudRegion() != null) {
            String provider = where.cloudRegion().substring(0, where.cloudRegion().indexOf(':'));
            Optional<PueRow> row = data.pue().forYear(provider, year);
            if (row.isPresent()) {
                PueRow r = row.get();
                String when = r.year() == year ? "" : ", applied to " + year + " (latest published year)";
                return new PueAssumption(Pue.of(r.pue()), provider + " published fleet PUE " + r.year() + when
                        + " (" + shortSource(r.source()) + ")");
            }
        }
        return PueAssumption.notApplied();
    }

    /** A PUE given by the user, checked (1.0–5.0). */
    public static PueAssumption givenPue(double pue, String how) {
        return new PueAssumption(Pue.of(pue), how);
    }

    /** The source up to its first ';' — the dataset name and year; the full citation is kept elsewhere. */
    public static String shortSource(String source) {
        int cut = source.indexOf(';');
        return cut < 0 ? source : source.substring(0, cut);
    }
}
