package io.wattprint.report.esrs;

import io.wattprint.core.figure.Fact;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.scope2.Allocation;
import io.wattprint.core.scope2.DualScope2;
import io.wattprint.core.scope2.InstrumentType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ESRS E1 datapoints the ledger can fill beyond the totals (issue 16 item 9; METHODOLOGY §12.4), from what a
 * year's figures ({@link EsrsYear}) already hold: the nuclear and fossil shares of E1-5_01 (E1-5_04, E1-5_15), the
 * purchased electricity from renewable and fossil sources (E1-5_07, E1-5_14), the share of own-operations Scope 2
 * electricity covered by contractual instruments and their types (E1-6_18, E1-6_19), the share of Scope 3 from data
 * obtained from suppliers (E1-6_25), and the Scope 3 categories included with the method of each (E1-6_27, E1-6_29).
 */
final class EsrsCompleteness {
    static final String CATEGORY1 = "Category1PurchasedGoodsAndServicesMember";
    static final String CATEGORY3 = "Category3FuelAndEnergyrelatedActivitiesMember";

    private EsrsCompleteness() {}

    /**
     * A part's share of a total in %, to 2 decimals, as E1-5_09: the exact value from the exact figures, the printed
     * one from the printed figures (so a reader can check it against the table), of the exact ones where the total
     * prints 0; null when the exact total is 0 (nothing to share).
     */
    static Fact share(Fact part, Fact total) {
        if (total.exact().signum() == 0) return null;
        BigDecimal exact = Figures.quotient(part.exact().multiply(BigDecimal.valueOf(100)), total.exact());
        BigDecimal shown = total.shown().signum() == 0 ? Figures.round(exact, 2)
                : part.shown().multiply(BigDecimal.valueOf(100)).divide(total.shown(), 2, RoundingMode.HALF_UP);
        return new Fact(exact, shown);
    }

    /** E1-5_04: E1-5_03 / E1-5_01 × 100. */
    static Fact nuclearShare(EsrsYear y) { return share(y.nuclearFact, y.e15TotalFact); }

    /** E1-5_15: E1-5_02 / E1-5_01 × 100. */
    static Fact fossilShare(EsrsYear y) { return share(y.fossilFact, y.e15TotalFact); }

    /** Own-operations Scope 2 MWh per instrument type applied to it (allocations), exact. */
    static Map<InstrumentType, BigDecimal> instrumentMwh(EsrsYear y) {
        Map<InstrumentType, BigDecimal> out = new EnumMap<>(InstrumentType.class);
        for (DualScope2.Line l : y.dual.lines()) {
            for (Allocation a : l.allocations()) {
                out.merge(a.instrument().type(), Figures.exact(a.energy().megawattHours()), BigDecimal::add);
            }
        }
        return out;
    }

    /**
     * E1-6_18: MWh of own-operations Scope 2 electricity covered by contractual instruments (EACs, PPAs, supplier rates:
     * GHG Protocol Scope 2 Guidance, 2015, chapter 6) / MWh of all own-operations Scope 2 electricity × 100, to 2 decimals;
     * null when no own-operations electricity was consumed.
     */
    static Fact instrumentShare(EsrsYear y) {
        BigDecimal all = BigDecimal.ZERO;
        for (DualScope2.Line l : y.dual.lines()) all = all.add(Figures.exact(l.line().energy().megawattHours()));
        if (all.signum() == 0) return null;
        BigDecimal covered = BigDecimal.ZERO;
        for (BigDecimal v : instrumentMwh(y).values()) covered = covered.add(v);
        return Fact.rounded(Figures.quotient(covered.multiply(BigDecimal.valueOf(100)), all), 2);
    }

    /** E1-6_19: the types applied, each with its MWh ("Guarantee of Origin (GO): 600.000 MWh; …"), or none. */
    static String instrumentTypes(EsrsYear y) {
        Map<InstrumentType, BigDecimal> mwh = instrumentMwh(y);
        if (mwh.isEmpty()) return "none: no contractual instrument applied to own-operations electricity";
        List<String> out = new ArrayList<>();
        mwh.forEach((t, v) -> out.add(t.description() + " (" + t.label() + "): " + Figures.text(v, 3) + " MWh"));
        return String.join("; ", out);
    }

    /**
     * E1-6_25: the tCO2e of E1-6_11 taken from figures the cloud providers reported (their exports: primary data
     * obtained from a supplier) / E1-6_11 × 100, exact figures, to 2 decimals. Runs' estimates (measured kWh × an
     * average grid factor) and category 3 (average life-cycle factors) are not data obtained from a supplier; null
     * when E1-6_11 is 0.
     */
    static Fact primaryShare(EsrsYear y) {
        BigDecimal all = y.scope3Fact.exact();
        if (all.signum() == 0) return null;
        BigDecimal reported = BigDecimal.ZERO;
        for (CloudScope3.Line c : y.cloud) reported = reported.add(c.reportedTonnes());
        return Fact.rounded(Figures.quotient(reported.multiply(BigDecimal.valueOf(100)), all), 2);
    }

    static boolean category1(EsrsYear y) { return !y.cloud.isEmpty(); }

    static boolean category3(EsrsYear y) { return y.category3.stream().anyMatch(l -> l.tonnes() != null); }

    /** E1-6_27: the GHG Protocol Scope 3 categories in E1-6_11, with their taxonomy members. */
    static String categories(EsrsYear y) {
        List<String> out = new ArrayList<>();
        if (category1(y)) out.add("1 Purchased goods and services: cloud computing and data centre services (esrs:" + CATEGORY1 + ")");
        if (category3(y)) out.add("3 Fuel- and energy-related activities: upstream of purchased electricity (esrs:" + CATEGORY3 + ")");
        return out.isEmpty() ? "none: no purchased cloud compute and no determined upstream of purchased electricity"
                : String.join("; ", out);
    }

    /** E1-6_29: the method of each category included in E1-6_11. */
    static String methods(EsrsYear y) {
        List<String> out = new ArrayList<>();
        if (category1(y)) {
            out.add("category 1: per provider and month, the provider's reported emissions (scope 1 + 2 + 3 of its export, "
                    + "location-based where given) where its export covers the month, else the runs' facility kWh × "
                    + "location-based grid factor of their region");
        }
        if (category3(y)) {
            out.add("category 3: own-operations MWh × (life-cycle − direct grid factor of the zone), where both are shipped");
        }
        return out.isEmpty() ? "none" : String.join("; ", out);
    }
}
