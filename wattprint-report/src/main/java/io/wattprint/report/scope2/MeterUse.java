package io.wattprint.report.scope2;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.Energy;
import java.math.BigDecimal;

/**
 * How a facility's meter readings set its Scope 2 energy in a period (METHODOLOGY.md §8.7): the metered energy of the
 * part its readings cover, the runs' facility energy closed inside that part (and of it the runs with IT energy only),
 * the part no run explains (the line {@code unattributedLabel}, 0 and null when the runs reach the meter), the factor
 * the runs inside were scaled by (1 unless they exceed the meter), the readings counted and the share of the period
 * covered (0–1).
 */
public record MeterUse(String facility, String zone, double meteredJoules, double runsInsideJoules,
                       double runsInsideItOnlyJoules, double unattributedJoules, double scale, String readings,
                       double coveredShare, String unattributedLabel) {

    /**
     * A metered facility as the reports' JSON writes it (exact values): the metered MWh of the covered part, the runs'
     * facility MWh inside it, the MWh no run explains (its line's label, null when none), the factor the runs inside
     * were scaled by (1 unless they exceed the meter) and the % of the period the readings cover.
     */
    public record Json(String facility, String zone, String readings, BigDecimal meteredMwh, BigDecimal runsInsideMwh,
                       BigDecimal notAttributedMwh, String notAttributedLine, BigDecimal runsScale, BigDecimal coveredPct) {}

    /** What the reports print and write about this meter: MWh exact. */
    public Json json() {
        return new Json(facility, zone, readings, mwh(meteredJoules), mwh(runsInsideJoules), mwh(unattributedJoules),
                unattributedLabel, Figures.exact(scale), Figures.exact(coveredShare * 100));
    }

    /** One sentence for the notes of a report. */
    public String note(String periodLabel) {
        String s = "facility " + facility + ": Scope 2 energy metered in " + periodLabel + " — " + kwh(meteredJoules)
                + " kWh from " + readings + " (" + Figures.plainPercent(coveredShare, 1) + " of the period covered); its "
                + "runs closed inside the readings: " + kwh(runsInsideJoules) + " kWh of facility energy (IT × PUE)";
        if (unattributedLabel != null) {
            s += "; " + kwh(unattributedJoules) + " kWh no run explains are the line \"" + unattributedLabel + "\"";
        } else if (scale < 1) {
            s += ", more than the meter: scaled to it (× " + Figures.plain(scale, 4) + ")";
        }
        return s + (coveredShare < 1 ? "; outside the readings its runs count bottom-up." : ".");
    }

    static String kwh(double joules) { return Figures.plain(joules / Energy.JOULES_PER_KWH, 3); }

    private static BigDecimal mwh(double joules) { return Figures.exact(joules / Energy.JOULES_PER_KWH / 1000); }
}
