package io.wattprint.core.scope2;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which residual mix a zone's consumption of a year gets — the one rule every figure uses (market-based Scope 2,
 * {@code report scope2}, {@code report esrs-e1} E1-5 and E1-6_10, {@code report methodology}).
 *
 * <p><b>Rule</b>: the residual mix of the consumption's own year; else the latest earlier year published for the zone,
 * disclosed; never a later year; none for that year or an earlier one → no residual mix (the grid average is used and
 * disclosed, {@link Hierarchy#GRID_AVERAGE}). Why (METHODOLOGY §8.4): the GHG Protocol Scope 2 Guidance (2015, Table
 * 7.1, criteria 4 and 5) asks that market-based data match the consumption's period as closely as possible; the AIB
 * publishes a year's residual mix in the spring or summer of the next year, so the same year is often not yet out when
 * a report is drafted and the previous year's is the established stand-in. A later year's mix is left out: it
 * subtracts attributes claimed in another period, and a figure published for a year must not change because a later
 * year was published afterwards. For the same zone and year a later entry (a corrected edition) replaces an earlier one.
 */
public final class ResidualMixYears {
    /** The rule in one sentence, for the reports. */
    public static final String RULE = "the residual mix of the consumption's year, else the latest earlier year published for "
            + "the zone (disclosed), never a later year; none → the grid average (disclosed)";

    /**
     * The residual mix chosen for a zone and consumption year: {@code mix} null when there is none for the year or an
     * earlier one; {@code replaced} earlier entries for the chosen zone and year; {@code laterYear} the earliest later
     * year on record that the rule leaves out (null when none).
     */
    public record Choice(String zone, int year, ResidualMix mix, int replaced, Integer laterYear) {
        public boolean sameYear() { return mix != null && mix.year() == year; }

        /** How the mix was chosen: "same year", "latest earlier year (no 2026 mix)" or "none for 2026 or earlier". */
        public String how() {
            if (mix == null) {
                return "none for " + year + " or an earlier year" + (laterYear == null ? "" : " (the " + laterYear + " mix is later: not used)")
                        + "; grid average used";
            }
            return sameYear() ? "same year" : "latest earlier year (no " + year + " mix published)";
        }

        /** The year of the mix used, or null. */
        public Integer mixYear() { return mix == null ? null : mix.year(); }
    }

    private final Map<String, TreeMap<Integer, ResidualMix>> byZone = new HashMap<>();
    private final Map<String, Integer> replaced = new HashMap<>();

    /** @param mixes in the order recorded: for the same zone and year a later entry replaces an earlier one */
    public ResidualMixYears(List<ResidualMix> mixes) {
        for (ResidualMix m : mixes) {
            if (byZone.computeIfAbsent(m.zone(), z -> new TreeMap<>()).put(m.year(), m) != null) {
                replaced.merge(m.zone() + " " + m.year(), 1, Integer::sum);
            }
        }
    }

    /** The residual mix for {@code zone}'s consumption in {@code year} by the rule above. */
    public Choice choose(String zone, int year) {
        TreeMap<Integer, ResidualMix> years = byZone.getOrDefault(zone, new TreeMap<>());
        Map.Entry<Integer, ResidualMix> e = years.floorEntry(year);
        Integer later = years.higherKey(year);
        if (e == null) return new Choice(zone, year, null, 0, later);
        return new Choice(zone, year, e.getValue(), replaced.getOrDefault(zone + " " + e.getKey(), 0), null);
    }
}
