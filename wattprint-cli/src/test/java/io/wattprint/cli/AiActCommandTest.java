package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AiActCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void twoTrainingRunsOfLlama3() {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        // 2 runs × 8 GPUs × 12 h / 24 = 8 GPU-days; 2 × 500 kWh = 1,000 kWh = 1.00 MWh (no PUE); one failed.
        Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
        ModelRunFixture.add(cli.ledgerFile(), "run-a", "llama", "3", Phase.TRAINING, t0, 12, 8, 500, RunStatus.SUCCEEDED,
                Map.of("flops", "1.2e22"), List.of());
        ModelRunFixture.add(cli.ledgerFile(), "run-b", "llama", "3", Phase.TRAINING, t0.plusSeconds(43_200), 12, 8, 500,
                RunStatus.FAILED, Map.of("flops", "1.9e22"), List.of());
    }

    @Test
    void markdownByDefaultWithTheFormFields() {
        var r = cli.run("report", "ai-act", "--model", "llama", "--version", "3");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("| Training time (wall-clock days) | 1.00 |", "| Training time (hardware-days) | 8.00 GPU-days |",
                "| Training energy (MWh) | 1.00 |", "| Measured or estimated | measured |",
                // 1.2e22 + 1.9e22 = 3.1e22 from the runs' flops tags.
                "| Training compute (FLOPs) | 3.1 × 10²² (sum of the flops tags of all 2 training runs) |",
                "(1 failed, 0 interrupted)", "Generated: 2026-11-23T10:00:00Z");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonWithGivenFlopsAndInferenceBenchmark() throws Exception {
        var r = cli.run("report", "ai-act", "--model", "llama", "--version", "3", "--json", "--flops", "3.14e23",
                "--inference-flops", "2e12", "--inference-task", "chat turn", "--inference-hardware", "H100");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("training").get("compute_flops_text").asText()).isEqualTo("3.14 × 10²³");
        assertThat(j.get("training").get("energy_mwh").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(j.get("inference").get("task").asText()).isEqualTo("chat turn");
        assertThat(j.get("methodology_words").asInt()).isBetween(80, 120);
    }

    /** Issue 16 item 11: a run without a flops tag makes the summed compute a lower bound, on the form, in JSON and on stderr. */
    @Test
    void aTrainingRunWithoutAFlopsTagMakesTheComputePartial() throws Exception {
        ModelRunFixture.add(cli.ledgerFile(), "run-c", "llama", "3", Phase.TRAINING, Instant.parse("2026-11-02T00:00:00Z"), 1, 1, 1,
                RunStatus.SUCCEEDED, Map.of(), List.of());
        // A fine-tuning run's tag is never summed: fine-tuning is not counted as training.
        ModelRunFixture.add(cli.ledgerFile(), "tune-a", "llama", "3", Phase.FINE_TUNING, Instant.parse("2026-11-03T00:00:00Z"), 1, 1, 1,
                RunStatus.SUCCEEDED, Map.of("flops", "9e22"), List.of());

        var r = cli.run("report", "ai-act", "--model", "llama", "--version", "3");

        assertThat(r.code()).as(r.toString()).isZero();
        // run-a 1.2e22 + run-b 1.9e22 = 3.1e22 from 2 of the 3 training runs; run-c declared none.
        assertThat(r.out()).contains("| Training compute (FLOPs) | at least 3.1 × 10²² (partial: declared by the flops tags of 2 of 3 "
                + "training runs; the other run declared none: run-c) |",
                "| Not counted: fine-tuning and post-training | 1 run(s) of phase fine-tuning; ");
        assertThat(r.err()).isEqualTo("wattprint: warning: training compute is partial, at least 3.1 × 10²² FLOPs: only 2 of 3 "
                + "training runs declared a flops tag\n");
        JsonNode t = new ObjectMapper().readTree(cli.run("report", "ai-act", "--model", "llama", "--version", "3", "--json").out())
                .get("training");
        assertThat(t.get("compute_complete").asBoolean(true)).isFalse();
        assertThat(t.get("compute_runs_declared").asInt()).isEqualTo(2);
        assertThat(t.get("compute_runs_counted").asInt()).isEqualTo(3);
    }

    @Test
    void aModelVersionWithoutRunsGivesNaAndAWarningWithExitZero() {
        var r = cli.run("report", "ai-act", "--model", "llama", "--version", "4");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("| Training energy (MWh) | N/A — no training runs of model llama version 4 in the ledger |");
        assertThat(r.err()).isEqualTo("wattprint: warning: N/A — no training runs of model llama version 4 in the ledger; "
                + "the form's training fields are N/A\n");
    }

    @Test
    void csvToAFile() throws Exception {
        Path out = tmp.resolve("form.csv");
        var r = cli.run("report", "ai-act", "--model", "llama", "--version", "3", "--format", "csv", "--out", out.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(out)).contains("training,8,value,1.00\r\n");
        assertThat(r.err()).startsWith("wattprint: wrote " + out);
    }

    private static void assertUsageError(CliHarness.Result r, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingModelIsAUsageError() {
        assertUsageError(cli.run("report", "ai-act", "--version", "3"), "Missing required option: '--model=NAME'");
    }

    @Test
    void missingVersionIsAUsageError() {
        assertUsageError(cli.run("report", "ai-act", "--model", "llama"), "Missing required option: '--version=VERSION'");
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertUsageError(cli.run("report", "ai-act", "--model", "llama", "--version", "3", "--format", "svg"),
                "invalid value for --format: 'svg' (this report is written as md, json, html, pdf, csv)");
        assertUsageError(cli.run("report", "ai-act", "--model", "llama", "--version", "3", "--format", "docx"),
                "invalid value for --format: 'docx' (expected md, json, html, pdf, csv)");
    }

    @Test
    void badFlopsAreAUsageError() {
        assertUsageError(cli.run("report", "ai-act", "--model", "llama", "--version", "3", "--flops", "lots"),
                "invalid value for --flops: 'lots' (expected a number of FLOPs, from 1 to 1e30, e.g. 3.1e23)");
        assertUsageError(cli.run("report", "ai-act", "--model", "llama", "--version", "3", "--flops", "-1e20"),
                "invalid value for --flops: -1e20 (expected a number of FLOPs, from 1 to 1e30)");
        assertUsageError(cli.run("report", "ai-act", "--model", "llama", "--version", "3", "--inference-flops", "0"),
                "invalid value for --inference-flops: 0 (expected a number of FLOPs, from 1 to 1e30)");
    }

    @Test
    void pdfWithoutOutIsAUsageError() {
        assertUsageError(cli.run("report", "ai-act", "--model", "llama", "--version", "3", "--format", "pdf"),
                "PDF is binary: give --out FILE");
    }

    @Test
    void blankModelIsAUsageError() {
        assertUsageError(cli.run("report", "ai-act", "--model", " ", "--version", "3"), "invalid value for --model");
    }
}
