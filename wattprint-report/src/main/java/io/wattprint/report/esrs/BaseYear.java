package io.wattprint.report.esrs;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ledger.YearHistory;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The base year of {@code report esrs-e1} and the restatements of its comparative years (METHODOLOGY §12.4; GHG
 * Protocol Corporate Standard ch. 5: a base year with representative data, recalculated and disclosed when its
 * emissions change): by default the first year, up to the reporting year, with a run with a footprint closed in each
 * of its 12 months (UTC), else the earliest year with closed runs; and for the prior and base years, the runs whose
 * latest footprint was recomputed after the year ended.
 */
final class BaseYear {
    static final String GIVEN = "given with --base-year";
    static final String ALL_MONTHS = "the first year with runs in all 12 months";

    private BaseYear() {}

    /** The base year and how it was chosen. */
    record Choice(int year, String basis) {}

    static Choice choose(Integer given, int year, Integer earliest, Map<Integer, YearHistory> history) {
        if (given != null) return new Choice(given, GIVEN);
        for (YearHistory h : new TreeMap<>(history).values()) {
            if (h.year() <= year && h.allMonths()) return new Choice(h.year(), ALL_MONTHS);
        }
        if (earliest != null && earliest <= year) {
            String why = "no year up to " + year + " has runs in all 12 months";
            return new Choice(earliest, "the earliest year with closed runs: " + why);
        }
        return new Choice(year, "the reporting year: no run closed up to " + year);
    }

    /** The prior and base years (not the reporting year) with runs recomputed after they ended, oldest first. */
    static List<EsrsE1Data.Restatement> restatements(int year, int base, Map<Integer, YearHistory> history) {
        List<EsrsE1Data.Restatement> out = new ArrayList<>();
        if (base < year - 1) add(out, history.get(base), "base year");
        if (base == year - 1) add(out, history.get(base), "prior year and base year");
        else add(out, history.get(year - 1), "prior year");
        return out;
    }

    private static void add(List<EsrsE1Data.Restatement> out, YearHistory h, String role) {
        if (h == null || h.recomputedRuns() == 0) return;
        BigDecimal first = tonnes(h.firstCo2eGrams()), latest = tonnes(h.latestCo2eGrams());
        BigDecimal difference = threeDecimals(latest.subtract(first));
        String lastOn = h.lastComputedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
        out.add(new EsrsE1Data.Restatement(h.year(), role, h.recomputedRuns(), first, latest, difference,
                mwh(h.firstFacilityJoules()), mwh(h.latestFacilityJoules()), lastOn));
    }

    private static BigDecimal tonnes(double grams) { return threeDecimals(Figures.exact(grams).movePointLeft(6)); }

    private static BigDecimal mwh(double joules) { return threeDecimals(Figures.exact(Energy.ofJoules(joules).megawattHours())); }

    /** Exact, written with at least the 3 decimals printed (as a datapoint's value). */
    private static BigDecimal threeDecimals(BigDecimal v) {
        BigDecimal e = v.stripTrailingZeros();
        return e.scale() < 3 ? e.setScale(3) : e;
    }

    /** One restatement in a line, for the report's facts. */
    static String summary(EsrsE1Data.Restatement r) {
        return r.year() + " (" + r.role() + "): " + r.runs() + " run(s) recomputed after " + r.year() + " ended, stored CO2e "
                + signed(r.differenceTco2e()) + " tCO2e";
    }

    private static String signed(BigDecimal d) { return (d.signum() >= 0 ? "+" : "−") + Figures.text(d.abs(), 3); }

    /** The note of one restatement, printed in Markdown, HTML and PDF and written to {@code _meta.notes}. */
    static String note(EsrsE1Data.Restatement r) {
        return "Restatement: the " + r.year() + " figures (" + r.role() + ") use footprints recomputed after " + r.year()
                + " ended: " + r.runs() + " run(s), the last on " + r.lastComputedOn() + ". Their stored CO2e (facility "
                + "energy × grid factor) is now " + Figures.text(r.latestTco2e(), 3) + " tCO2e, first computed "
                + Figures.text(r.firstTco2e(), 3) + " tCO2e (" + signed(r.differenceTco2e()) + " tCO2e); facility energy " + Figures.text(r.latestFacilityMwh(), 3) + " MWh, first "
                + Figures.text(r.firstFacilityMwh(), 3) + " MWh. " + r.year() + " figures published before then are "
                + "restated here (GHG Protocol Corporate Standard ch. 5).";
    }
}
