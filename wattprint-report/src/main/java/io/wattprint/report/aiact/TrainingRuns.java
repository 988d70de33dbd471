package io.wattprint.report.aiact;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.RunStatus;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The runs of one model version in one phase, as the AI Act form counts them: every closed run, failed and
 * interrupted ones included (the SCI for AI provider boundary counts training whole, failed and intermediate
 * runs too), each with its per-run figures; a total is the exact sum rounded half-up and the rows are apportioned
 * to it by the largest remainder, so the form's totals add up to the table printed under it. Runs still open have no duration and are listed apart.
 */
final class TrainingRuns {
    /** The run tag giving the number of GPUs (set by the CodeCarbon importer from its {@code gpu_count} column). */
    static final String GPU_COUNT_TAG = "gpu_count";
    static final int HOURS_DECIMALS = 3, GPU_DAYS_DECIMALS = 4, KWH_DECIMALS = 3, KG_DECIMALS = 3;

    /** One closed run with its figures as printed (apportioned); {@code co2eKg} null where the location is unknown. */
    /** {@code exact}: the unrounded hours, GPU-days, IT kWh, facility kWh, kgCO2e (null where n/a). */
    record Row(RunRecord record, BigDecimal hours, int gpus, BigDecimal gpuDays, BigDecimal itKwh, BigDecimal facilityKwh,
               BigDecimal co2eKg, String provenance, List<Double> exact) {
        String id() { return record.run().id(); }
        RunStatus status() { return record.run().status(); }
    }

    final List<RunRecord> all = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    final List<String> open = new ArrayList<>();
    final List<String> cpuOnly = new ArrayList<>();
    /** Runs whose GPUs were counted from their gpu_count tag (larger than their distinct GPU components). */
    final List<String> gpuCountTagged = new ArrayList<>();
    final List<String> withoutFootprint = new ArrayList<>();
    final List<String> failed = new ArrayList<>();
    final List<String> interrupted = new ArrayList<>();
    final List<String> unknownLocation = new ArrayList<>();
    /** The component kinds with energy in the runs' footprints, in the order GPU, CPU, DRAM, other. */
    final java.util.EnumSet<Component.Kind> kinds = java.util.EnumSet.noneOf(Component.Kind.class);
    Instant firstStart, lastEnd;

    /** The runs of {@code model} {@code version} in {@code phase}, oldest first (ties by id). */
    static TrainingRuns of(List<RunRecord> records, String model, String version, Phase phase) {
        TrainingRuns t = new TrainingRuns();
        records.stream()
                .filter(r -> model.equals(r.run().workload().model()) && version.equals(r.run().workload().modelVersion())
                        && r.run().workload().phase() == phase)
                .sorted(Comparator.comparing((RunRecord r) -> r.run().start()).thenComparing(r -> r.run().id()))
                .forEach(t::add);
        t.apportion();
        return t;
    }

    /** The exact figures of each row (hours, GPU-days, IT kWh, facility kWh, kgCO2e; null where n/a). */
    private final List<Double[]> exact = new ArrayList<>();

    /**
     * Each column's total is its exact sum rounded half-up; the rows' figures are apportioned to it by the largest
     * remainder ({@link ToTotal#apportion}), so the form's totals are the sums of the table under it.
     */
    private void apportion() {
        int[] decimals = {HOURS_DECIMALS, GPU_DAYS_DECIMALS, KWH_DECIMALS, KWH_DECIMALS, KG_DECIMALS};
        BigDecimal[][] shown = new BigDecimal[rows.size()][5];
        for (int c = 0; c < 5; c++) {
            List<Double> xs = new ArrayList<>();
            for (Double[] e : exact) if (e[c] != null) xs.add(e[c]);
            List<BigDecimal> parts = ToTotal.apportion(xs, decimals[c]);
            int k = 0;
            for (int i = 0; i < rows.size(); i++) if (exact.get(i)[c] != null) shown[i][c] = parts.get(k++);
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            rows.set(i, new Row(r.record(), shown[i][0], r.gpus(), shown[i][1], shown[i][2], shown[i][3], shown[i][4], r.provenance(),
                    Arrays.asList(exact.get(i))));
        }
    }

