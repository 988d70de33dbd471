package io.wattprint.report.aiact;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Provenance;
import io.wattprint.report.Basis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ~100-word methodology paragraph of the form, written from what the figures actually rest on: the runs
 * counted (failed and interrupted included), how the energy was obtained (meters or estimation models, named),
 * the PUE and its basis, how hardware-days are counted, where the compute figure comes from and the emission
 * factors' sources (by a short name, {@link #shortSource}) and years with their zones. A sentence appears only for what was used: estimation is mentioned only when some
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
        int tagged = t.gpuCountTagged.size();
        s.add("Hardware-days are run hours times distinct GPUs"
                + (tagged == 0 ? "" : " (the recorded gpu_count for " + tagged + " " + plural(tagged, "run") + ")")
                + ", divided by 24" + (cpu == 0 ? "." : "; " + cpu + " CPU-only " + (cpu == 1 ? "run adds" : "runs add") + " none."));
        s.add(switch (compute.source()) {
            case GIVEN -> "Training compute was stated by the provider, not measured.";
            case TAGS -> Boolean.TRUE.equals(compute.complete())
                    ? compute.runs() == 1 ? "Training compute is the flops tag of the only run."
                            : "Training compute sums the flops tags of all " + compute.runs() + " runs."
                    : "Training compute is partial: flops tags of " + compute.taggedRuns() + " of " + compute.runs() + " runs only.";
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
        if (!imported.isEmpty()) {
            parts.add(share(b.importedKwh() / b.itKwh()) + " imported from " + list(imported) + " (counted as estimated)");
        }
        if (parts.size() == 1 && imported.size() > 0) {
            return components + " energy was imported from " + list(imported) + " and is counted as estimated: the import "
                    + "does not record how it was obtained.";
        }
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
        TreeMap<String, TreeSet<String>> zonesBySource = new TreeMap<>();
        for (Basis.FactorUse f : b.factors()) {
            String name = shortSource(f.source());
            String year = f.year() == null ? "" : f.year().toString();
            String label = year.isEmpty() || name.contains(year) ? name : name + " " + year;
            zonesBySource.computeIfAbsent(label, k -> new TreeSet<>()).add(f.zone());
        }
        List<String> each = new ArrayList<>();
        zonesBySource.forEach((source, zones) -> each.add(source + " (" + list(List.copyOf(zones)) + ")"));
        return "Location-based emissions use grid factors: " + list(each)
                + (b.unknownLocation().isEmpty() ? "." : "; unknown-location runs have none.");
    }

    /**
     * A factor source as a sentence can carry it; the full citation stays in the "Sources and methods" tables. A
     * source of at most five words and 40 characters is kept as it is; a longer one is cut to its first clause (up to
     * the first comma, semicolon or parenthesis) and, when that starts with a capital, to its leading words up to the
     * first all-lower-case word (at most four: "Ember Yearly Electricity Data", "Electricity Maps", "US EPA eGRID2022"),
     * else to its first four words and "…"; "via co2.js" is added when the citation says the values were republished
     * there.
     */
    static String shortSource(String source) {
        if (source == null || source.isBlank()) return "unnamed source";
        String full = source.strip();
        if (words(full) <= 5 && full.length() <= 40) return full;
        String[] clause = full.split("[,;(]", 2)[0].strip().split("\\s+");
        List<String> kept = new ArrayList<>();
        boolean named = !clause[0].isEmpty() && !clause[0].equals(clause[0].toLowerCase(Locale.ROOT));
        for (String w : clause) {
            if (w.isEmpty() || kept.size() == 4 || (named && !kept.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT)))) break;
            kept.add(w);
        }
        List<String> all = List.of(full.split("\\s+"));
        String name = kept.isEmpty() ? String.join(" ", all.subList(0, Math.min(4, all.size()))) + " …"
                : String.join(" ", kept) + (named || kept.size() == clause.length ? "" : " …");
        if (full.contains("co2.js") && !name.contains("co2.js")) name += " via co2.js";
        return name;
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
