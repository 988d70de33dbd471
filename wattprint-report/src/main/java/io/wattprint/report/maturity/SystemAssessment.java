package io.wattprint.report.maturity;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Provenance;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import io.wattprint.report.Basis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The evidence for one AI system (the runs of one workload name in the period) and the level it supports, by the
 * rules of {@link Maturity}: weeks in which it ran and weeks covered by an automatic, measured record with kWh and
 * CO2e; shares of IT energy measured, recorded automatically and with CO2e; its largest (training) run; and, for the
 * next level, the concrete items missing.
 */
final class SystemAssessment {
    final String name;
    final String productionReason; // null: not production
    final int runs;
    final TreeSet<String> weeksActive = new TreeSet<>();
    final TreeSet<String> weeksCovered = new TreeSet<>();
    double itKwh, measuredKwh, automaticKwh, co2eKnownKwh;
    /**
     * The system's IT kWh and kgCO2e as exact decimal sums of its runs' stored figures (each run's double read as its
     * shortest decimal, {@link Figures#exact}), as {@code report summary} and {@code report ai-act} add them: a sum of
     * doubles can land a hair below a rounding midpoint (116.20499999999998 for 116.205) and print one unit less.
     */
    BigDecimal itKwhExact = BigDecimal.ZERO, co2eKgExact = BigDecimal.ZERO;
    final int level;
    final List<String> missing = new ArrayList<>();

    SystemAssessment(String name, List<RunRecord> runs, Set<String> periodWeeks, String productionReason) {
        this.name = name;
        this.productionReason = productionReason;
        this.runs = runs.size();
        TreeMap<String, double[]> estimatedByHost = new TreeMap<>();
        TreeMap<String, TreeSet<String>> imported = new TreeMap<>(); // origin → run ids
        List<String> unknownLocation = new ArrayList<>();
        List<String> noFootprint = new ArrayList<>();
        for (RunRecord r : runs) {
            String week = Maturity.week(r.run().start());
            if (periodWeeks.contains(week)) weeksActive.add(week);
            boolean auto = Origin.automatic(r.run());
            if (!auto) imported.computeIfAbsent(Origin.label(r.run()), k -> new TreeSet<>()).add(r.run().id());
            StoredFootprint f = r.footprint();
            if (f == null) {
                noFootprint.add(r.run().id());
                continue;
            }
            double kwh = f.itEnergy().kilowattHours();
            itKwh += kwh;
            itKwhExact = itKwhExact.add(Figures.exact(kwh));
            if (auto) automaticKwh += kwh;
            if (f.co2e() != null) {
                co2eKnownKwh += kwh;
                co2eKgExact = co2eKgExact.add(Figures.exact(f.co2e().kilograms()));
            } else {
                unknownLocation.add(r.run().id());
            }
            double measured = 0;
            for (ComponentEnergy c : f.components()) {
                double e = c.energy().kilowattHours();
                if (c.provenance().isMeasured()) measured += e;
                if (c.provenance().kind() == Provenance.Kind.ESTIMATED) {
                    String host = r.run().host() == null ? "(no host)" : r.run().host();
                    estimatedByHost.computeIfAbsent(host, k -> new double[1])[0] += e;
                }
            }
            measuredKwh += measured;
            if (auto && f.co2e() != null && Maturity.meets(share(measured, kwh)) && periodWeeks.contains(week)) {
                weeksCovered.add(week);
            }
        }
        boolean level3 = Maturity.meets(measuredShare()) && Maturity.meets(automaticShare())
                && Maturity.meets(co2eKnownShare()) && weeksActive.size() >= Maturity.MIN_WEEKS
                && weeksCovered.containsAll(weeksActive) && noFootprint.isEmpty();
        RunRecord largest = largest(runs);
        boolean level2 = largest != null && oneOffMeasured(largest);
        this.level = level3 ? 3 : level2 ? 2 : 1;
        if (level == 3) {
            missing.add("nothing: Level 3 is the highest level the rubric defines; keep every week covered");
        } else if (level == 2) {
            if (!Maturity.meets(measuredShare())) {
                missing.add("measured share " + Figures.percent(measuredShare(), 1) + " (needs ≥ 90 %)" + hosts(estimatedByHost)
                        + (imported.isEmpty() ? "" : "; imported energy counts as not measured by wattprint"));
            }
            if (!Maturity.meets(automaticShare())) {
                StringBuilder s = new StringBuilder("recorded automatically " + Figures.percent(automaticShare(), 1)
                        + " (needs ≥ 90 %): record the runs with wattprint run or the Java API instead of importing them (");
                List<String> parts = new ArrayList<>();
                imported.forEach((origin, ids) -> parts.add(origin + ": " + ids.size() + " run(s) " + Basis.ids(List.copyOf(ids))));
                missing.add(s.append(String.join("; ", parts)).append(')').toString());
            }
            if (!Maturity.meets(co2eKnownShare())) {
                missing.add("CO2e known for " + Figures.percent(co2eKnownShare(), 1) + " of the energy (needs ≥ 90 %): give --location "
                        + "to the runs (" + unknownLocation.size() + " without one: " + Basis.ids(unknownLocation) + ")");
            }
            if (weeksActive.size() < Maturity.MIN_WEEKS) {
                missing.add("ran in " + weeksActive.size() + " ISO week(s) of the period (" + String.join(", ", weeksActive)
                        + "): continuity shows only over at least " + Maturity.MIN_WEEKS + " weeks");
            } else if (!weeksCovered.containsAll(weeksActive)) {
                TreeSet<String> gap = new TreeSet<>(weeksActive);
                gap.removeAll(weeksCovered);
                missing.add("weeks without an automatic, measured record with CO2e: " + String.join(", ", gap));
            }
            if (!noFootprint.isEmpty()) {
                missing.add(noFootprint.size() + " run(s) without a footprint (" + Basis.ids(noFootprint) + "): wattprint runs recompute ID");
            }
        } else if (largest == null) {
            missing.add("no run has a footprint (" + Basis.ids(noFootprint) + "): close the runs or run wattprint runs recompute ID");
        } else {
            missing.add("measure its largest " + (largest.run().workload().phase() == Phase.TRAINING ? "training " : "") + "run "
                    + Basis.ids(List.of(largest.run().id())) + " (" + Figures.text(largest.footprint().itEnergy().kilowattHours(), 3)
                    + " kWh, " + Figures.percent(1 - largest.footprint().measuredShare() - importedShare(largest), 1)
                    + " estimated): run it under wattprint run where NVML/RAPL can be read (METHODOLOGY §1.1–1.2), or import the "
                    + "output of the tool that measured it (wattprint ingest codecarbon)");
        }
    }

