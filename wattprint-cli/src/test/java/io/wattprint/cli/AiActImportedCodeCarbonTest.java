package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CodeCarbon runs imported with --model/--model-version/--phase fill the AI Act form, their GPUs from gpu_count. */
class AiActImportedCodeCarbonTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    }

    /** The header and the llm-pretrain rows of docs/examples/codecarbon-cluster.csv (the tests run in the module directory). */
    Path pretrainingRows() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "examples", "codecarbon-cluster.csv"), StandardCharsets.UTF_8);
        List<String> keep = new java.util.ArrayList<>(List.of(lines.get(0)));
        for (String l : lines.subList(1, lines.size())) if (l.contains(",llm-pretrain,")) keep.add(l);
        assertThat(keep).hasSize(3);
        return Files.writeString(tmp.resolve("pretrain.csv"), String.join("\n", keep) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void importedPreTrainingRunsGiveTheFormsEnergyAndGpuDays() throws Exception {
        var in = cli.run("ingest", "codecarbon", pretrainingRows().toString(), "--model", "llm", "--model-version", "1.0",
                "--phase", "training");
        assertThat(in.code()).as(in.toString()).isZero();

        var r = cli.run("report", "ai-act", "--model", "llm", "--version", "1.0");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains(
                "| Training runs | 2 pre-training runs, failed and interrupted included (0 failed, 0 interrupted) |",
                // Run 1 ends 2024-10-08T06:00 after 1,209,600 s = 336 h = 14 d, so starts 2024-09-24T06:00; run 2 ends
                // 2025-03-14T06:00 after 5,184,000 s = 1,440 h = 60 d. Wall clock 2024-09-24 → 2025-03-14 = 6+31+30+31+31+28+14
                // = 171 days; durations 14 + 60 = 74 days.
                "| Training period (UTC) | 2024-09-24T06:00:00Z to 2025-03-14T06:00:00Z |",
                "| Training time (wall-clock days) | 171 |",
                "| Sum of run durations (days) | 74.0 |",
                // gpu_count 8 each: 336 h × 8 / 24 = 112 and 1,440 h × 8 / 24 = 480 → 592 GPU-days.
                "| Training time (hardware-days) | 592 GPU-days |",
                "| CPU-only runs | none |",
                // energy_consumed (with pue 1.2) 2,419.2 + 10,368 = 12,787.2 kWh = 12.8 MWh (3 significant figures);
                // IT energy = 12,787.2 / 1.2 = 10,656 kWh = 10.7 MWh.
                "| Training energy (MWh) | 12.8 |",
                "| IT energy (MWh) | 10.7 |",
                "| 336.000 | 8 | 112.0000 |", "| 1,440.000 | 8 | 480.0000 |",
                "Hardware-days are run hours times distinct GPUs (the recorded gpu\\_count for 2 runs), divided by 24."); // Markdown escapes the underscore
    }

    /**
     * Issue 16 item 11: CodeCarbon's energy is imported, and its file does not say how CodeCarbon obtained it (no column
     * names RAPL, NVML or a TDP model), so the form answers "estimated", never "imported" or "measured".
     */
    @Test
    void importedCodeCarbonEnergyIsAnsweredAsEstimated() throws Exception {
        var in = cli.run("ingest", "codecarbon", pretrainingRows().toString(), "--model", "llm", "--model-version", "1.0",
                "--phase", "training");
        assertThat(in.code()).as(in.toString()).isZero();

        var md = cli.run("report", "ai-act", "--model", "llm", "--version", "1.0");
        var json = cli.run("report", "ai-act", "--model", "llm", "--version", "1.0", "--json");

        assertThat(md.out()).contains("| Measured or estimated | estimated (imported from codecarbon 3.0.1: the import does not record "
                + "how the energy was obtained) |", "| estimated (imported) |");
        JsonNode t = new ObjectMapper().readTree(json.out()).get("training");
        assertThat(t.get("energy_basis").asText()).isEqualTo("estimated");
        assertThat(t.get("measured_share").decimalValue()).isEqualByComparingTo("0");
        assertThat(t.get("estimated_share").decimalValue()).isEqualByComparingTo("1");
        assertThat(t.get("imported_share").decimalValue()).isEqualByComparingTo("1");
    }
}
