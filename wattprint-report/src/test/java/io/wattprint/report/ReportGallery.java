package io.wattprint.report;

import io.wattprint.core.model.Phase;
import io.wattprint.core.model.RunStatus;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.report.aiact.AiActInput;
import io.wattprint.report.aiact.AiActReport;
import io.wattprint.report.esrs.EsrsE1Report;
import io.wattprint.report.esrs.EsrsFixtures;
import io.wattprint.report.label.EnergyLabel;
import io.wattprint.report.label.LabelReport;
import io.wattprint.report.label.ReferenceSet;
import io.wattprint.report.maturity.Maturity;
import io.wattprint.report.maturity.MaturityFixture;
import io.wattprint.report.methodology.Methodology;
import io.wattprint.report.methodology.MethodologyFixture;
import io.wattprint.report.scope2.Scope2Report;
import io.wattprint.report.weekly.WeeklyFixture;
import io.wattprint.core.model.RunMarker;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One report of every kind that renders as a page (HTML and PDF), each from the realistic fixture ledger its own
 * tests use: what the rendering checks in a real browser ({@code render.ReportsInChromiumTest}), the PDF layout
 * checks ({@code render.ReportPdfLayoutTest}) and the screenshots of docs/ ({@code docs/screenshots/make.sh}) look at.
 * The label's drawn form (SVG) is {@link #label}.
 */
public final class ReportGallery {
    static final Instant AT = Instant.parse("2027-02-01T09:00:00Z");

    /** The kinds {@link #all} gives, in its order. */
    public static final List<String> KINDS = List.of("weekly", "scope2", "esrs-e1", "methodology", "ai-act", "maturity", "label");

    private ReportGallery() {}

    /** Report kind (as {@code wattprint report KIND}) → its output, in the order of {@code report --help}. */
    public static Map<String, ReportOutput> all(Path dir) {
        Map<String, ReportOutput> m = new LinkedHashMap<>();
        m.put("weekly", WeeklyFixture.report(dir, WeeklyFixture.w47()));
        m.put("scope2", scope2(dir));
        m.put("esrs-e1", esrs(dir));
        m.put("methodology", methodology(dir));
        m.put("ai-act", aiAct(dir));
        m.put("maturity", maturity(dir));
        m.put("label", LabelReport.output(label(dir), AT));
        return m;
    }

    /** {@link EsrsFixtures#disclosure}: three zones, two facilities, a GO and a PPA, residual mixes; 2025 runs for the prior year. */
    private static void disclosure(Ledger l) {
        EsrsFixtures.disclosure(l);
        for (int month = 1; month <= 12; month++) {
            TestLedger.run("fr-train-2025-" + month).project("llm").start(String.format("2025-%02d-02T08:00:00Z", month))
                    .kwh(60_000).pue(1.25).zone("FR", 400).facility("dc1").store(l);
        }
    }

    static ReportOutput scope2(Path dir) {
        try (Ledger l = Ledger.open(dir.resolve("scope2.db").toString())) {
            disclosure(l);
            Scope2Report.Options o = new Scope2Report.Options(2026, "ACME", 0, 0);
            return Scope2Report.build(Scope2Report.Inputs.read(l, Scope2Report.rules(o)), o, AT);
        }
    }

    static ReportOutput esrs(Path dir) {
        try (Ledger l = Ledger.open(dir.resolve("esrs.db").toString())) {
            disclosure(l);
            EsrsFixtures.awsReported(l);
            EsrsE1Report.Options o = new EsrsE1Report.Options(2026, null, new BigDecimal("50000000"), "EUR",
                    EsrsFixtures.disclosureMix(), "ACME", 0, 0);
            return EsrsE1Report.build(EsrsE1Report.Inputs.read(l, o.year()), o, AT);
        }
    }

    static ReportOutput methodology(Path dir) {
        try (Ledger l = Ledger.open(dir.resolve("methodology.db").toString())) {
            MethodologyFixture.all(l);
            return Methodology.generate(l, io.wattprint.core.model.Period.parse("2026-10"), AT);
        }
    }

