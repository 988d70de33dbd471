package io.wattprint.report.aiact;

import io.wattprint.core.model.Provenance;
import io.wattprint.report.Basis;
import io.wattprint.report.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The ~100-word methodology paragraph of the form, written from what the figures actually rest on: the runs
 * counted (failed and interrupted included), how the energy was obtained (meters or estimation models, named),
 * the PUE and its basis, how hardware-days are counted, where the compute figure comes from and the emission
 * factors' sources and years. A sentence appears only for what was used: estimation is mentioned only when some
 * energy was estimated. Lists are cut to two items ("and 3 more") so the paragraph stays within 80–120 words.
 */
final class Methodology {
    private final boolean brief;

    private Methodology(boolean brief) { this.brief = brief; }

    static final int MAX_WORDS = 120;

    static String paragraph(String model, String version, TrainingRuns t, TrainingCompute compute, Basis basis) {
        String full = new Methodology(false).write(model, version, t, compute, basis);
        // Many methods, zones or sources: name the first of each and leave the rest to the Sources and methods tables.
        return words(full) <= MAX_WORDS ? full : new Methodology(true).write(model, version, t, compute, basis);
    }

    private String write(String model, String version, TrainingRuns t, TrainingCompute compute, Basis basis) {
        List<String> s = new ArrayList<>();
        int n = t.rows.size();
        String d1 = t.firstStart.toString().substring(0, 10), d2 = t.lastEnd.toString().substring(0, 10);
        s.add("These figures cover all " + n + " closed pre-training " + plural(n, "run") + " of " + model + " version " + version
                + " recorded by wattprint " + (d1.equals(d2) ? "on " + d1 : "from " + d1 + " to " + d2) + ", including "
                + t.failed.size() + " failed and " + t.interrupted.size() + " interrupted (SCI for AI provider boundary).");
        s.add(energy(basis, t.components()));
        s.add(pue(basis));
        int cpu = t.cpuOnly.size();
        s.add("Hardware-days are run hours times distinct GPUs, divided by 24"
                + (cpu == 0 ? "." : "; " + cpu + " CPU-only " + (cpu == 1 ? "run adds" : "runs add") + " none."));
        s.add(switch (compute.source()) {
            case GIVEN -> "Training compute was stated by the provider, not measured.";
            case TAGS -> "Training compute sums the flops tags of " + compute.taggedRuns() + " of " + t.all.size() + " runs.";
            case NONE -> "Training compute was not recorded.";
        });
        s.add(factors(basis));
        s.add("Figures have three significant figures.");
        return String.join(" ", s);
    }

    private String energy(Basis b, String components) {
        if (b.itKwh() == 0) return "No energy was recorded for these runs.";
        List<String> measured = methods(b, true, null);
        List<String> estimated = methods(b, false, Provenance.Kind.ESTIMATED);
        List<String> imported = methods(b, false, Provenance.Kind.IMPORTED);
        List<String> parts = new ArrayList<>();
        if (!measured.isEmpty()) parts.add(share(b.measuredShare()) + " was measured with hardware counters (" + list(measured) + ")");
        if (!estimated.isEmpty()) parts.add(share(b.estimatedShare()) + " estimated with " + list(estimated));
        if (!imported.isEmpty()) parts.add(share(b.importedKwh() / b.itKwh()) + " imported from " + list(imported));
        if (parts.size() == 1 && measured.size() > 0) {
            return components + " energy was measured per run with hardware counters (" + list(measured) + ").";
        }
        if (parts.size() == 1 && estimated.size() > 0) {
            return components + " energy was estimated, not measured, with " + list(estimated) + ".";
        }
        return "Of the " + components + " energy, " + joinAnd(parts) + ".";
    }

    private List<String> methods(Basis b, boolean measured, Provenance.Kind kind) {
        TreeSet<String> out = new TreeSet<>();
        for (Basis.MethodUse m : b.methods()) {
            boolean isMeasured = m.kind() == Provenance.Kind.MEASURED_COUNTER || m.kind() == Provenance.Kind.MEASURED_POWER;
            if (measured ? isMeasured : m.kind() == kind) out.add(m.method());
        }
        return List.copyOf(out);
    }

    private String pue(Basis b) {
        List<Basis.PueUse> applied = b.pues().stream().filter(p -> p.pue() != 1.0).toList();
        if (applied.isEmpty()) return "No PUE was applied, so facility energy equals IT energy.";
        boolean someWithout = applied.size() < b.pues().size();
        List<String> each = new ArrayList<>();
        for (Basis.PueUse p : applied) {
            // The basis is named when short; a long reason stays in the "PUE applied" table.
            each.add(Figures.text(p.pue(), 2) + (words(p.basis()) <= 4 ? " (" + p.basis() + ")" : ""));
        }
        return "Facility energy is IT energy times a PUE of " + list(each)
                + (someWithout ? "; other runs count IT energy only." : ".");
    }

    private String factors(Basis b) {
        if (b.factors().isEmpty()) return "No grid factor was available, so no emissions are stated.";
        TreeSet<String> sources = new TreeSet<>();
        TreeSet<String> zones = new TreeSet<>();
        for (Basis.FactorUse f : b.factors()) {
            sources.add((f.source() == null ? "unnamed source" : f.source()) + (f.year() == null ? "" : " " + f.year()));
            zones.add(f.zone());
        }
        return "Location-based emissions use " + list(List.copyOf(sources)) + " grid factors for " + list(List.copyOf(zones))
                + (b.unknownLocation().isEmpty() ? "." : "; unknown-location runs have none.");
    }

    private static String share(double s) { return Figures.percent(s, 1); }

    /** Two items at most, then "and N more"; in a brief paragraph the first only, then "and others". */
    String list(List<String> xs) {
        if (brief && xs.size() > 1) return xs.get(0) + " and others";
        if (xs.size() <= 2) return joinAnd(xs);
        return xs.get(0) + ", " + xs.get(1) + " and " + (xs.size() - 2) + " more";
    }

    private String joinAnd(List<String> xs) {
        if (xs.size() <= 1) return String.join("", xs);
        return String.join(", ", xs.subList(0, xs.size() - 1)) + " and " + xs.get(xs.size() - 1);
    }

    static String plural(int n, String word) { return n == 1 ? word : word + "s"; }

    /** Words as a reader counts them: runs of non-blank characters. */
    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

}
