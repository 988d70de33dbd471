package io.wattprint.report.aiact;

import static io.wattprint.report.aiact.AiActFixture.AT;
import static io.wattprint.report.aiact.AiActFixture.NOV1;
import static io.wattprint.report.aiact.AiActFixture.facts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 11: "measured or estimated" is answered with exactly one of measured, estimated, partly estimated and
 * the shares of the IT energy; an imported (CodeCarbon) figure counts as estimated, because the import does not record
 * how CodeCarbon obtained it.
 */
class AiActMeasuredOrEstimatedTest {
    @TempDir
    Path dir;

    static JsonNode json(ReportOutput o) throws IOException {
        return new ObjectMapper().readTree(RenderedFormats.text(ReportFormat.JSON, o));
    }

    @Test
    void measuredAndModelEstimatedRunsArePartlyEstimatedWithBothShares() throws IOException {
        ReportOutput o = AiActFixture.report(dir, AiActInput.of("phi", "1"), l -> {
            TestLedger.run("meas-1").model("phi", "1").start(NOV1).hours(1).kwh(2).store(l);
            TestLedger.run("est-1").model("phi", "1").start(NOV1.plusSeconds(3600)).hours(1).kwh(1).estimated().store(l);
        }).output(AT);

        // 2 of 3 kWh measured = 66.67 %, 1 of 3 estimated = 33.33 %; at one decimal 66.7 + 33.3 = 100.0.
        assertThat(facts(o, "training").get("Measured or estimated"))
                .isEqualTo("partly estimated: 66.7 % measured, 33.3 % estimated of the IT energy");
        JsonNode t = json(o).get("training");
        assertThat(t.get("energy_basis").asText()).isEqualTo("partly estimated");
        assertThat(t.get("measured_share").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(t.get("estimated_share").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(t.get("imported_share").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void anImportedCodeCarbonRunIsEstimatedNotImported() throws IOException {
        ReportOutput o = AiActFixture.report(dir, AiActInput.of("llm", "1"), l ->
                AiActFixture.codeCarbonRun(l, "cc-1", "llm", "1", NOV1, 10, 1, 6, 1)).output(AT);

        assertThat(facts(o, "training").get("Measured or estimated")).isEqualTo("estimated (imported from codecarbon 3.3.0: the import does "
                + "not record how the energy was obtained)");
        JsonNode j = json(o);
        assertThat(j.get("training").get("energy_basis").asText()).isEqualTo("estimated");
        assertThat(j.get("training").get("measured_share").decimalValue()).isEqualByComparingTo("0");
        assertThat(j.get("training").get("estimated_share").decimalValue()).isEqualByComparingTo("1");
        assertThat(j.get("training").get("imported_share").decimalValue()).isEqualByComparingTo("1");
        assertThat(j.get("training_runs").get(0).get("energy").asText()).isEqualTo("estimated (imported)");
        assertThat(j.get("methodology").asText()).contains("GPU, CPU and memory energy was imported from codecarbon 3.3.0 and is "
                + "counted as estimated");
    }

    @Test
    void aMeasuredRunBesideAnImportedOneIsPartlyEstimatedAndNamesTheImportedShare() throws IOException {
        ReportOutput o = AiActFixture.report(dir, AiActInput.of("llm", "1"), l -> {
            TestLedger.run("meas-1").model("llm", "1").start(NOV1).hours(1).kwh(6).store(l);
            // 0.5 + 1 + 0.5 = 2 kWh imported.
            AiActFixture.codeCarbonRun(l, "cc-1", "llm", "1", NOV1.plusSeconds(3600), 1, 0.5, 1, 0.5);
        }).output(AT);

        // 6 of 8 kWh measured = 75 %; 2 of 8 imported = 25 %, counted as estimated.
        assertThat(facts(o, "training").get("Measured or estimated")).isEqualTo("partly estimated: 75.0 % measured, 25.0 % estimated "
                + "of the IT energy (25.0 % imported from codecarbon 3.3.0, counted as estimated)");
        JsonNode t = json(o).get("training");
        assertThat(t.get("energy_basis").asText()).isEqualTo("partly estimated");
        assertThat(t.get("estimated_share").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(t.get("imported_share").decimalValue()).isEqualByComparingTo("0.25");
    }

    @Test
    void onlyMeasuredRunsAreMeasuredWithTheWholeShare() throws IOException {
        ReportOutput o = AiActFixture.report(dir, AiActInput.of("phi", "1"), l ->
                TestLedger.run("meas-1").model("phi", "1").start(NOV1).hours(1).kwh(2).cpuKwh(1).store(l)).output(AT);

        assertThat(facts(o, "training").get("Measured or estimated")).isEqualTo("measured");
        JsonNode t = json(o).get("training");
        assertThat(t.get("energy_basis").asText()).isEqualTo("measured");
        assertThat(t.get("measured_share").decimalValue()).isEqualByComparingTo("1");
        assertThat(t.get("imported_share").decimalValue()).isEqualByComparingTo("0");
    }

    /** A share too small for one decimal is not printed as 0.0 % (the core non-zero rule, Figures). */
    @Test
    void aTinyEstimatedShareIsPrintedWithItsDigitsNotAsZero() {
        ReportOutput o = AiActFixture.report(dir, AiActInput.of("phi", "1"), l -> {
            TestLedger.run("meas-1").model("phi", "1").start(NOV1).hours(1).kwh(1000).store(l);
            TestLedger.run("est-1").model("phi", "1").start(NOV1.plusSeconds(3600)).hours(1).kwh(0.001).estimated().store(l);
        }).output(AT);

        // 0.001 / 1000.001 × 100 = 0.0000999999 %: at one decimal 0.0, so the core rule shows its first significant
        // digits, 0.000100 → "0.0001"; the measured 99.9999… % rounds to 100.0.
        assertThat(facts(o, "training").get("Measured or estimated"))
                .isEqualTo("partly estimated: 100.0 % measured, 0.0001 % estimated of the IT energy")
                .doesNotContain(", 0.0 % estimated");
    }
}
