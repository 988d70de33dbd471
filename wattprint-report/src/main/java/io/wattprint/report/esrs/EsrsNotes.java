package io.wattprint.report.esrs;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.scope2.Scope2Warning;
import io.wattprint.report.doc.Notice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The notes of the ESRS E1 report, in the order printed: what is not reported, estimates, gaps, the memo, warnings. */
final class EsrsNotes {
    private EsrsNotes() {}

    static List<EsrsE1Data.Note> of(EsrsYear y, EsrsE1Report.Options o, EmbodiedMemo memo, String priorNa,
                                    List<EsrsE1Data.Restatement> restated) {
        List<EsrsE1Data.Note> n = new ArrayList<>();
        n.add(note("E1-6_07 gross Scope 1 is not reported: wattprint records no fuel combustion "
                + "(generators, boilers); E1-6_12 and E1-6_13 are Scope 2 + Scope 3 and exclude Scope 1."));
        if (priorNa != null) n.add(note("Prior year " + (o.year() - 1) + ": " + priorNa + "."));
        for (EsrsE1Data.Restatement r : restated) n.add(note(BaseYear.note(r)));
        for (CloudScope3.Line c : y.cloud) n.addAll(CloudNotes.of(c));
        if (y.e15ItOnlyFact.exact().signum() > 0) n.add(warning(boundaryWarning(y)));
        for (String w : y.mixWarnings) n.add(warning("E1-5: " + w));
        if (y.notDeterminedFact.exact().signum() > 0) {
            List<String> why = new ArrayList<>();
            if (!y.mixMissing.isEmpty()) {
                why.add("no residual mix and no row in --energy-mix for " + String.join(", ", y.mixMissing) + " " + y.year);
            }
            if (!y.mixWarnings.isEmpty()) why.add("see the E1-5 warnings above");
            if (y.unknownLocationRuns != 0) why.add(y.unknownLocationRuns + " run(s) with unknown location");
            n.add(warning(y.notDeterminedFact.text() + " MWh of own-operations energy have no known "
                    + "generation mix (" + String.join("; ", why) + "): reported as not determined, not split into fossil, "
                    + "nuclear and renewable; E1-5_02, E1-5_03 and E1-5_05 cover the rest."));
        }
        if (o.netRevenue() == null) {
            n.add(note("E1-6_30 and E1-6_31 are not reported: no net revenue given (--net-revenue)."));
        } else {
            n.add(note("E1-6_30 and E1-6_31 = E1-6_12 and E1-6_13 ÷ (net revenue " + Figures.text(o.netRevenue())
                    + " " + o.currency().strip().toUpperCase(Locale.ROOT) + " ÷ 1,000,000); the prior and base "
                    + "years' intensities need their own revenue and are not reported."));
        }
        if (memo != null) n.add(note(memo.text()));
        n.add(note(category3(y)));
        for (Scope2Warning w : y.dual.warnings()) n.add(warning("Scope 2: " + w.message()));
        for (var m : y.own.meters()) n.add(note("Scope 2 and E1-5: " + m.note(Integer.toString(y.year))));
        for (String w : y.own.warnings()) n.add(warning("Scope 2: " + w));
        return n;
    }

    /** What the Scope 3 category 3 figure holds and what it leaves out (METHODOLOGY.md §3.3). */
    static String category3(EsrsYear y) {
        List<String> inScope2 = new ArrayList<>(), notDetermined = new ArrayList<>();
        int determined = 0;
        for (Category3.Line l : y.category3) {
            if (l.tonnes() != null) determined++;
            else if (Category3.IN_SCOPE2.equals(l.status())) inScope2.add(l.label());
            else notDetermined.add(l.label());
        }
        String s = "Scope 3 category 3 (upstream of purchased electricity: fuel supply and plant construction; well-to-tank "
                + "and T&D losses are not separately known) = MWh × (life-cycle − direct factor) for " + determined
                + " Scope 2 line(s): " + y.scope3Category3Fact.text() + " tCO2e, inside E1-6_11.";
        if (!inScope2.isEmpty()) s += " Not separated for " + String.join(", ", inScope2) + ": no direct factor is shipped, so "
                + "Scope 2 (E1-6_09) uses the life-cycle factor and holds the upstream share.";
        if (!notDetermined.isEmpty()) s += " Not determined for " + String.join(", ", notDetermined)
                + " (no life-cycle factor, or a factor of unknown boundary).";
        return s;
    }

    /** E1-5_01 adds facility energy and IT energy only, or is IT energy only (issue 16 item 7). */
    static String boundaryWarning(EsrsYear y) {
        String it = y.e15ItOnlyFact.text() + " MWh of IT energy only (" + y.itOnlyRuns + " run(s) with no PUE known: no "
                + "facility PUE, cloud region or --pue)";
        String why = "IT energy leaves out cooling and power conversion, so E1-5_01 understates own-operations energy; "
                + "the IT-only part is shown on its own line. Record the facility's PUE (wattprint facility) or give --pue, "
                + "then wattprint runs recompute (METHODOLOGY §2).";
        if (y.e15Facility.signum() == 0) return "E1-5_01 is " + it + ", not facility energy: " + why;
        return "E1-5_01 mixes boundaries: " + Figures.text(y.e15Facility) + " MWh of facility energy (IT energy × PUE, "
                + y.facilityRuns + " run(s)) and " + it + ". " + Character.toUpperCase(why.charAt(0)) + why.substring(1);
    }

    private static EsrsE1Data.Note note(String text) { return new EsrsE1Data.Note(Notice.Kind.NOTE, text); }

    private static EsrsE1Data.Note warning(String text) { return new EsrsE1Data.Note(Notice.Kind.WARNING, text); }
}
