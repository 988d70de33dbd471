package io.wattprint.report.maturity;

import io.wattprint.core.model.Period;
import io.wattprint.core.model.Phase;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.TestLedger;

/**
 * The fixed ledger of the maturity tests, period 2026-11-02..2026-11-23 = ISO weeks 2026-W45, W46, W47.
 * <ul>
 *   <li>chat-api: inference (production), recorded by the meter, measured, FR at 50 g/kWh, one run each week:
 *       2 + 3 + 5 = 10 kWh → 500 g = 0.5 kg → Level 3;</li>
 *   <li>llm-train: one measured training run by the meter in W46, 40 kWh, FR 50 → 2 kg; not production → Level 2
 *       (ran in 1 week only);</li>
 *   <li>recsys: tagged env=production, CodeCarbon imports, measured, W45 and W47, 1 kWh each, DE 400 → 0.8 kg → Level 2
 *       (not recorded automatically);</li>
 *   <li>etl: data pipeline, meter, estimated only, W45, 6 kWh, FR 50 → 0.3 kg → Level 1.</li>
 * </ul>
 * Plus a chat-api run in W44 (outside the period).
 */
public final class MaturityFixture {
    public static final Period PERIOD = Period.parse("2026-11-02..2026-11-23");

    private MaturityFixture() {}

    public static void store(Ledger l) {
        TestLedger.run("chat-0").project("chat-api").phase(Phase.INFERENCE).byMeter().start("2026-10-28T09:00:00Z").kwh(99).store(l);
        TestLedger.run("chat-1").project("chat-api").phase(Phase.INFERENCE).byMeter().start("2026-11-03T09:00:00Z").kwh(2).store(l);
        TestLedger.run("chat-2").project("chat-api").phase(Phase.INFERENCE).byMeter().start("2026-11-10T09:00:00Z").kwh(3).store(l);
        TestLedger.run("chat-3").project("chat-api").phase(Phase.INFERENCE).byMeter().start("2026-11-17T09:00:00Z").kwh(5).store(l);
        TestLedger.run("train-1").project("llm-train").phase(Phase.TRAINING).byMeter().start("2026-11-11T00:00:00Z").hours(10)
                .kwh(40).store(l);
        TestLedger.run("rec-1").project("recsys").phase(Phase.TRAINING).importedBy("codecarbon").tag("env", "production")
                .start("2026-11-04T12:00:00Z").kwh(1).zone("DE", 400).store(l);
        TestLedger.run("rec-2").project("recsys").phase(Phase.TRAINING).importedBy("codecarbon").tag("env", "production")
                .start("2026-11-18T12:00:00Z").kwh(1).zone("DE", 400).store(l);
        TestLedger.run("etl-1").project("etl").phase(Phase.DATA_PIPELINE).byMeter().host("cpu-9").estimated()
                .start("2026-11-05T00:00:00Z").kwh(6).store(l);
    }
}
