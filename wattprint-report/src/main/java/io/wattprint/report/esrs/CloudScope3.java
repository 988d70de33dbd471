package io.wattprint.report.esrs;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.Figures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Purchased cloud compute as the customer's Scope 3 category 1 (ESRS axis member
 * {@code Category11CloudComputingAndDataCentreServicesMember}), one line per provider.
 *
 * <p>A provider that reported emissions for the year (rows imported by {@code ingest aws-carbon}, {@code gcp-carbon},
 * {@code azure-carbon}, periods starting in the year, newest model version) counts with its own figures:
 * scope 1 + scope 2 + scope 3, the location-based figure of a scope where the provider gives both methods (the
 * method the runs' estimates use), else its market-based one; a provider that only gives totals counts with its
 * location-based total, else the market-based one. The runs on that provider's regions are then NOT added (they are
 * inside the provider's figure). A provider without rows counts with its runs' location-based CO2e, an estimate.
 */
public final class CloudScope3 {
    /** One provider's line; {@code tonnes} rounded to 3 decimals. */
    public record Line(String provider, boolean reported, int runs, double runsKwh, BigDecimal tonnes, String figures,
                       int runsWithoutCo2e) {
        public String basis() { return reported ? "reported by the provider" : "estimate from runs (location-based)"; }
    }

    private CloudScope3() {}

    /** The provider of a cloud region id "aws:eu-west-3" (lower case), or the region itself without a prefix. */
    public static String provider(String cloudRegion) {
        int i = cloudRegion.indexOf(':');
        if (i < 0) i = cloudRegion.indexOf('/');
        return (i < 0 ? cloudRegion : cloudRegion.substring(0, i)).strip().toLowerCase(Locale.ROOT);
    }

    public static List<Line> of(List<RunRecord> cloudRuns, List<CloudEmission> reported) {
        Map<String, List<RunRecord>> runs = new TreeMap<>();
        for (RunRecord r : cloudRuns) runs.computeIfAbsent(provider(r.run().location().cloudRegion()), k -> new ArrayList<>()).add(r);
        Map<String, List<CloudEmission>> rows = new TreeMap<>();
        for (CloudEmission e : reported) rows.computeIfAbsent(e.provider().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
        TreeSet<String> providers = new TreeSet<>(runs.keySet());
        providers.addAll(rows.keySet());
        List<Line> out = new ArrayList<>();
        for (String p : providers) {
            List<RunRecord> rs = runs.getOrDefault(p, List.of());
            double kwh = 0;
            BigDecimal runsKg = BigDecimal.ZERO;
            int without = 0;
            for (RunRecord r : rs) {
                if (r.footprint() == null) {
                    without++;
                    continue;
                }
                kwh += r.footprint().facilityEnergy().kilowattHours();
                if (r.footprint().co2e() == null) without++;
                else runsKg = runsKg.add(BigDecimal.valueOf(r.footprint().co2e().kilograms()));
            }
            List<CloudEmission> es = rows.get(p);
            if (es != null) {
                Reported rep = reported(es);
                out.add(new Line(p, true, rs.size(), kwh, rep.tonnes.setScale(3, java.math.RoundingMode.HALF_UP), rep.figures, without));
            } else {
                out.add(new Line(p, false, rs.size(), kwh, Figures.round(runsKg.movePointLeft(3).doubleValue(), 3),
                        "runs' CO2e (facility kWh × grid factor)", without));
            }
        }
        return out;
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