    private void add(RunRecord r) {
        all.add(r);
        String id = r.run().id();
        if (r.run().status() == RunStatus.FAILED) failed.add(id);
        if (r.run().status() == RunStatus.INTERRUPTED) interrupted.add(id);
        if (r.run().end() == null) {
            open.add(id);
            return;
        }
        if (firstStart == null || r.run().start().isBefore(firstStart)) firstStart = r.run().start();
        if (lastEnd == null || r.run().end().isAfter(lastEnd)) lastEnd = r.run().end();
        Duration d = r.run().duration();
        double hours = d.toMillis() / 3_600_000.0;
        StoredFootprint f = r.footprint();
        TreeSet<Component> gpus = new TreeSet<>();
        int measured = 0, estimated = 0, imported = 0;
        if (f != null) {
            for (ComponentEnergy c : f.components()) {
                if (c.component().kind() == Component.Kind.GPU) gpus.add(c.component());
                kinds.add(c.component().kind());
                if (c.provenance().isMeasured()) measured++;
                else if (c.provenance().kind() == io.wattprint.core.model.Provenance.Kind.ESTIMATED) estimated++;
                else imported++;
            }
        } else {
            withoutFootprint.add(id);
        }
        int accelerators = accelerators(gpus.size(), r.run().workload().tags().get(GPU_COUNT_TAG));
        if (f != null && accelerators == 0) cpuOnly.add(id);
        if (accelerators > gpus.size()) gpuCountTagged.add(id);
        if (f != null && f.co2e() == null) unknownLocation.add(id);
        String provenance = f == null ? "no footprint"
                : measured > 0 && estimated == 0 && imported == 0 ? "measured"
                : estimated > 0 && measured == 0 && imported == 0 ? "estimated"
                : imported > 0 && measured == 0 && estimated == 0 ? "imported" : "mixed";
        rows.add(new Row(r, null, accelerators, null, null, null, null, provenance, List.of()));
        exact.add(new Double[] {hours, hours * accelerators / 24.0, f == null ? null : f.itEnergy().kilowattHours(),
                f == null ? null : f.facilityEnergy().kilowattHours(), f == null || f.co2e() == null ? null : f.co2e().kilograms()});
    }

    /**
     * A run's accelerator count: the distinct GPU components of its footprint, or its {@code gpu_count} tag when
     * that is larger — an imported CodeCarbon run stores its GPU energy as one aggregated component ({@code gpu:all})
     * and the GPUs in {@code gpu_count}. A tag that is not a whole number ≥ 0 is ignored.
     */
    static int accelerators(int gpuComponents, String gpuCountTag) {
        if (gpuCountTag == null) return gpuComponents;
        try {
            return Math.max(gpuComponents, Integer.parseInt(gpuCountTag.strip()));
        } catch (NumberFormatException e) {
            return gpuComponents;
        }
    }

    boolean isEmpty() { return all.isEmpty(); }

    /** "GPU and CPU", "GPU, CPU and memory": the components the energy figures cover. */
    String components() {
        List<String> names = new ArrayList<>();
        for (Component.Kind k : kinds) {
            names.add(switch (k) {
                case GPU -> "GPU";
                case CPU -> "CPU";
                case DRAM -> "memory";
                case OTHER -> "other";
            });
        }
        if (names.isEmpty()) return "no component";
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Runs with a footprint (those the energy and emission totals rest on). */
    List<RunRecord> withFootprint() { return all.stream().filter(r -> r.footprint() != null).toList(); }

    BigDecimal hours() { return sum(rows.stream().map(Row::hours).toList(), HOURS_DECIMALS); }
    BigDecimal gpuDays() { return sum(rows.stream().map(Row::gpuDays).toList(), GPU_DAYS_DECIMALS); }
    BigDecimal itKwh() { return sum(rows.stream().map(Row::itKwh).toList(), KWH_DECIMALS); }
    BigDecimal facilityKwh() { return sum(rows.stream().map(Row::facilityKwh).toList(), KWH_DECIMALS); }
    BigDecimal co2eKg() { return sum(rows.stream().map(Row::co2eKg).toList(), KG_DECIMALS); }

    /**
     * The exact sums the form's figures are rounded from, once, to their significant figures (issue 16 item 8: rounding
     * the table's rounded TOTAL again gave 0.00 MWh for a laptop run): each row's figure read as its shortest decimal
     * ({@link Figures#exact}) and added exactly; n/a rows left out.
     */
    BigDecimal exactHours() { return exactSum(0); }
    BigDecimal exactGpuDays() { return exactSum(1); }
    BigDecimal exactItKwh() { return exactSum(2); }
    BigDecimal exactFacilityKwh() { return exactSum(3); }
    BigDecimal exactCo2eKg() { return exactSum(4); }

    private BigDecimal exactSum(int column) {
        BigDecimal s = BigDecimal.ZERO;
        for (Double[] e : exact) if (e[column] != null) s = s.add(Figures.exact(e[column]));
        return s;
    }

    /** First start to last end, in days (null without a closed run). */
    Double wallClockDays() { return firstStart == null ? null : Duration.between(firstStart, lastEnd).toMillis() / 86_400_000.0; }

    private static BigDecimal sum(List<BigDecimal> xs, int decimals) {
        return ToTotal.sum(xs.stream().filter(x -> x != null).toList()).setScale(decimals);
    }
}