    /** llama 3 pre-trained in 4 runs of 24 h on 8 GPUs (one failed), a fine-tuning run and another model (as AiActReportTest). */
    static ReportOutput aiAct(Path dir) {
        Instant nov1 = Instant.parse("2026-11-01T00:00:00Z");
        try (Ledger l = Ledger.open(dir.resolve("aiact.db").toString())) {
            for (int i = 0; i < 4; i++) {
                TestLedger.run("train-0" + (i + 1)).model("llama", "3").start(nov1.plusSeconds(86_400L * (i == 3 ? 4 : i))).hours(24)
                        .kwh(250).gpus(8).pue(1.2).zone("FR", 50).status(i == 2 ? RunStatus.FAILED : RunStatus.SUCCEEDED).store(l);
            }
            TestLedger.run("tune-01").model("llama", "3").phase(Phase.FINE_TUNING).start("2026-11-10T00:00:00Z").hours(12).kwh(10)
                    .gpus(2).store(l);
            TestLedger.run("serve-01").model("llama", "3").phase(Phase.INFERENCE).start("2026-11-12T00:00:00Z").hours(6).kwh(3)
                    .cpuKwh(0.4).estimated().zone("DE", 380).tag("queries", "120000").store(l);
            TestLedger.run("other-01").model("mistral", "1").start("2026-11-10T00:00:00Z").kwh(99).store(l);
            AiActInput in = AiActInput.of("llama", "3").withFlops(new BigDecimal("3.14e23"));
            return AiActReport.of(l.runs().list(RunQuery.all()), in).output(AT);
        }
    }

    static ReportOutput maturity(Path dir) {
        try (Ledger l = Ledger.open(dir.resolve("maturity.db").toString())) {
            MaturityFixture.store(l);
            return Maturity.generate(l.runs().list(RunQuery.all()), MaturityFixture.PERIOD, Maturity.ProductionTag.DEFAULT, AT);
        }
    }

    /** A reference set whose sources are long (citations), as the AI Energy Score's are. */
    static final String REFERENCE = """
            model,task,wh_per_1k_queries,source
            distilgpt2,text-generation,1.31,"AI Energy Score leaderboard (huggingface.co/spaces/AIEnergyScore/Leaderboard), release 2025-02"
            tiny-model,text-generation,0.37,Luccioni et al. 2024 Power Hungry Processing (doi:10.1145/3630106.3658542)
            gpt2,text-generation,5.00,test set
            """;

    /** The label's sources: the reference set's other lines', sorted and joined as the label prints them. */
    public static final String REFERENCE_SOURCES = "AI Energy Score leaderboard (huggingface.co/spaces/AIEnergyScore/Leaderboard), "
            + "release 2025-02; Luccioni et al. 2024 Power Hungry Processing (doi:10.1145/3630106.3658542)";

    /**
     * gpt2 for text generation on two kinds of GPU (a long Hardware line): g1 0.12 kWh GPU with 50,000 queries (MARKs),
     * g2 0.117 kWh with a queries tag of 50,000 on another GPU.
     */
    public static EnergyLabel label(Path dir) {
        try (Ledger l = Ledger.open(dir.resolve("label.db").toString())) {
            TestLedger.run("g1").model("gpt2", "1").phase(Phase.INFERENCE).start("2026-11-20T10:00:00Z").kwh(0.12).cpuKwh(0.05)
                    .tag("gpu", "NVIDIA H100 80GB HBM3").tag("task", "text-generation").store(l);
            l.markers().append("g1", List.of(RunMarker.mark(Instant.parse("2026-11-20T10:59:00Z"), "queries", 50_000)));
            TestLedger.run("g2").model("gpt2", "1").phase(Phase.INFERENCE).start("2026-11-20T12:00:00Z").kwh(0.117)
                    .tag("gpu", "NVIDIA A100-SXM4-80GB").tag("queries", "50000").tag("task", "text-generation").store(l);
            ReferenceSet ref = ReferenceSet.parse("ai-energy-score-2025-02.csv", new StringReader(REFERENCE));
            return EnergyLabel.of(l.runs().list(RunQuery.all()), id -> l.markers().ofRun(id), "gpt2", null, "text generation", ref);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
