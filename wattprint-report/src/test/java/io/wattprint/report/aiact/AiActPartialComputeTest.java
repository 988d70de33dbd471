package io.wattprint.report.aiact;

import static io.wattprint.report.aiact.AiActFixture.AT;
import static io.wattprint.report.aiact.AiActFixture.NOV1;
import static io.wattprint.report.aiact.AiActFixture.facts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 11: a compute figure summed from the flops tags of some of the training runs is a lower bound and says
 * so ("at least", which runs declared none), in the form, the JSON, the warnings and the methodology paragraph.
 */
class AiActPartialComputeTest {
    @TempDir
    Path dir;

    static JsonNode json(ReportOutput o) throws IOException {
        return new ObjectMapper().readTree(RenderedFormats.text(ReportFormat.JSON, o)).get("training");
    }

    @Test
    void oneOfTwoRunsDeclaringFlopsIsAtLeastThatFigureAndNamesTheRunWithout() throws IOException {
        AiActReport r = AiActFixture.report(dir, AiActInput.of("phi", "1"), l -> {
            TestLedger.run("a").model("phi", "1").start(NOV1).tag("flops", "1.5e20").store(l);
            TestLedger.run("b").model("phi", "1").start(NOV1.plusSeconds(3600)).store(l);
        });
        ReportOutput o = r.output(AT);

        // Only a's 1.5e20 is known; b's compute is unknown, so the total is at least 1.5e20, not 1.5e20.
        String line = "at least 1.5 × 10²⁰ (partial: declared by the flops tags of 1 of 2 training runs; the other run declared none: b)";
        assertThat(facts(o, "training").get("Training compute (FLOPs)")).isEqualTo(line);
        JsonNode t = json(o);
        assertThat(t.get("compute_complete").asBoolean(true)).isFalse();
        assertThat(t.get("compute_runs_declared").asInt()).isEqualTo(1);
        assertThat(t.get("compute_runs_counted").asInt()).isEqualTo(2);
        assertThat(t.get("compute_runs_undeclared").get(0).asText()).isEqualTo("b");
        assertThat(t.get("compute_flops").decimalValue()).isEqualByComparingTo("1.5e20");
        assertThat(r.warnings()).containsExactly(
                "training compute is partial, at least 1.5 × 10²⁰ FLOPs: only 1 of 2 training runs declared a flops tag");
        assertThat(r.methodology()).contains("Training compute is partial: flops tags of 1 of 2 runs only.");
        for (ReportFormat f : new ReportFormat[] {ReportFormat.MD, ReportFormat.HTML}) {
            assertThat(RenderedFormats.text(f, o)).as(f.toString()).contains("at least 1.5 × 10²⁰", "declared by the flops tags of 1 of 2");
        }
        assertThat(RenderedFormats.pdfText(o)).contains("at least 1.5", "declared by the flops tags of 1 of 2");
    }

    @Test
    void everyRunDeclaringFlopsIsTheCompleteSum() throws IOException {
        AiActReport r = AiActFixture.report(dir, AiActInput.of("phi", "1"), l -> {
            TestLedger.run("a").model("phi", "1").start(NOV1).tag("flops", "1.5e20").store(l);
            TestLedger.run("b").model("phi", "1").start(NOV1.plusSeconds(3600)).tag("flops", "1.6e20").store(l);
        });
        ReportOutput o = r.output(AT);

        // 1.5e20 + 1.6e20 = 3.1e20, every counted run declared.
        assertThat(facts(o, "training").get("Training compute (FLOPs)")).isEqualTo("3.1 × 10²⁰ (sum of the flops tags of all 2 training runs)");
        assertThat(json(o).get("compute_complete").asBoolean(false)).isTrue();
        assertThat(r.warnings()).isEmpty();
        assertThat(r.methodology()).contains("Training compute sums the flops tags of all 2 runs.");
    }

    @Test
    void theProvidersFlopsAreCompleteThoughNoRunDeclaresAny() throws IOException {
        AiActReport r = AiActFixture.report(dir, AiActInput.of("phi", "1").withFlops(new BigDecimal("2e21")), l ->
                TestLedger.run("a").model("phi", "1").start(NOV1).store(l));
        JsonNode t = json(r.output(AT));

        assertThat(t.get("compute_complete").asBoolean(false)).isTrue();
        assertThat(t.get("compute_runs_declared").asInt()).isZero();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void noFlopsAnywhereLeavesCompletenessUnknown() throws IOException {
        AiActReport r = AiActFixture.report(dir, AiActInput.of("phi", "1"), l -> TestLedger.run("a").model("phi", "1").start(NOV1).store(l));
        ReportOutput o = r.output(AT);

        assertThat(facts(o, "training").get("Training compute (FLOPs)")).isEqualTo("not given");
        assertThat(json(o).get("compute_complete").isNull()).isTrue();
    }

    /** Negative: a tag that is not a positive number declares nothing, so the sum of the others is partial. */
    @Test
    void zeroNegativeAndNonNumericFlopsTagsMakeTheSumPartialAndAreNamed() throws IOException {
        AiActReport r = AiActFixture.report(dir, AiActInput.of("phi", "1"), l -> {
            TestLedger.run("a").model("phi", "1").start(NOV1).tag("flops", "4e19").store(l);
            TestLedger.run("b").model("phi", "1").start(NOV1.plusSeconds(3600)).tag("flops", "0").store(l);
            TestLedger.run("c").model("phi", "1").start(NOV1.plusSeconds(7200)).tag("flops", "-1e20").store(l);
            TestLedger.run("d").model("phi", "1").start(NOV1.plusSeconds(10_800)).tag("flops", "lots").store(l);
        });
        ReportOutput o = r.output(AT);

        assertThat(facts(o, "training").get("Training compute (FLOPs)")).isEqualTo("at least 4.0 × 10¹⁹ (partial: declared by the "
                + "flops tags of 1 of 4 training runs; 3 runs' tags are not a positive number: b (flops=0), c (flops=-1e20), d (flops=lots))");
        assertThat(json(o).get("compute_complete").asBoolean(true)).isFalse();
    }

    /** An open run is not counted, so its tag is not summed into the training compute either. */
    @Test
    void anOpenRunsFlopsTagIsNotSummed() throws IOException {
        AiActReport r = AiActFixture.report(dir, AiActInput.of("phi", "1"), l -> {
            TestLedger.run("a").model("phi", "1").start(NOV1).tag("flops", "1e20").store(l);
            l.runs().insertRun(new Run("open-1", "k-open-1", Workload.builder("w").model("phi").modelVersion("1").phase(Phase.TRAINING)
                    .tag("flops", "5e20").build(), "h", Location.zone("FR"), NOV1, null, RunStatus.RUNNING, null, "train.py"));
        });
        ReportOutput o = r.output(AT);

        assertThat(facts(o, "training").get("Training compute (FLOPs)")).isEqualTo("1.0 × 10²⁰ (the flops tag of the only training run)");
    }
}
