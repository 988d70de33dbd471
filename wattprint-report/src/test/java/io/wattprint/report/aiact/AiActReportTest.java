package io.wattprint.report.aiact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.RunStatus;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AiActReportTest {
    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    static final Instant NOV1 = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    /**
     * The fixed ledger: llama 3 pre-trained in 4 runs of 24 h on 8 GPUs, 250 kWh GPU energy each (measured), PUE 1.2,
     * FR at 50 g/kWh; runs on Nov 1, 2, 3 (failed) and 5; one fine-tuning run and one run of another model.
     */
    AiActReport report(AiActInput input, Consumer<Ledger> more) {
        try (Ledger l = Ledger.open(dir.resolve("l.db").toString())) {
            for (int i = 0; i < 4; i++) {
                TestLedger.run("train-0" + (i + 1)).model("llama", "3").start(NOV1.plusSeconds(86_400L * (i == 3 ? 4 : i))).hours(24)
                        .kwh(250).gpus(8).pue(1.2).zone("FR", 50).status(i == 2 ? RunStatus.FAILED : RunStatus.SUCCEEDED).store(l);
            }
            TestLedger.run("tune-01").model("llama", "3").phase(Phase.FINE_TUNING).start("2026-11-10T00:00:00Z").hours(12).kwh(10)
                    .gpus(2).store(l);
            TestLedger.run("other-01").model("mistral", "1").start("2026-11-10T00:00:00Z").kwh(99).store(l);
            if (more != null) more.accept(l);
            return AiActReport.of(l.runs().list(RunQuery.all()), input);
        }
    }

    AiActReport report(AiActInput input) { return report(input, null); }

    static Map<String, String> facts(ReportOutput o, String id) {
        Map<String, String> m = new LinkedHashMap<>();
        o.document().blocks().stream().filter(b -> b instanceof Facts f && f.id().equals(id))
                .forEach(b -> ((Facts) b).facts().forEach(f -> m.put(f.label(), f.value())));
        return m;
    }

    static String render(ReportFormat f, ReportOutput o) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Renderers.of(f).write(o, b);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fourRunsOfEightGpusForADayAreThirtyTwoHardwareDaysAndOnePointTwoMwh() {
        Map<String, String> f = facts(report(AiActInput.of("llama", "3")).output(AT), "training");

        // Nov 1 00:00 to Nov 6 00:00 (the last run starts Nov 5, 24 h) = 5 days; 4 × 24 h = 96 h = 4 days.
        assertThat(f.get("Training time (wall-clock days)")).isEqualTo("5.00");
        assertThat(f.get("Sum of run durations (days)")).isEqualTo("4.00");
        // 4 runs × 8 GPUs × 24 h / 24 = 32 GPU-days.
        assertThat(f.get("Training time (hardware-days)")).isEqualTo("32.0 GPU-days");
        // IT 4 × 250 kWh = 1,000 kWh = 1.0e6 Wh = 1.00 MWh; facility × 1.2 = 1.20 MWh; 1,200 kWh × 50 g = 60 kg = 0.0600 t.
        assertThat(f.get("IT energy (MWh)")).isEqualTo("1.00");
        assertThat(f.get("Training energy (MWh)")).isEqualTo("1.20");
        assertThat(f.get("Location-based emissions (tCO2e)")).isEqualTo("0.0600");
        assertThat(f.get("Measured or estimated")).isEqualTo("measured");
        assertThat(f.get("Training runs")).isEqualTo("4 pre-training runs, failed and interrupted included (1 failed, 0 interrupted)");
        assertThat(f.get("Training compute (FLOPs)")).isEqualTo("not given");
    }

    @Test
    void markdownGolden() throws IOException {
        AiActInput in = AiActInput.of("llama", "3").withFlops(new BigDecimal("3.14e23"))
                .withInference(new BigDecimal("2.1e12"), "1,000-token completion", "1 × H100 80GB");
        assertThat(render(ReportFormat.MD, report(in).output(AT))).isEqualTo(GOLDEN_MD);
    }

    @Test
    void jsonGolden() throws IOException {
        AiActInput in = AiActInput.of("llama", "3").withFlops(new BigDecimal("3e23"));
        assertThat(render(ReportFormat.JSON, report(in).output(AT))).isEqualTo(GOLDEN_JSON);
    }

    @Test
    void sameLedgerGivesTheSameBytesButTheGenerationTime() throws IOException {
        AiActReport r = report(AiActInput.of("llama", "3"));
        String a = render(ReportFormat.MD, r.output(AT));
        String b = render(ReportFormat.MD, r.output(AT.plusSeconds(60)));
        assertThat(a.replaceAll("Generated: .*", "")).isEqualTo(b.replaceAll("Generated: .*", ""));
    }

    @Test
    void aModelWithNoRunsGivesTheFormWithNaAndTheReasonAndAWarning() throws IOException {
        AiActReport r = report(AiActInput.of("llama", "4"));
        ReportOutput o = r.output(AT);
        String reason = "N/A — no training runs of model llama version 4 in the ledger";
        Map<String, String> f = facts(o, "training");

        assertThat(f.get("Training runs")).isEqualTo("0");
        assertThat(f.get("Training energy (MWh)")).isEqualTo(reason);
        assertThat(f.get("Training time (wall-clock days)")).isEqualTo(reason);
        assertThat(f.get("Training time (hardware-days)")).isEqualTo(reason);
        assertThat(f.get("Measured or estimated")).isEqualTo(reason);
        assertThat(r.warnings()).containsExactly(reason + "; the form's training fields are N/A");
        JsonNode j = new ObjectMapper().readTree(render(ReportFormat.JSON, o));
        assertThat(j.get("training").get("na_reason").asText()).isEqualTo(reason);
        assertThat(j.get("training").get("energy_mwh").isNull()).isTrue();
        assertThat(r.methodology()).startsWith(reason);
    }

    @Test
    void onlyEstimatedRunsAreStatedAsEstimatedAndTheMethodologyNamesTheModel() {
        AiActReport r = report(AiActInput.of("phi", "1"), l -> {
            TestLedger.run("est-1").model("phi", "1").start(NOV1).hours(10).kwh(2).cpuKwh(0.5).estimated().store(l);
            TestLedger.run("est-2").model("phi", "1").start(NOV1.plusSeconds(36_000)).hours(10).kwh(2).cpuKwh(0.5).estimated().store(l);
        });
        Map<String, String> f = facts(r.output(AT), "training");

        assertThat(f.get("Measured or estimated")).isEqualTo("estimated");
        // 2 × (2 + 0.5) kWh = 5 kWh = 0.00500 MWh, no PUE.
        assertThat(f.get("Training energy (MWh)")).isEqualTo("0.00500");
        assertThat(r.methodology()).contains("GPU and CPU energy was estimated, not measured, with tdp-utilisation.")
                .doesNotContain("measured per run");
    }

    @Test
    void aRunApportionedZeroThatUsedEnergyPrintsItsDigits() throws IOException {
        AiActReport r = report(AiActInput.of("phi", "1"), l -> {
            TestLedger.run("big-1").model("phi", "1").start(NOV1).hours(1).kwh(3).store(l);
            TestLedger.run("tiny-1").model("phi", "1").start(NOV1.plusSeconds(3600)).hours(1).kwh(0.0002).store(l);
        });

        // IT kWh: exact 3.0002 → TOTAL 3.000; floors 3.000 + 0.000 leave no unit, so tiny-1 is apportioned 0.000 and
        // prints its digits, 0.0002, where it used to print 0.000.
        String md = render(ReportFormat.MD, r.output(AT));
        assertThat(md).contains("| 0.0002 |").contains("| 3.000 |");
    }

    @Test
    void mixedRunsArePartlyEstimatedWithTheShare() {
        AiActReport r = report(AiActInput.of("phi", "1"), l -> {
            TestLedger.run("meas-1").model("phi", "1").start(NOV1).hours(1).kwh(3).store(l);
            TestLedger.run("est-1").model("phi", "1").start(NOV1.plusSeconds(3600)).hours(1).kwh(1).estimated().store(l);
        });

        // 1 of 4 kWh estimated = 25.0 %, 3 of 4 measured = 75.0 % (issue 16 item 11: both shares).
        assertThat(facts(r.output(AT), "training").get("Measured or estimated"))
                .isEqualTo("partly estimated: 75.0 % measured, 25.0 % estimated of the IT energy");
        assertThat(r.methodology()).contains("Of the GPU energy, 75.0 % was measured with hardware counters (nvml-total-energy) and 25.0 % "
                + "estimated with tdp-utilisation.");
    }

    @Test
    void methodologyIsEightyToOneHundredTwentyWordsAndFollowsWhatWasUsed() {
        String measured = report(AiActInput.of("llama", "3")).methodology();
        String given = report(AiActInput.of("llama", "3").withFlops(new BigDecimal("1e23"))).methodology();
        String mixed = report(AiActInput.of("phi", "1"), l -> {
            TestLedger.run("a").model("phi", "1").start(NOV1).kwh(3).cpuKwh(1).dramKwh(0.2).pue(1.3).zone("DE", 380).store(l);
            TestLedger.run("b").model("phi", "1").start(NOV1.plusSeconds(3600)).kwh(1).estimated().zone("FR", 50).store(l);
            TestLedger.run("c").model("phi", "1").start(NOV1.plusSeconds(7200)).cpuKwh(1).zone("PL", 700).tag("flops", "2e18")
                    .status(RunStatus.INTERRUPTED).store(l);
            TestLedger.run("d").model("phi", "1").start(NOV1.plusSeconds(9000)).kwh(1).unknownLocation().store(l);
        }).methodology();

        for (String p : new String[] {measured, given, mixed}) assertThat(Methodology.words(p)).as(p).isBetween(80, 120);
        assertThat(measured).contains("measured per run with hardware counters (nvml-total-energy)", "PUE of 1.20 (fixture)",
                "4 closed pre-training runs", "including 1 failed and 0 interrupted", "Training compute was not recorded.")
                .doesNotContain("estimated");
        assertThat(given).contains("Training compute was stated by the provider, not measured.");
        assertThat(mixed).contains("estimated with tdp-utilisation", "1 CPU-only run adds none",
                "flops tags of 1 of 4 runs", "grid factors: test fixture 2026 (DE, FR and 1 more)", "unknown-location runs have none",
                "including 0 failed and 1 interrupted", "PUE of 1.30 (fixture); other runs count IT energy only.");
    }

    static final String EMBER = "Ember Yearly Electricity Data, country_overview_yearly, field emissions_intensity_gco2_per_kwh "
            + "(lifecycle gCO2e/kWh), data year 2023; https://ember-energy.org/data/yearly-electricity-data/ ; values as "
            + "republished in thegreenwebfoundation/co2.js data/output/average-intensities.json (commit 03b5e45)";
    static final String EGRID = "US EPA eGRID2022 (data year 2022), subregion CAMX total output emission rates CO2 497.443 / "
            + "CH4 0.03 / N2O 0.004 lb/MWh (as tabulated in EPA GHG Emission Factors Hub 2024, Table 6; https://www.epa.gov/egrid)";

    /** The bundled citations (wattprint-data grid-intensity.csv) are named briefly; the full text stays in Sources and methods. */
    @Test
    void methodologyNamesFactorSourcesBrieflyNotTheirWholeCitation() throws IOException {
        AiActReport r = report(AiActInput.of("phi", "1"), l -> {
            TestLedger.run("a").model("phi", "1").start(NOV1).kwh(3).zone("FR", 56).factor(56, 2023, EMBER).store(l);
            TestLedger.run("b").model("phi", "1").start(NOV1.plusSeconds(3600)).kwh(1).zone("DE", 380).factor(380, 2023, EMBER).store(l);
            TestLedger.run("c").model("phi", "1").start(NOV1.plusSeconds(7200)).kwh(1).zone("US-CAL-CISO", 226).factor(226, 2022, EGRID)
                    .store(l);
        });
        // One entry per short source and year, zones sorted; "eGRID2022" already carries its year.
        assertThat(r.methodology()).contains("Location-based emissions use grid factors: Ember Yearly Electricity Data via co2.js "
                + "2023 (DE and FR) and US EPA eGRID2022 (US-CAL-CISO).")
                .doesNotContain("commit").doesNotContain("https://");
        assertThat(Methodology.words(r.methodology())).isBetween(80, 120);
        assertThat(RenderedFormats.text(ReportFormat.MD, r.output(AT))).contains("(commit 03b5e45)"); // the full citation, in the tables
    }

    @Test
    void aShortSourceIsKeptAndALongOneIsCutToItsName() {
        assertThat(Methodology.shortSource("example figure")).isEqualTo("example figure");
        assertThat(Methodology.shortSource(null)).isEqualTo("unnamed source");
        assertThat(Methodology.shortSource("Electricity Maps yearly zone data 2024, carbonIntensity (lifecycle) for zone JP-KN; "
                + "values as republished in thegreenwebfoundation/co2.js data/output/electricity-maps/yearly_2024.json (commit 0bf83c8)"))
                .isEqualTo("Electricity Maps via co2.js");
        assertThat(Methodology.shortSource(EGRID)).isEqualTo("US EPA eGRID2022");
        // No capitalised name to keep: the first four words and an ellipsis.
        assertThat(Methodology.shortSource("our own measurement campaign at the substation feeding both sites"))
                .isEqualTo("our own measurement campaign …");
    }

    @Test
    void computeIsSummedFromFlopsTagsAndABadTagIsNamed() throws IOException {
        AiActReport r = report(AiActInput.of("phi", "1"), l -> {
            TestLedger.run("a").model("phi", "1").start(NOV1).tag("flops", "1.5e20").store(l);
            TestLedger.run("b").model("phi", "1").start(NOV1.plusSeconds(3600)).tag("flops", "1.6e20").store(l);
            TestLedger.run("c").model("phi", "1").start(NOV1.plusSeconds(7200)).tag("flops", "lots").store(l);
        });
        ReportOutput o = r.output(AT);

        // 1.5e20 + 1.6e20 = 3.1e20, from 2 of the 3 runs: a lower bound (issue 16 item 11).
        assertThat(facts(o, "training").get("Training compute (FLOPs)")).isEqualTo("at least 3.1 × 10²⁰ (partial: declared by the "
                + "flops tags of 2 of 3 training runs; 1 run's tag is not a positive number: c (flops=lots))");
        JsonNode t = new ObjectMapper().readTree(render(ReportFormat.JSON, o)).get("training");
        assertThat(t.get("compute_flops").decimalValue()).isEqualByComparingTo("3.1e20");
        assertThat(t.get("compute_bad_tags").get(0).asText()).isEqualTo("c (flops=lots)");
    }

    @Test
    void cpuOnlyRunsAreNamedAndAddNoHardwareDays() {
        AiActReport r = report(AiActInput.of("phi", "1"), l -> {
            TestLedger.run("gpu-run").model("phi", "1").start(NOV1).hours(12).kwh(1).gpus(4).store(l);
            TestLedger.run("cpu-run").model("phi", "1").start(NOV1.plusSeconds(43_200)).hours(12).cpuKwh(1).store(l);
        });
        Map<String, String> f = facts(r.output(AT), "training");

        // 12 h × 4 GPUs / 24 = 2 GPU-days; the CPU-only run adds none.
        assertThat(f.get("Training time (hardware-days)")).isEqualTo("2.00 GPU-days");
        assertThat(f.get("CPU-only runs")).isEqualTo("1 (no GPU in the footprint, not in hardware-days): cpu-run");
    }

    @Test
    void aGpuCountTagLargerThanTheGpuComponentsCountsThoseGpus() throws IOException {
        // As the CodeCarbon importer stores a run: its GPU energy as one component, its GPUs in the gpu_count tag.
        AiActReport r = report(AiActInput.of("phi", "1"), l -> {
            TestLedger.run("imported").model("phi", "1").start(NOV1).hours(6).kwh(1).gpus(1).tag("gpu_count", "8").store(l);
            // 2 distinct GPU components and a smaller tag: the components count.
            TestLedger.run("metered").model("phi", "1").start(NOV1.plusSeconds(21_600)).hours(12).kwh(1).gpus(2).tag("gpu_count", "1")
                    .store(l);
        });
        ReportOutput o = r.output(AT);
        Map<String, String> f = facts(o, "training");

        // imported: 6 h × 8 / 24 = 2 GPU-days; metered: 12 h × 2 / 24 = 1 GPU-day; 3 in all.
        assertThat(f.get("Training time (hardware-days)")).isEqualTo("3.00 GPU-days");
        assertThat(f.get("CPU-only runs")).isEqualTo("none");
        // Hours 3 decimals, GPU-days 4 in the runs table.
        assertThat(render(ReportFormat.MD, o)).contains("| 6.000 | 8 | 2.0000 |", "| 12.000 | 2 | 1.0000 |",
                "Hardware-days are run hours times distinct GPUs (the recorded gpu\\_count for 1 run), divided by 24.");
        JsonNode j = new ObjectMapper().readTree(render(ReportFormat.JSON, o));
        assertThat(j.get("training").get("hardware_days_unit").asText())
                .isEqualTo("GPU-days (run hours × GPUs / 24; GPUs: distinct GPU components or the gpu_count tag, the larger)");
    }

    @Test
    void aGpuCountTagCountsGpusForARunWithoutGpuEnergyAndABadTagIsIgnored() {
        assertThat(TrainingRuns.accelerators(0, "8")).isEqualTo(8);
        assertThat(TrainingRuns.accelerators(4, "8")).isEqualTo(8);
        assertThat(TrainingRuns.accelerators(4, "2")).isEqualTo(4);
        assertThat(TrainingRuns.accelerators(1, "eight")).isEqualTo(1);
        assertThat(TrainingRuns.accelerators(3, null)).isEqualTo(3);
    }

    @Test
    void fineTuningRunsAreListedApartAndOpenRunsAreNotCounted() {
        AiActReport r = report(AiActInput.of("llama", "3"), l -> {
            TestLedger.run("extra-1").model("llama", "3").start(NOV1).store(l);
            l.runs().insertRun(new io.wattprint.core.model.Run("open-2", "k-open-2", io.wattprint.core.model.Workload.builder("w")
                    .model("llama").modelVersion("3").phase(Phase.TRAINING).build(), "h", io.wattprint.core.model.Location.zone("FR"),
                    NOV1, null, RunStatus.RUNNING, null, "train.py"));
        });
        ReportOutput o = r.output(AT);

        // tune-01: 12 h × 2 GPUs / 24 = 1 GPU-day; 10 kWh = 0.0100 MWh.
        assertThat(facts(o, "fine_tuning").get("Fine-tuning runs")).isEqualTo("1 run(s), 0.0100 MWh facility, 1.00 GPU-days: tune-01");
        assertThat(r.warnings()).containsExactly("1 training run(s) still open, not counted: open-2");
        assertThat(facts(o, "training").get("Training runs")).startsWith("5 pre-training runs");
    }

    @Test
    void csvCarriesTheFormFields() throws IOException {
        String csv = render(ReportFormat.CSV, report(AiActInput.of("llama", "3")).output(AT));
        assertThat(csv).contains("training,8,field,Training energy (MWh)\r\ntraining,8,value,1.20\r\n",
                "training_runs,total,GPU-days,32.0000\r\n");
    }

    @Test
    void htmlShowsTheFormFigures() throws IOException {
        String html = render(ReportFormat.HTML, report(AiActInput.of("llama", "3")).output(AT));
        assertThat(html).contains("Training energy (MWh)", "1.20", "32.0 GPU-days", "5.00", "0.0600", "Methodology");
    }

    @Test
    void pdfTextHasTheFormFigures() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Renderers.of(ReportFormat.PDF).write(report(AiActInput.of("llama", "3")).output(AT), b);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(b.toByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Training energy (MWh)", "1.20", "32.0 GPU-days", "0.0600");
        }
    }

    static final String GOLDEN_MD = """
            # EU AI Act model documentation: energy and compute

            Model llama version 3 · GPAI Code of Practice, Transparency chapter, Model Documentation Form (EU AI Act Annex XI §1)

            Generated: 2026-11-23T10:00:00Z

            ## Training

            **Computational resources and energy (pre-training)**

            | Field | Value |
            |---|---|
            | Training runs | 4 pre-training runs, failed and interrupted included (1 failed, 0 interrupted) |
            | Training period (UTC) | 2026-11-01T00:00:00Z to 2026-11-06T00:00:00Z |
            | Training time (wall-clock days) | 5.00 |
            | Sum of run durations (days) | 4.00 |
            | Training time (hardware-days) | 32.0 GPU-days |
            | CPU-only runs | none |
            | Training compute (FLOPs) | 3.14 × 10²³ (stated by the provider) |
            | Training energy (MWh) | 1.20 |
            | Energy boundary | facility: IT energy (GPU) × PUE |
            | IT energy (MWh) | 1.00 |
            | Measured or estimated | measured |
            | Location-based emissions (tCO2e) | 0.0600 |

            > **Note:** Failed and interrupted runs are included (1 failed, 0 interrupted): the provider boundary counts training whole, failed and intermediate runs too (SCI for AI).

            **What the training figures count, and what they leave out**

            | Field | Value |
            |---|---|
            | Counted as training | runs of phase training (pre-training) of model llama version 3, failed and interrupted included; a post-training run recorded as training is counted |
            | Not counted: fine-tuning and post-training | 1 run(s) of phase fine-tuning; the form's training figures are the resources used to train the model (Annex XI §1 point 2(d)); a fine-tuning run may adapt this version or make a derived model, which wattprint cannot tell, so these runs are shown apart for the provider to add where its definition of training includes them; post-training (instruction tuning, RLHF) has no phase of its own and is recorded as fine-tuning |
            | Not counted: inference and evaluation | 0 run(s) of phase inference; serving and evaluating the trained model is not training; the form asks for inference compute as a benchmark of its own (below), and evaluation runs are recorded as inference |
            | Not counted: data pipeline and supporting | 0 run(s) of phase data-pipeline or supporting; data preparation and the services around training are not the training computation |

            ### Fine-tuning (not in the figures above)

            | Field | Value |
            |---|---|
            | Fine-tuning runs | 1 run(s), 0.0100 MWh facility, 1.00 GPU-days: tune-01 |

            ## Inference

            **Inference compute benchmark**

            | Field | Value |
            |---|---|
            | Inference compute (FLOPs) | 2.1 × 10¹² |
            | Benchmark task | 1,000-token completion |
            | Benchmark hardware | 1 × H100 80GB |

            ## Methodology

            These figures cover all 4 closed pre-training runs of llama version 3 recorded by wattprint from 2026-11-01 to 2026-11-06, including 1 failed and 0 interrupted (SCI for AI provider boundary). GPU energy was measured per run with hardware counters (nvml-total-energy). Facility energy is IT energy times a PUE of 1.20 (fixture). Hardware-days are run hours times distinct GPUs, divided by 24. Training compute was stated by the provider, not measured. Location-based emissions use grid factors: test fixture 2026 (FR). Figures have three significant figures.

            ## Training runs

            **Pre-training runs counted (totals are the sums of the rows)**

            | Run | Status | Start (UTC) | Hours | GPUs | GPU-days | IT kWh | Facility kWh | kgCO2e | Energy |
            |---|---|---|---:|---:|---:|---:|---:|---:|---|
            | train-01 | succeeded | 2026-11-01T00:00:00Z | 24.000 | 8 | 8.0000 | 250.000 | 300.000 | 15.000 | measured |
            | train-02 | succeeded | 2026-11-02T00:00:00Z | 24.000 | 8 | 8.0000 | 250.000 | 300.000 | 15.000 | measured |
            | train-03 | failed | 2026-11-03T00:00:00Z | 24.000 | 8 | 8.0000 | 250.000 | 300.000 | 15.000 | measured |
            | train-04 | succeeded | 2026-11-05T00:00:00Z | 24.000 | 8 | 8.0000 | 250.000 | 300.000 | 15.000 | measured |
            | **TOTAL** |  |  | **96.000** |  | **32.0000** | **1,000.000** | **1,200.000** | **60.000** |  |

            ## Sources and methods

            | Field | Value |
            |---|---|
            | Runs read | 4 |
            | Reference data | fixture 1 |
            | IT energy measured | 100.0 % |
            | IT energy estimated | 0.0 % |
            | IT energy imported | 0.0 % |

            **Emission factors used**

            | Zone | gCO2e/kWh | Year | Source | Runs | kWh |
            |---|---:|---|---|---:|---:|
            | FR | 50.00 | 2026 | test fixture | 4 | 1,200.000 |

            **PUE applied**

            | PUE | Basis | Runs |
            |---:|---|---:|
            | 1.20 | fixture | 4 |

            **Energy methods**

            | Provenance | Method | Runs | IT kWh |
            |---|---|---:|---:|
            | measured (counter) | nvml-total-energy | 4 | 1,000.000 |
            """;
    static final String GOLDEN_JSON = """
            {
              "report" : "ai-act",
              "generated_at" : "2026-11-23T10:00:00Z",
              "form" : "GPAI Code of Practice, Transparency chapter, Model Documentation Form (EU AI Act Annex XI §1)",
              "model" : "llama",
              "version" : "3",
              "training" : {
                "na_reason" : null,
                "runs" : 4,
                "failed_runs" : [ "train-03" ],
                "interrupted_runs" : [ ],
                "open_runs_not_counted" : [ ],
                "first_start" : "2026-11-01T00:00:00Z",
                "last_end" : "2026-11-06T00:00:00Z",
                "wall_clock_days" : 5.00,
                "wall_clock_days_decimals" : 2,
                "sum_of_run_days" : 4.00,
                "sum_of_run_days_decimals" : 2,
                "hardware_days" : 32.0,
                "hardware_days_decimals" : 1,
                "hardware_days_unit" : "GPU-days (run hours × distinct GPUs / 24)",
                "cpu_only_runs" : [ ],
                "compute_flops" : 300000000000000000000000,
                "compute_flops_text" : "3.0 × 10²³",
                "compute_source" : "stated by the provider (--flops)",
                "compute_bad_tags" : [ ],
                "compute_complete" : true,
                "compute_runs_declared" : 0,
                "compute_runs_counted" : 4,
                "compute_runs_undeclared" : [ "train-01", "train-02", "train-03", "train-04" ],
                "energy_mwh" : 1.20,
                "energy_mwh_decimals" : 2,
                "energy_boundary" : "facility (IT energy × PUE)",
                "it_energy_mwh" : 1.00,
                "it_energy_mwh_decimals" : 2,
                "energy_basis" : "measured",
                "energy_basis_text" : "measured",
                "measured_share" : 1.0000,
                "estimated_share" : 0.0000,
                "imported_share" : 0.0000,
                "co2e_location_t" : 0.0600,
                "co2e_location_t_decimals" : 4,
                "unknown_location_runs" : [ ],
                "runs_without_footprint" : [ ]
              },
              "phases" : {
                "counted" : [ "training" ],
                "counted_text" : "runs of phase training (pre-training) of model llama version 3, failed and interrupted included; a post-training run recorded as training is counted",
                "excluded" : [ {
                  "what" : "fine-tuning and post-training",
                  "phases" : [ "fine-tuning" ],
                  "runs" : 1,
                  "reason" : "the form's training figures are the resources used to train the model (Annex XI §1 point 2(d)); a fine-tuning run may adapt this version or make a derived model, which wattprint cannot tell, so these runs are shown apart for the provider to add where its definition of training includes them; post-training (instruction tuning, RLHF) has no phase of its own and is recorded as fine-tuning"
                }, {
                  "what" : "inference and evaluation",
                  "phases" : [ "inference" ],
                  "runs" : 0,
                  "reason" : "serving and evaluating the trained model is not training; the form asks for inference compute as a benchmark of its own (below), and evaluation runs are recorded as inference"
                }, {
                  "what" : "data pipeline and supporting",
                  "phases" : [ "data-pipeline", "supporting" ],
                  "runs" : 0,
                  "reason" : "data preparation and the services around training are not the training computation"
                } ]
              },
              "fine_tuning" : {
                "runs" : 1,
                "run_ids" : [ "tune-01" ],
                "energy_mwh" : 0.0100,
                "energy_mwh_decimals" : 4,
                "hardware_days" : 1.00,
                "hardware_days_decimals" : 2
              },
              "inference" : {
                "compute_flops" : null,
                "task" : null,
                "hardware" : null
              },
              "methodology" : "These figures cover all 4 closed pre-training runs of llama version 3 recorded by wattprint from 2026-11-01 to 2026-11-06, including 1 failed and 0 interrupted (SCI for AI provider boundary). GPU energy was measured per run with hardware counters (nvml-total-energy). Facility energy is IT energy times a PUE of 1.20 (fixture). Hardware-days are run hours times distinct GPUs, divided by 24. Training compute was stated by the provider, not measured. Location-based emissions use grid factors: test fixture 2026 (FR). Figures have three significant figures.",
              "methodology_words" : 84,
              "training_runs" : [ {
                "id" : "train-01",
                "status" : "succeeded",
                "start" : "2026-11-01T00:00:00Z",
                "end" : "2026-11-02T00:00:00Z",
                "hours" : 24.000,
                "hours_decimals" : 3,
                "gpus" : 8,
                "gpu_days" : 8.0000,
                "gpu_days_decimals" : 4,
                "it_kwh" : 250.000,
                "it_kwh_decimals" : 3,
                "facility_kwh" : 300.000,
                "facility_kwh_decimals" : 3,
                "co2e_kg" : 15.000,
                "co2e_kg_decimals" : 3,
                "energy" : "measured"
              }, {
                "id" : "train-02",
                "status" : "succeeded",
                "start" : "2026-11-02T00:00:00Z",
                "end" : "2026-11-03T00:00:00Z",
                "hours" : 24.000,
                "hours_decimals" : 3,
                "gpus" : 8,
                "gpu_days" : 8.0000,
                "gpu_days_decimals" : 4,
                "it_kwh" : 250.000,
                "it_kwh_decimals" : 3,
                "facility_kwh" : 300.000,
                "facility_kwh_decimals" : 3,
                "co2e_kg" : 15.000,
                "co2e_kg_decimals" : 3,
                "energy" : "measured"
              }, {
                "id" : "train-03",
                "status" : "failed",
                "start" : "2026-11-03T00:00:00Z",
                "end" : "2026-11-04T00:00:00Z",
                "hours" : 24.000,
                "hours_decimals" : 3,
                "gpus" : 8,
                "gpu_days" : 8.0000,
                "gpu_days_decimals" : 4,
                "it_kwh" : 250.000,
                "it_kwh_decimals" : 3,
                "facility_kwh" : 300.000,
                "facility_kwh_decimals" : 3,
                "co2e_kg" : 15.000,
                "co2e_kg_decimals" : 3,
                "energy" : "measured"
              }, {
                "id" : "train-04",
                "status" : "succeeded",
                "start" : "2026-11-05T00:00:00Z",
                "end" : "2026-11-06T00:00:00Z",
                "hours" : 24.000,
                "hours_decimals" : 3,
                "gpus" : 8,
                "gpu_days" : 8.0000,
                "gpu_days_decimals" : 4,
                "it_kwh" : 250.000,
                "it_kwh_decimals" : 3,
                "facility_kwh" : 300.000,
                "facility_kwh_decimals" : 3,
                "co2e_kg" : 15.000,
                "co2e_kg_decimals" : 3,
                "energy" : "measured"
              } ],
              "warnings" : [ ],
              "basis" : {
                "runs" : 4,
                "reference_data" : [ "fixture 1" ],
                "it_energy_kwh" : 1000.0,
                "measured_share" : 1.0,
                "estimated_share" : 0.0,
                "factors" : [ {
                  "zone" : "FR",
                  "g_per_kwh" : 50.0,
                  "year" : 2026,
                  "source" : "test fixture",
                  "runs" : 4,
                  "facility_kwh" : 1200.0
                } ],
                "energy_methods" : [ {
                  "provenance" : "measured (counter)",
                  "method" : "nvml-total-energy",
                  "runs" : 4,
                  "it_kwh" : 1000.0
                } ],
                "unknown_location_runs" : [ ],
                "runs_without_footprint" : [ ]
              }
            }
            """;

    /**
     * Issue 16 item 8: a laptop-sized pre-training run, 450 J of GPU energy in FR at 50 g/kWh, 36 s on 1 GPU. By hand:
     * 450 J = 0.000125 kWh = 0.000000125 MWh → three significant figures 0.000000125 (it printed 0.00, the table's
     * rounded TOTAL 0.000 rounded again); × 50 g = 0.00625 g = 0.00000000625 t; 36 s = 0.01 h = 0.0004166… days →
     * 0.000417; hardware-days 0.01 h × 1 GPU / 24 = 0.000417 GPU-days. The runs table's TOTAL prints 0.000125 kWh, not 0.000.
     */
    @Test
    void aLaptopRunKeepsThreeSignificantFiguresInEveryFormFigure() throws IOException {
        AiActReport a;
        try (Ledger l = Ledger.open(dir.resolve("lap.db").toString())) {
            TestLedger.run("lap").model("tiny", "1").start(NOV1).hours(0.01).kwh(450 / 3_600_000.0).zone("FR", 50).store(l);
            a = AiActReport.of(l.runs().list(RunQuery.all()), AiActInput.of("tiny", "1"));
        }
        ReportOutput o = a.output(AT);
        Map<String, String> f = facts(o, "training");

        assertThat(f.get("Training energy (MWh)")).isEqualTo("0.000000125");
        assertThat(f.get("IT energy (MWh)")).isEqualTo("0.000000125");
        assertThat(f.get("Location-based emissions (tCO2e)")).isEqualTo("0.00000000625");
        assertThat(f.get("Sum of run durations (days)")).isEqualTo("0.000417");
        assertThat(f.get("Training time (hardware-days)")).isEqualTo("0.000417 GPU-days");
        assertThat(render(ReportFormat.MD, o)).contains("| **TOTAL** |  |  | **0.010** |  | **0.0004** | **0.000125** | **0.000125** | **0.00000625** |  |");
    }
}