    /** The run the rubric's "largest training runs" points at: the system's largest training run by IT energy, else its largest run. */
    static RunRecord largest(List<RunRecord> runs) {
        Comparator<RunRecord> bySize = Comparator.comparingDouble((RunRecord r) -> r.footprint().itEnergy().kilowattHours())
                .thenComparing(r -> r.run().id(), Comparator.reverseOrder());
        List<RunRecord> withFootprint = runs.stream().filter(r -> r.footprint() != null).toList();
        List<RunRecord> training = withFootprint.stream().filter(r -> r.run().workload().phase() == Phase.TRAINING).toList();
        return (training.isEmpty() ? withFootprint : training).stream().max(bySize).orElse(null);
    }

    /** Level 2's one-off measurement: ≥ 90 % of the run's IT energy measured, or imported from a tool that measured it. */
    private static boolean oneOffMeasured(RunRecord r) {
        return Maturity.meets(r.footprint().measuredShare() + importedShare(r));
    }

    private static double importedShare(RunRecord r) {
        double it = r.footprint().itEnergy().kilowattHours(), imp = 0;
        for (ComponentEnergy c : r.footprint().components()) {
            if (c.provenance().kind() == Provenance.Kind.IMPORTED) imp += c.energy().kilowattHours();
        }
        return share(imp, it);
    }

    private static String hosts(TreeMap<String, double[]> estimated) {
        if (estimated.isEmpty()) return "";
        List<String> parts = new ArrayList<>();
        estimated.forEach((h, kwh) -> parts.add(h + " (" + Figures.text(kwh[0], 3) + " kWh estimated)"));
        return ": meter host(s) " + String.join(", ", parts);
    }

    boolean production() { return productionReason != null; }
    double measuredShare() { return share(measuredKwh, itKwh); }
    double automaticShare() { return share(automaticKwh, itKwh); }
    double co2eKnownShare() { return share(co2eKnownKwh, itKwh); }

    static double share(double part, double whole) { return whole == 0 ? 0 : part / whole; }

}
