package io.wattprint.report.aiact;

import static io.wattprint.report.aiact.AiActFixture.AT;
import static io.wattprint.report.aiact.AiActFixture.NOV1;
import static io.wattprint.report.aiact.AiActFixture.facts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Phase;
import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 item 11: the form says which phases count as training and which are left out, with their runs and why. */
class AiActExclusionsTest {
    @TempDir
    Path dir;

    ReportOutput ledgerOfEveryPhase() {
        return AiActFixture.report(dir, AiActInput.of("phi", "1"), l -> {
            TestLedger.run("pre-1").model("phi", "1").start(NOV1).store(l);
            TestLedger.run("tune-1").model("phi", "1").phase(Phase.FINE_TUNING).start(NOV1.plusSeconds(3600)).store(l);
            TestLedger.run("tune-2").model("phi", "1").phase(Phase.FINE_TUNING).start(NOV1.plusSeconds(7200)).store(l);
            TestLedger.run("serve-1").model("phi", "1").phase(Phase.INFERENCE).start(NOV1.plusSeconds(7200)).store(l);
            TestLedger.run("prep-1").model("phi", "1").phase(Phase.DATA_PIPELINE).start(NOV1).store(l);
            TestLedger.run("ops-1").model("phi", "1").phase(Phase.SUPPORTING).start(NOV1).store(l);
            TestLedger.run("other-tune").model("phi", "2").phase(Phase.FINE_TUNING).start(NOV1).store(l); // another version
        }).output(AT);
    }

    @Test
    void theFormNamesThePhasesCountedAndThoseLeftOutWithTheirRunsAndWhy() {
        Map<String, String> f = facts(ledgerOfEveryPhase(), "phases");

        assertThat(f.get("Counted as training")).startsWith("runs of phase training (pre-training) of model phi version 1");
        assertThat(f.get("Not counted: fine-tuning and post-training")).startsWith("2 run(s) of phase fine-tuning; ")
                .contains("Annex XI §1 point 2(d)", "post-training (instruction tuning, RLHF)");
        assertThat(f.get("Not counted: inference and evaluation")).startsWith("1 run(s) of phase inference; ")
                .contains("not training");
        assertThat(f.get("Not counted: data pipeline and supporting")).startsWith("2 run(s) of phase data-pipeline or supporting; ");
        assertThat(facts(ledgerOfEveryPhase(), "training").get("Training runs")).startsWith("1 pre-training runs");
    }

    @Test
    void theExclusionsAreInEveryFormat() throws IOException {
        ReportOutput o = ledgerOfEveryPhase();
        for (ReportFormat fmt : new ReportFormat[] {ReportFormat.MD, ReportFormat.HTML, ReportFormat.CSV}) {
            assertThat(RenderedFormats.text(fmt, o)).as(fmt.toString()).contains("Not counted: fine-tuning and post-training",
                    "Not counted: inference and evaluation", "Not counted: data pipeline and supporting", "Counted as training");
        }
        assertThat(RenderedFormats.pdfText(o)).contains("Not counted: fine-tuning and post-training", "Counted as training");

        JsonNode p = new ObjectMapper().readTree(RenderedFormats.text(ReportFormat.JSON, o)).get("phases");
        assertThat(p.get("counted").get(0).asText()).isEqualTo("training");
        assertThat(p.get("excluded")).hasSize(3);
        assertThat(p.get("excluded").get(0).get("phases").get(0).asText()).isEqualTo("fine-tuning");
        assertThat(p.get("excluded").get(0).get("runs").asInt()).isEqualTo(2);
        assertThat(p.get("excluded").get(1).get("runs").asInt()).isEqualTo(1);
        assertThat(p.get("excluded").get(2).get("runs").asInt()).isEqualTo(2);
        assertThat(p.get("excluded").get(0).get("reason").asText()).contains("Annex XI");
    }
}
