package io.wattprint.report.esrs;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ledger.ClosedTotals;
import io.wattprint.ledger.RunRecord;
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
    /** One provider's line; {@code tonnes} to 3 decimals, apportioned so the lines add up to the exact total rounded. */
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
        return of(ClosedTotals.of(cloudRuns, null, null), reported);
    }

    /** The lines from the ledger's totals of the year's runs (only the groups with a cloud region count). */
    public static List<Line> of(ClosedTotals totals, List<CloudEmission> reported) {
        Map<String, List<ClosedTotals.Group>> runs = new TreeMap<>();
        for (ClosedTotals.Group g : totals.groups()) {
            if (g.cloudRegion() != null) runs.computeIfAbsent(provider(g.cloudRegion()), k -> new ArrayList<>()).add(g);
        }
        Map<String, List<CloudEmission>> rows = new TreeMap<>();
        for (CloudEmission e : reported) rows.computeIfAbsent(e.provider().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
        TreeSet<String> providers = new TreeSet<>(runs.keySet());
        providers.addAll(rows.keySet());
        List<Line> out = new ArrayList<>();
        List<BigDecimal> exact = new ArrayList<>();
        for (String p : providers) {
            List<ClosedTotals.Group> gs = runs.getOrDefault(p, List.of());
            double kwh = 0;
            BigDecimal runsKg = BigDecimal.ZERO;
            int without = 0, n = 0;
            for (ClosedTotals.Group g : gs) {
                n += g.runs();
                if (!g.footprint()) {
                    without += g.runs();
                    continue;
                }
                kwh += Energy.ofJoules(g.facilityEnergyJoules()).kilowattHours();
                if (!g.co2eKnown()) without += g.runs();
                else runsKg = runsKg.add(BigDecimal.valueOf(Co2e.ofGrams(g.co2eGrams()).kilograms()));
            }
            List<CloudEmission> es = rows.get(p);
            if (es != null) {
                Reported rep = reported(es);
                out.add(new Line(p, true, n, kwh, null, rep.figures, without));
                exact.add(rep.tonnes);
            } else {
                out.add(new Line(p, false, n, kwh, null, "runs' CO2e (facility kWh × grid factor)", without));
                exact.add(runsKg.movePointLeft(3));
            }
        }
        // E1-6_11 is the exact sum rounded half-up; the providers' tonnes are apportioned to it (largest remainder)
        List<BigDecimal> t = ToTotal.apportionExact(exact, 3);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Line l = out.get(i);
            lines.add(new Line(l.provider(), l.reported(), l.runs(), l.runsKwh(), t.get(i), l.figures(), l.runsWithoutCo2e()));
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
