package io.wattprint.report.weekly;

import io.wattprint.core.model.Phase;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The fixed ledger of the weekly report tests. Week 2026-W47 is Monday 2026-11-16 to Monday 2026-11-23 (UTC).
 *
 * <pre>
 * id          week workload      project team model      phase          IT kWh         PUE zone    facility kWh  kgCO2e
 * a1000001-x  W47  resnet-train  vision  cv   resnet 50  training       10 GPU + 2 CPU 1.2 FR 56   14.4          14.4×56 g = 0.8064
 * a1000002-x  W47  resnet-serve  vision  cv   resnet 50  inference      1.25           1.2 FR 56   1.5           1.5×56 g  = 0.084
 * b1000001-x  W47  llama-ft      nlp     lang llama 3    fine-tuning    20             1.1 DE 380  22            22×380 g  = 8.36
 * b1000002-x  W47  llama-serve   nlp     lang llama 3    inference      4 (estimated)  1.1 DE 380  4.4           4.4×380 g = 1.672
 * c1000001-x  W47  crawl         search  lang (none)     data-pipeline  0.5 CPU        —   unknown 0.5           none
 * c1000002-x  W47  crawl         search  lang bert base  (none)         0.333          —   FR 56   0.333         0.333×56 g = 0.018648
 *             (c1000002-x starts Sun 23:30 and ends in W48: it is a W47 run)
 * x1000001-x  W48  resnet-train  vision  cv   resnet 50  training       100            —   FR 56   starts Mon 2026-11-23 00:00: not W47
 * p1000001-x  W46  resnet-train  vision  cv   resnet 50  training       8              1.2 FR 56   9.6
 * p1000002-x  W46  llama-ft      nlp     lang llama 3    fine-tuning    5              1.1 DE 380  5.5  (starts Sun 23:00, ends in W47)
 * p1000003-x  W46  legacy-etl    legacy  ops  (none)     data-pipeline  1 CPU          —   FR 56   1.0
 * o1000001-x  W45  resnet-train  vision  cv   resnet 50  training       3              —   FR 56   3.0
 * </pre>
 */
public final class WeeklyFixture {
    static final IsoWeek W47 = new IsoWeek(2026, 47);
    /** Tuesday of W48: the last complete week is W47. */
    static final Instant GENERATED = Instant.parse("2026-11-24T09:00:00Z");

    private WeeklyFixture() {}

    static void store(Ledger l) {
        TestLedger.run("a1000001-x").workload("resnet-train").project("vision").team("cv").model("resnet", "50")
                .phase(Phase.TRAINING).start("2026-11-16T10:00:00Z").hours(2).kwh(10).cpuKwh(2).zone("FR", 56).pue(1.2).store(l);
        TestLedger.run("a1000002-x").workload("resnet-serve").project("vision").team("cv").model("resnet", "50")
                .phase(Phase.INFERENCE).start("2026-11-18T09:00:00Z").kwh(1.25).zone("FR", 56).pue(1.2).store(l);
        TestLedger.run("b1000001-x").workload("llama-ft").project("nlp").team("lang").model("llama", "3")
                .phase(Phase.FINE_TUNING).start("2026-11-17T08:00:00Z").hours(10).kwh(20).zone("DE", 380).pue(1.1).store(l);
        TestLedger.run("b1000002-x").workload("llama-serve").project("nlp").team("lang").model("llama", "3")
                .phase(Phase.INFERENCE).start("2026-11-19T12:00:00Z").kwh(4).estimated().zone("DE", 380).pue(1.1).store(l);
        TestLedger.run("c1000001-x").workload("crawl").project("search").team("lang").model(null, null)
                .phase(Phase.DATA_PIPELINE).start("2026-11-20T06:00:00Z").cpuKwh(0.5).unknownLocation().store(l);
        TestLedger.run("c1000002-x").workload("crawl").project("search").team("lang").model("bert", "base")
                .phase(null).start("2026-11-22T23:30:00Z").hours(2).kwh(0.333).zone("FR", 56).store(l);
        TestLedger.run("x1000001-x").workload("resnet-train").project("vision").team("cv").model("resnet", "50")
                .phase(Phase.TRAINING).start("2026-11-23T00:00:00Z").kwh(100).zone("FR", 56).store(l);
        TestLedger.run("p1000001-x").workload("resnet-train").project("vision").team("cv").model("resnet", "50")
                .phase(Phase.TRAINING).start("2026-11-10T10:00:00Z").kwh(8).zone("FR", 56).pue(1.2).store(l);
        TestLedger.run("p1000002-x").workload("llama-ft").project("nlp").team("lang").model("llama", "3")
                .phase(Phase.FINE_TUNING).start("2026-11-15T23:00:00Z").hours(2).kwh(5).zone("DE", 380).pue(1.1).store(l);
        TestLedger.run("p1000003-x").workload("legacy-etl").project("legacy").team("ops").model(null, null)
                .phase(Phase.DATA_PIPELINE).start("2026-11-12T08:00:00Z").cpuKwh(1).zone("FR", 56).store(l);
        TestLedger.run("o1000001-x").workload("resnet-train").project("vision").team("cv").model("resnet", "50")
                .phase(Phase.TRAINING).start("2026-11-03T10:00:00Z").kwh(3).zone("FR", 56).store(l);
    }

    /** The report of W47 over 3 trend weeks on a fresh fixture ledger in {@code dir}. */
    public static ReportOutput report(Path dir, WeeklyRequest request) {
        try (Ledger l = Ledger.open(dir.resolve("weekly.db").toString())) {
            store(l);
            return WeeklyReport.generate(l, request);
        }
    }

    public static WeeklyRequest w47() { return WeeklyRequest.of(W47, GENERATED).trendWeeks(3); }
}
