package io.wattprint.report.esrs;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ledger.ClosedTotals;
import io.wattprint.ledger.RunRecord;
import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Purchased cloud compute as the customer's Scope 3 category 1 (ESRS axis member
 * {@code Category11CloudComputingAndDataCentreServicesMember}), one line per provider.
 *
 * <p>Month by month (UTC calendar months of the year, METHODOLOGY §11.3 "Export coverage"): a month the provider's
 * export covers ({@link ExportCoverage}: every account's figures span the whole month) counts with the provider's
 * own figures (rows imported by {@code ingest aws-carbon}, {@code gcp-carbon}, {@code azure-carbon}, newest model
 * version): scope 1 + scope 2 + scope 3, the location-based figure of a scope where the provider gives both methods
 * (the method the runs' estimates use), else its market-based one; a provider that only gives totals counts with its
 * location-based total, else the market-based one. The runs closed in such a month are then NOT added (they are
 * inside the provider's figure). Every other month counts with its runs' location-based CO2e, an estimate, and the
 * export's figures touching it (a partial month) are left out, with a warning.
 */
public final class CloudScope3 {
    /** Where a month's figure came from: the provider's export, or the runs closed in it (their estimate). */
    public enum Source { EXPORT, ESTIMATE }

    /** One month of a provider: its source and the runs closed in it (inside the export's figure, or estimated). */
    public record Month(int month, Source source, int runs, double runsKwh) {}

    /**
     * One provider's line; {@code tonnes} to 3 decimals, apportioned so the lines add up to the exact total rounded;
     * {@code exactTonnes} before rounding. {@code reported}: some month came from the provider's export;
     * {@code runsWithoutCo2e}: runs of estimated months without CO2e (not in E1-6_11); {@code months}: January to
     * December; {@code partialMonths}: months not covered that export figures touch, with the accounts that leave
     * them open, and {@code leftOutRows} those figures; {@code reportedTonnes} the exact tonnes of {@code exactTonnes}
     * taken from the provider's export (0 for none; E1-6_25).
     */
    public record Line(String provider, boolean reported, int runs, double runsKwh, BigDecimal tonnes, String figures,
                       int runsWithoutCo2e, BigDecimal exactTonnes, int year, List<Month> months,
                       Map<Integer, TreeSet<String>> partialMonths, int leftOutRows, BigDecimal reportedTonnes) {
        public Line {
            months = List.copyOf(months);
            partialMonths = Collections.unmodifiableMap(new TreeMap<>(partialMonths));
        }

        public String basis() {
            if (!reported) return "estimate from runs (location-based)";
            return estimatedRuns() == 0 ? "reported by the provider"
                    : "reported by the provider (" + monthList(Source.EXPORT) + "); estimate from runs (other months)";
        }

        /** The tonnes as printed: rounded, or when that is 0 and the exact value is not, its first digits (§5.1). */
        public String tonnesText() { return Figures.text(exactTonnes, tonnes); }

        /** Runs in months whose figure is the provider's export (inside it, not added). */
        public int coveredRuns() { return months.stream().filter(m -> m.source() == Source.EXPORT).mapToInt(Month::runs).sum(); }

        /** Facility kWh of the runs in covered months. */
        public double coveredKwh() {
            return months.stream().filter(m -> m.source() == Source.EXPORT).mapToDouble(Month::runsKwh).sum();
        }

        /** Runs in months whose figure is the runs' estimate. */
        public int estimatedRuns() { return runs - coveredRuns(); }

        /** "aws 2026: Jan–Oct estimate (0 runs), Nov export, Dec estimate (1 run)": each run of months with one source. */
        public String sources() {
            List<String> parts = new ArrayList<>();
            int i = 0;
            while (i < months.size()) {
                int j = i;
                while (j + 1 < months.size() && months.get(j + 1).source() == months.get(i).source()) j++;
                String span = name(months.get(i).month()) + (j > i ? "–" + name(months.get(j).month()) : "");
                if (months.get(i).source() == Source.EXPORT) {
                    parts.add(span + " export");
                } else {
                    int n = 0;
                    for (int k = i; k <= j; k++) n += months.get(k).runs();
                    parts.add(span + " estimate (" + n + " run" + (n == 1 ? "" : "s") + ")");
                }
                i = j + 1;
            }
            return provider + " " + year + ": " + String.join(", ", parts);
        }

        /** The months of one source, "Nov" or "Jan, Mar–Apr". */
        String monthList(Source source) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                if (months.get(i).source() != source) continue;
                int j = i;
                while (j + 1 < months.size() && months.get(j + 1).source() == source) j++;
                out.add(name(months.get(i).month()) + (j > i ? "–" + name(months.get(j).month()) : ""));
                i = j;
            }
            return String.join(", ", out);
        }

        static String name(int month) { return java.time.Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH); }
    }

    private CloudScope3() {}

    /** The provider of a cloud region id "aws:eu-west-3" (lower case), or the region itself without a prefix. */
    public static String provider(String cloudRegion) {
        int i = cloudRegion.indexOf(':');
        if (i < 0) i = cloudRegion.indexOf('/');
        return (i < 0 ? cloudRegion : cloudRegion.substring(0, i)).strip().toLowerCase(Locale.ROOT);
    }

    /** The lines of {@code year} from runs already read (each with its latest footprint) and the provider figures. */
    public static List<Line> of(int year, List<RunRecord> cloudRuns, List<CloudEmission> reported) {
        return of(year, ClosedTotals.of(cloudRuns, null, null).inYear(year), reported);
    }

    /**
     * The lines of {@code year} from the ledger's totals of the year's runs (their cloud months) and the provider
     * figures whose period starts in the year.
     */
    public static List<Line> of(int year, ClosedTotals totals, List<CloudEmission> reported) {
        Map<String, List<ClosedTotals.CloudMonth>> runs = new TreeMap<>();
        for (ClosedTotals.CloudMonth m : totals.cloudMonths()) {
            if (m.year() == year) runs.computeIfAbsent(provider(m.cloudRegion()), k -> new ArrayList<>()).add(m);
        }
        Map<String, List<CloudEmission>> rows = new TreeMap<>();
        for (CloudEmission e : reported) rows.computeIfAbsent(e.provider().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
        TreeSet<String> providers = new TreeSet<>(runs.keySet());
        providers.addAll(rows.keySet());
        List<Line> out = new ArrayList<>();
        List<BigDecimal> exact = new ArrayList<>();
        for (String p : providers) {
            ExportCoverage cover = ExportCoverage.of(year, rows.getOrDefault(p, List.of()));
            int[] n = new int[13];
            double[] kwh = new double[13];
            BigDecimal estimateKg = BigDecimal.ZERO;
            int without = 0;
            for (ClosedTotals.CloudMonth m : runs.getOrDefault(p, List.of())) {
                n[m.month()] += m.runs();
                if (!m.footprint()) {
                    if (!cover.covers(m.month())) without += m.runs();
                    continue;
                }
                kwh[m.month()] += Energy.ofJoules(m.facilityEnergyJoules()).kilowattHours();
                if (cover.covers(m.month())) continue;
                if (!m.co2eKnown()) without += m.runs();
                else estimateKg = estimateKg.add(BigDecimal.valueOf(Co2e.ofGrams(m.co2eGrams()).kilograms()));
            }
            List<Month> months = new ArrayList<>();
            int total = 0;
            double totalKwh = 0;
            for (int m = 1; m <= 12; m++) {
                months.add(new Month(m, cover.covers(m) ? Source.EXPORT : Source.ESTIMATE, n[m], kwh[m]));
                total += n[m];
                totalKwh += kwh[m];
            }
            List<CloudEmission> used = cover.used();
            BigDecimal t = estimateKg.movePointLeft(3);
            String figures = "runs' CO2e (facility kWh × grid factor)";
            BigDecimal fromExport = BigDecimal.ZERO;
            if (!used.isEmpty()) {
                Reported rep = reported(used);
                boolean estimated = months.stream().anyMatch(m -> m.source() == Source.ESTIMATE && m.runs() > 0);
                figures = estimated ? rep.figures + " + " + figures : rep.figures;
                t = t.add(rep.tonnes);
                fromExport = rep.tonnes;
            }
            out.add(new Line(p, !used.isEmpty(), total, totalKwh, null, figures, without, t, year, months,
                    cover.partialMonths(), cover.leftOut().size(), fromExport));
            exact.add(t);
        }
        // E1-6_11 is the exact sum rounded half-up; the providers' tonnes are apportioned to it (largest remainder)
        List<BigDecimal> t = ToTotal.apportionExact(exact, 3);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Line l = out.get(i);
            lines.add(new Line(l.provider(), l.reported(), l.runs(), l.runsKwh(), t.get(i), l.figures(), l.runsWithoutCo2e(),
                    exact.get(i), l.year(), l.months(), l.partialMonths(), l.leftOutRows(), l.reportedTonnes()));
        }
        return lines;
    }

    private record Reported(BigDecimal tonnes, String figures) {}

    private static Reported reported(List<CloudEmission> es) {
        boolean scoped = es.stream().anyMatch(e -> e.scope() != null);
        List<String> used = new ArrayList<>();
        BigDecimal t = BigDecimal.ZERO;
        Integer[] scopes = scoped ? new Integer[] {1, 2, 3} : new Integer[] {null};
        for (Integer s : scopes) {
            List<CloudEmission> of = es.stream().filter(e -> java.util.Objects.equals(e.scope(), s)).toList();
            if (of.isEmpty()) continue;
            CloudEmission.Method m = of.stream().anyMatch(e -> e.method() == CloudEmission.Method.LOCATION) ? CloudEmission.Method.LOCATION
                    : of.stream().anyMatch(e -> e.method() == CloudEmission.Method.MARKET) ? CloudEmission.Method.MARKET : null;
            int n = 0;
            for (CloudEmission e : of) {
                if (e.method() != m) continue;
                t = t.add(BigDecimal.valueOf(e.co2e().grams()).movePointLeft(6));
                n++;
            }
            used.add(of.stream().filter(e -> e.method() == m).findFirst().get().figureLabel() + " (" + n + " row" + (n == 1 ? "" : "s") + ")");
        }
        TreeSet<String> models = new TreeSet<>();
        for (CloudEmission e : es) models.add(e.sourceKind() + " model " + e.modelVersion());
        return new Reported(t, String.join(" + ", used) + "; " + String.join(", ", models));
    }
}
