package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.model.RunStatus;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;
    Path reference;

    @BeforeEach
    void gpt2InferenceAndAReferenceSet() throws Exception {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        Instant t0 = Instant.parse("2026-11-20T10:00:00Z");
        // 0.237 kWh GPU = 237 Wh over the largest queries mark, 100,000 → 2.37 Wh per 1,000 queries.
        ModelRunFixture.add(cli.ledgerFile(), "inf-1", "gpt2", "1", Phase.INFERENCE, t0, 1, 1, 0.237, RunStatus.SUCCEEDED,
                Map.of("gpu", "NVIDIA H100 80GB HBM3", "task", "text-generation"),
                List.of(RunMarker.mark(t0.plusSeconds(600), "queries", 40_000), RunMarker.mark(t0.plusSeconds(3000), "queries", 100_000)));
        ModelRunFixture.add(cli.ledgerFile(), "inf-2", "gpt2", "1", Phase.INFERENCE, t0.plusSeconds(7200), 1, 1, 1, RunStatus.SUCCEEDED,
                Map.of(), List.of());
        reference = tmp.resolve("ref.csv");
        // Range 0.37 to 2.37 (this model at the top) → 1 star.
        Files.writeString(reference, "model,task,wh_per_1k_queries,source\ndistilgpt2,text-generation,1.31,test\n"
                + "tiny,text-generation,0.37,test\n");
    }

    CliHarness.Result label(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "label", "--model", "gpt2", "--task", "text-generation",
                "--reference", reference.toString()));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void svgByDefaultWithTheFiguresAndStars() {
        var r = label();

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("<?xml").contains(">2.37</text>", "1 of 5 stars", "Hardware: NVIDIA H100 80GB HBM3",
                "Date: 2026-11-20", "class=\"star filled\"");
        assertThat(r.out().split("class=\"star filled\"", -1)).hasSize(2);
        assertThat(r.err()).isEqualTo("wattprint: note: 1 run(s) left out: inf-2 (no query count (queries marker or tag))\n");
    }

    @Test
    void jsonHasTheLabelFields() throws Exception {
        var r = label("--format", "json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("wh_per_1k_queries").decimalValue()).isEqualByComparingTo("2.37");
        assertThat(j.get("stars").asInt()).isEqualTo(1);
        assertThat(j.get("queries").asLong()).isEqualTo(100_000);
    }

    @Test
    void pngToAFile() throws Exception {
        Path out = tmp.resolve("label.png");
        var r = label("--format", "png", "--out", out.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(720);
        assertThat(img.getHeight()).isEqualTo(1040);
    }

    private static void assertUsageError(CliHarness.Result r, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingModelIsAUsageError() {
        assertUsageError(cli.run("report", "label", "--task", "t", "--reference", reference.toString()),
                "Missing required option: '--model=NAME'");
    }

    @Test
    void missingTaskIsAUsageError() {
        assertUsageError(cli.run("report", "label", "--model", "gpt2", "--reference", reference.toString()),
                "Missing required option: '--task=TASK'");
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertUsageError(label("--format", "md"), "invalid value for --format: 'md' (this report is written as svg, png, json)");
    }

    @Test
    void pngWithoutOutIsAUsageError() {
        assertUsageError(label("--format", "png"), "PNG is binary: give --out FILE (e.g. --out report.png)");
    }

    @Test
    void missingReferenceIsAUsageError() {
        assertUsageError(cli.run("report", "label", "--model", "gpt2", "--task", "text-generation"),
                "--reference FILE is required");
        assertUsageError(cli.run("report", "label", "--model", "gpt2", "--task", "text-generation", "--reference",
                tmp.resolve("nope.csv").toString()), "invalid value for --reference: " + tmp.resolve("nope.csv") + " does not exist");
    }

    @Test
    void aBadReferenceLineIsAUsageErrorNamingFileLineAndField() throws Exception {
        Files.writeString(reference, "model,task,wh_per_1k_queries,source\na,text-generation,1,s\nb,text-generation,n/a,s\n");
        assertUsageError(label(), "invalid reference set: " + reference + " line 3, field wh_per_1k_queries: expected a positive "
                + "number of Wh per 1,000 queries, got 'n/a'");
    }

    @Test
    void aModelWithoutInferenceRunsFailsWithTheReason() {
        var r = cli.run("report", "label", "--model", "bert", "--task", "text-generation", "--reference", reference.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("no inference runs of model bert for task 'text-generation' in the ledger");
    }
}
