package io.wattprint.report.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.report.RenderedFormats;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.RunMarker;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.TestLedger;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnergyLabelTest {
    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    static final String H100 = "NVIDIA H100 80GB HBM3";

    /** distilgpt2 1.31 and tiny 0.37 for text generation; the set's own gpt2 line (5.00) is replaced by the measurement. */
    static final String REFERENCE = """
            model,task,wh_per_1k_queries,source
            # a comment line
            distilgpt2,text-generation,1.31,"AI Energy Score, test copy"
            tiny-model,Text Generation,0.37,test set
            gpt2,text-generation,5.00,test set
            resnet-18,image-classification,2.6,test set
            """;

    @TempDir
    Path dir;

    static ReferenceSet reference(String csv) throws IOException { return ReferenceSet.parse("ref.csv", new StringReader(csv)); }

    /**
     * gpt2 inference for text generation: g1 0.12 kWh GPU (+ 0.05 kWh CPU, not counted) with queries marks 20,000 then
     * 50,000 (the largest counts); g2 0.117 kWh GPU, queries tag 50,000, no task tag; g3 no query count; g4 another task.
     */
    EnergyLabel gpt2(ReferenceSet ref, Consumer<Ledger> more) {
        try (Ledger l = Ledger.open(dir.resolve("l.db").toString())) {
            TestLedger.run("g1").model("gpt2", "1").phase(Phase.INFERENCE).start("2026-11-20T10:00:00Z").kwh(0.12).cpuKwh(0.05)
                    .tag("gpu", H100).tag("task", "text-generation").store(l);
            l.markers().append("g1", List.of(RunMarker.mark(Instant.parse("2026-11-20T10:20:00Z"), "queries", 20_000),
                    RunMarker.mark(Instant.parse("2026-11-20T10:59:00Z"), "queries", 50_000),
                    RunMarker.mark(Instant.parse("2026-11-20T10:30:00Z"), "epoch", 900_000)));
            TestLedger.run("g2").model("gpt2", "1").phase(Phase.INFERENCE).start("2026-11-20T12:00:00Z").kwh(0.117)
                    .tag("gpu", H100).tag("queries", "50000").store(l);
            TestLedger.run("g3").model("gpt2", "1").phase(Phase.INFERENCE).start("2026-11-20T14:00:00Z").kwh(5).store(l);
            TestLedger.run("g4").model("gpt2", "1").phase(Phase.INFERENCE).start("2026-11-20T16:00:00Z").kwh(9)
                    .tag("task", "summarization").tag("queries", "10").store(l);
            TestLedger.run("t1").model("gpt2", "1").phase(Phase.TRAINING).start("2026-11-19T16:00:00Z").kwh(90).tag("queries", "1").store(l);
            if (more != null) more.accept(l);
            return EnergyLabel.of(l.runs().list(RunQuery.all()), id -> l.markers().ofRun(id), "gpt2", null, "text generation", ref);
        }
    }

    @Test
    void theDomainExampleGpt2AtTheTopOfItsRangeGetsOneStar() throws IOException {
        EnergyLabel l = gpt2(reference(REFERENCE), null);

        // GPU only: 0.12 + 0.117 kWh = 237 Wh over 50,000 + 50,000 queries → 237 / 100,000 × 1,000 = 2.37 Wh per 1,000.
        assertThat(l.whPer1kQueries()).isEqualByComparingTo("2.37");
        assertThat(l.gpuWh()).isEqualByComparingTo("237");
        assertThat(l.queries()).isEqualTo(100_000);
        // Range 0.37 (tiny-model) to 2.37 (this model; the set's gpt2 line is replaced): 2.37 is the top → 1 star.
        assertThat(l.rangeMin()).isEqualByComparingTo("0.37");
        assertThat(l.rangeMax()).isEqualByComparingTo("2.37");
        assertThat(l.stars()).isEqualTo(1);
        assertThat(l.replacedOwnEntry()).isTrue();
        assertThat(l.runs()).containsExactly("g1", "g2");
        assertThat(l.leftOut()).containsExactly(java.util.Map.entry("g3", "no query count (queries marker or tag)"));
        assertThat(l.untaggedTask()).containsExactly("g2");
        assertThat(l.hardware()).isEqualTo(H100);
        assertThat(l.date()).isEqualTo("2026-11-20");
        assertThat(l.referenceSources()).containsExactly("AI Energy Score, test copy", "test set");
    }

    @Test
    void bandEdgesBelongToTheLowerEnergyBand() {
        BigDecimal min = new BigDecimal("1"), max = new BigDecimal("6");
        // Width 5: 20 % = 2, 40 % = 3, 60 % = 4, 80 % = 5.
        assertThat(Stars.of(new BigDecimal("1"), min, max)).isEqualTo(5);
        assertThat(Stars.of(new BigDecimal("2"), min, max)).isEqualTo(5);
        assertThat(Stars.of(new BigDecimal("2.001"), min, max)).isEqualTo(4);
        assertThat(Stars.of(new BigDecimal("3"), min, max)).isEqualTo(4);
        assertThat(Stars.of(new BigDecimal("3.001"), min, max)).isEqualTo(3);
        assertThat(Stars.of(new BigDecimal("5"), min, max)).isEqualTo(2);
        assertThat(Stars.of(new BigDecimal("6"), min, max)).isEqualTo(1);
        assertThat(Stars.of(new BigDecimal("4"), new BigDecimal("4"), new BigDecimal("4"))).isEqualTo(5);
    }

    @Test
    void aLabelExactlyAtTwentyPercentOfTheRangeGetsFiveStars() throws IOException {
        // This model: 0.2 kWh GPU over 100,000 queries = 2.00 Wh per 1,000; range 1 to 6 → (2 − 1) / 5 = exactly 20 %.
        ReferenceSet ref = reference("model,task,wh_per_1k_queries,source\na,t,1,s\nb,t,6,s\n");
        try (Ledger l = Ledger.open(dir.resolve("e.db").toString())) {
            TestLedger.run("e1").model("m", "1").phase(Phase.INFERENCE).kwh(0.2).tag("queries", "100000").store(l);
            EnergyLabel label = EnergyLabel.of(l.runs().list(RunQuery.all()), id -> l.markers().ofRun(id), "m", null, "t", ref);
            assertThat(label.whPer1kQueries()).isEqualByComparingTo("2.00");
            assertThat(label.stars()).isEqualTo(5);
            assertThat(label.hardware()).isEqualTo("not recorded");
        }
    }

    /**
     * Run A: 0.1 kWh = 100 Wh of GPU energy over 1,000 queries; run B: CPU only (0.05 kWh CPU, no GPU component), 1,000
     * queries. Only A counts: 100 Wh / 1,000 queries × 1,000 = 100 Wh per 1,000 queries (pooling B's queries would give
     * 100 / 2,000 × 1,000 = 50, understated).
     */
    @Test
    void aRunWithoutGpuEnergyAddsNeitherWhNorQueries() throws IOException {
        ReferenceSet ref = reference("model,task,wh_per_1k_queries,source\na,t,1,s\nb,t,500,s\n");
        try (Ledger l = Ledger.open(dir.resolve("c.db").toString())) {
            TestLedger.run("a").model("m", "1").phase(Phase.INFERENCE).start("2026-11-20T10:00:00Z").kwh(0.1)
                    .tag("queries", "1000").store(l);
            TestLedger.run("b").model("m", "1").phase(Phase.INFERENCE).start("2026-11-20T12:00:00Z").cpuKwh(0.05)
                    .tag("queries", "1000").store(l);
            EnergyLabel label = EnergyLabel.of(l.runs().list(RunQuery.all()), id -> l.markers().ofRun(id), "m", null, "t", ref);

            assertThat(label.whPer1kQueries()).isEqualByComparingTo("100");
            assertThat(label.gpuWh()).isEqualByComparingTo("100");
            assertThat(label.queries()).isEqualTo(1_000);
            assertThat(label.runs()).containsExactly("a");
            assertThat(label.leftOut()).containsExactly(java.util.Map.entry("b", "no GPU energy: its queries are not counted"));
        }
    }

    @Test
    void onlyRunsWithoutGpuEnergyGiveNoLabelAndSayWhy() throws IOException {
        ReferenceSet ref = reference("model,task,wh_per_1k_queries,source\na,t,1,s\n");
        try (Ledger l = Ledger.open(dir.resolve("z.db").toString())) {
            TestLedger.run("c1").model("m", "1").phase(Phase.INFERENCE).cpuKwh(0.05).tag("queries", "1000").store(l);
            TestLedger.run("c2").model("m", "1").phase(Phase.INFERENCE).start("2026-11-21T10:00:00Z").cpuKwh(0.05).store(l);
            assertThatThrownBy(() -> EnergyLabel.of(l.runs().list(RunQuery.all()), id -> l.markers().ofRun(id), "m", null, "t", ref))
                    .isInstanceOf(EnergyLabel.Unavailable.class)
                    .hasMessage("no inference run of model m for task 't' has both a query count and GPU energy: "
                            + "c1 (no GPU energy: its queries are not counted), c2 (no query count (queries marker or tag))");
        }
    }

    @Test
    void svgGolden() throws IOException {
        assertThat(LabelSvg.render(gpt2(reference(REFERENCE), null))).isEqualTo(GOLDEN_SVG);
    }

    @Test
    void jsonGolden() throws IOException {
        assertThat(RenderedFormats.text(ReportFormat.JSON, LabelReport.output(gpt2(reference(REFERENCE), null), AT))).isEqualTo(GOLDEN_JSON);
    }

    @Test
    void pngHasTheLabelSizeAndFilledStarsWhereTheSvgHasThem() throws IOException {
        EnergyLabel l = gpt2(reference(REFERENCE), null);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(LabelPng.render(l)));

        assertThat(img.getWidth()).isEqualTo(720);
        assertThat(img.getHeight()).isEqualTo(1040);
        // Star i is centred at (52 + 64 i, 300) in label units, × 2 in the PNG; 1 star: only the first is filled.
        assertThat(rgb(img, 52, 300)).isEqualTo(0xf5b301);
        for (int i = 1; i < 5; i++) assertThat(rgb(img, 52 + 64 * i, 300)).as("star " + i).isEqualTo(0xffffff);
        // Header band colour behind the title row.
        assertThat(rgb(img, 180, 10)).isEqualTo(0x0f766e);
    }

    static int rgb(BufferedImage img, int x, int y) { return img.getRGB(x * LabelPng.SCALE, y * LabelPng.SCALE) & 0xffffff; }

    @Test
    void aTaskMissingFromTheReferenceSetIsNamedWithTheTasksItHas() throws IOException {
        ReferenceSet ref = reference("model,task,wh_per_1k_queries,source\na,image-classification,1,s\n");
        assertThatThrownBy(() -> gpt2(ref, null)).isInstanceOf(EnergyLabel.Unavailable.class)
                .hasMessage("ref.csv has no reference line for task 'text generation' (its tasks: image-classification)");
    }

    @Test
    void aModelWithoutInferenceRunsHasNoLabel() throws IOException {
        try (Ledger l = Ledger.open(dir.resolve("n.db").toString())) {
            ReferenceSet ref = reference(REFERENCE);
            assertThatThrownBy(() -> EnergyLabel.of(l.runs().list(RunQuery.all()), id -> l.markers().ofRun(id), "gpt2", null,
                    "text-generation", ref)).isInstanceOf(EnergyLabel.Unavailable.class)
                    .hasMessage("no inference runs of model gpt2 for task 'text-generation' in the ledger");
        }
    }

    @Test
    void referenceFileErrorsNameTheLineTheFieldAndTheExpectation() {
        String h = "model,task,wh_per_1k_queries,source\n";
        assertThatThrownBy(() -> reference(h + "a,t,1,s\nb,t,lots,s\n")).isInstanceOf(ReferenceSet.Invalid.class)
                .hasMessage("ref.csv line 3, field wh_per_1k_queries: expected a positive number of Wh per 1,000 queries, got 'lots'");
        assertThatThrownBy(() -> reference(h + "a,t,-1,s\n")).hasMessageContaining("line 2, field wh_per_1k_queries")
                .hasMessageContaining("got '-1'");
        assertThatThrownBy(() -> reference(h + "a,t,1\n"))
                .hasMessage("ref.csv line 2: expected 4 fields (model,task,wh_per_1k_queries,source), got 3");
        assertThatThrownBy(() -> reference(h + "a,t,1,\n")).hasMessage("ref.csv line 2, field source: expected a value, got nothing");
        assertThatThrownBy(() -> reference("name,task,wh,source\n"))
                .hasMessage("ref.csv line 1: expected the header model,task,wh_per_1k_queries,source, got name,task,wh,source");
        assertThatThrownBy(() -> reference(h + "a,t,1,\"open\n")).hasMessageContaining("line 2: expected a closing quote");
        assertThatThrownBy(() -> reference(h)).hasMessage("ref.csv: no reference lines after the header");
    }

    static final String GOLDEN_SVG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="360" height="520" viewBox="0 0 360 520" role="img" aria-label="Energy label: gpt2, text generation, 2.37 Wh per 1,000 queries, 1 of 5 stars">
              <rect x="1" y="1" width="358" height="518" rx="12" fill="#ffffff" stroke="#111827" stroke-width="2"/>
              <path d="M1 13 A12 12 0 0 1 13 1 H347 A12 12 0 0 1 359 13 V56 H1 Z" fill="#0f766e"/>
              <g font-family="Liberation Sans, Arial, Helvetica, sans-serif">
                <text x="20" y="36" font-size="20" font-weight="bold" fill="#ffffff">ENERGY LABEL</text>
                <text x="340" y="36" font-size="11" text-anchor="end" fill="#ffffff">AI Energy Score method</text>
                <text x="20" y="84" font-size="12" fill="#4b5563">Model</text>
                <text x="20" y="106" font-size="20" font-weight="bold" fill="#111827">gpt2</text>
                <text x="20" y="134" font-size="12" fill="#4b5563">Task</text>
                <text x="20" y="154" font-size="16" fill="#111827">text generation</text>
                <text x="20" y="222" font-size="44" font-weight="bold" fill="#111827">2.37</text>
                <text x="20" y="248" font-size="14" fill="#111827">Wh of GPU energy per 1,000 queries</text>
                <text x="20" y="352" font-size="12" fill="#4b5563">1 of 5 stars (5 = lowest energy for the task)</text>
                <text x="20" y="382" font-size="12" fill="#111827">GPU energy: 237 Wh, 100,000 queries, 2 run(s)</text>
                <text x="20" y="401" font-size="12" fill="#111827">Hardware: NVIDIA H100 80GB HBM3</text>
                <text x="20" y="420" font-size="12" fill="#111827">Date: 2026-11-20</text>
                <text x="20" y="439" font-size="12" fill="#111827">Reference set: ref.csv, 2 model(s), 0.37 to 2.37 Wh/1k</text>
                <text x="20" y="458" font-size="12" fill="#111827">Source: AI Energy Score, test copy; test set</text>
                <text x="20" y="508" font-size="10" fill="#4b5563">wattprint · not an official AI Energy Score rating</text>
              </g>
              <g id="stars" stroke-width="1.5">
                <polygon class="star filled" points="52,276 57.88,291.91 74.83,292.58 61.51,303.09 66.11,319.42 52,310 37.89,319.42 42.49,303.09 29.17,292.58 46.12,291.91" fill="#f5b301" stroke="#b45309"/>
                <polygon class="star empty" points="116,276 121.88,291.91 138.83,292.58 125.51,303.09 130.11,319.42 116,310 101.89,319.42 106.49,303.09 93.17,292.58 110.12,291.91" fill="#ffffff" stroke="#d1d5db"/>
                <polygon class="star empty" points="180,276 185.88,291.91 202.83,292.58 189.51,303.09 194.11,319.42 180,310 165.89,319.42 170.49,303.09 157.17,292.58 174.12,291.91" fill="#ffffff" stroke="#d1d5db"/>
                <polygon class="star empty" points="244,276 249.88,291.91 266.83,292.58 253.51,303.09 258.11,319.42 244,310 229.89,319.42 234.49,303.09 221.17,292.58 238.12,291.91" fill="#ffffff" stroke="#d1d5db"/>
                <polygon class="star empty" points="308,276 313.88,291.91 330.83,292.58 317.51,303.09 322.11,319.42 308,310 293.89,319.42 298.49,303.09 285.17,292.58 302.12,291.91" fill="#ffffff" stroke="#d1d5db"/>
              </g>
            </svg>
            """;
    static final String GOLDEN_JSON = """
            {
              "report" : "label",
              "generated_at" : "2026-11-23T10:00:00Z",
              "model" : "gpt2",
              "task" : "text generation",
              "wh_per_1k_queries" : 2.37,
              "wh_per_1k_queries_decimals" : 2,
              "gpu_energy_wh" : 237,
              "gpu_energy_wh_decimals" : 0,
              "queries" : 100000,
              "hardware" : "NVIDIA H100 80GB HBM3",
              "date" : "2026-11-20",
              "stars" : 1,
              "runs" : [ "g1", "g2" ],
              "runs_left_out" : [ {
                "id" : "g3",
                "reason" : "no query count (queries marker or tag)"
              } ],
              "runs_without_task_tag" : [ "g2" ],
              "reference" : {
                "name" : "ref.csv",
                "sources" : [ "AI Energy Score, test copy", "test set" ],
                "reference_models" : 2,
                "own_entry_replaced" : true,
                "range_min" : 0.37,
                "range_max" : 2.37,
                "star_rule" : "five equal 20 % bands of 0.37 to 2.37 Wh per 1,000 queries (2 reference model(s) and this one); 5 stars = lowest band"
              },
              "method" : "GPU energy only (no CPU, memory or PUE), Σ GPU Wh / Σ queries × 1,000 over the runs with a query count and GPU energy; rounded half-up to 3 significant figures; stars from that rounded figure"
            }
            """;

    /**
     * Issue 16 item 8: a laptop-sized inference run, 36 J of GPU energy = 0.00001 kWh = 0.01 Wh, over 1,000,000 queries:
     * 0.01 / 1,000,000 × 1,000 = 0.00001 Wh per 1,000 queries, printed at 3 significant figures 0.0000100 (never 0.00);
     * JSON states the exact figures with the decimals printed (7 and 4: 0.0100 Wh).
     */
    @Test
    void aTinyLabelPrintsThreeSignificantFiguresAndItsJsonTheExactValues() throws IOException {
        ReferenceSet ref = reference("model,task,wh_per_1k_queries,source\na,t,0.00002,s\nb,t,0.0001,s\n");
        try (Ledger l = Ledger.open(dir.resolve("tiny.db").toString())) {
            TestLedger.run("e1").model("m", "1").phase(Phase.INFERENCE).kwh(0.00001).tag("queries", "1000000").store(l);
            EnergyLabel label = EnergyLabel.of(l.runs().list(RunQuery.all()), id -> l.markers().ofRun(id), "m", null, "t", ref);
            io.wattprint.report.ReportOutput out = LabelReport.output(label, AT);
            java.util.Map<String, Object> json = io.wattprint.report.ReportJson.tree(out.data());

            assertThat(label.whText()).isEqualTo("0.0000100");
            assertThat(RenderedFormats.text(ReportFormat.JSON, out)).doesNotContain(": 0.000,", ": 0.00,");
            assertThat(json.get("wh_per_1k_queries")).isEqualTo(new BigDecimal("0.0000100"));
            assertThat(json.get("wh_per_1k_queries_decimals")).isEqualTo(7);
            assertThat(json.get("gpu_energy_wh")).isEqualTo(new BigDecimal("0.0100"));
            assertThat(json.get("gpu_energy_wh_decimals")).isEqualTo(4);
            assertThat(label.stars()).isEqualTo(5);
        }
    }

    /** Wh per 1,000 queries is a quotient: JSON states it to 16 significant digits; 0.01 Wh / 3 queries × 1,000 = 3.33. */
    @Test
    void theJsonOfAQuotientStatesSixteenSignificantDigits() throws IOException {
        ReferenceSet ref = reference("model,task,wh_per_1k_queries,source\na,t,1,s\nb,t,6,s\n");
        try (Ledger l = Ledger.open(dir.resolve("third.db").toString())) {
            TestLedger.run("e1").model("m", "1").phase(Phase.INFERENCE).kwh(0.00001).tag("queries", "3").store(l);
            EnergyLabel label = EnergyLabel.of(l.runs().list(RunQuery.all()), id -> l.markers().ofRun(id), "m", null, "t", ref);
            java.util.Map<String, Object> json = io.wattprint.report.ReportJson.tree(LabelReport.output(label, AT).data());

            assertThat(label.whText()).isEqualTo("3.33");
            assertThat(json.get("wh_per_1k_queries")).isEqualTo(new BigDecimal("3.333333333333333"));
            assertThat(json.get("wh_per_1k_queries_decimals")).isEqualTo(2);
        }
    }
}
