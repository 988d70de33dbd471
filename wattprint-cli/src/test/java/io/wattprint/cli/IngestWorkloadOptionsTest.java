package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Phase;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wattprint ingest --model/--model-version/--phase/--team: on every run stored, checked like wattprint run's. */
class IngestWorkloadOptionsTest {
    @TempDir
    Path tmp;
    CliHarness cli;
    Path file;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliHarness(tmp);
        file = tmp.resolve("e.csv");
        Files.writeString(file, String.join("\n", IngestCommandTest.HEADER, IngestCommandTest.row("a", "0.12"),
                IngestCommandTest.row("b", "0.12")) + "\n", StandardCharsets.UTF_8);
    }

    List<RunRecord> runs() {
        if (!Files.exists(cli.ledgerFile())) return List.of();
        try (Ledger l = Ledger.open(cli.ledgerFile().toString())) {
            return l.runs().list(RunQuery.all());
        }
    }

    void refused(CliHarness.Result r, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(message).doesNotContain("\tat ", "Exception");
        assertThat(runs()).isEmpty();
    }

    @Test
    void theOptionsAreStoredOnEveryImportedRunWithTheGpuTags() {
        var r = cli.run("ingest", "codecarbon", file.toString(), "--model", "bert-base", "--model-version", "2",
                "--phase", "fine-tuning", "--team", "nlp");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("2 imported, 0 quarantined, 0 skipped as duplicates");
        assertThat(runs()).hasSize(2).allSatisfy(x -> {
            assertThat(x.run().workload().model()).isEqualTo("bert-base");
            assertThat(x.run().workload().modelVersion()).isEqualTo("2");
            assertThat(x.run().workload().phase()).isEqualTo(Phase.FINE_TUNING);
            assertThat(x.run().workload().team()).isEqualTo("nlp");
            // The rows' gpu_count 1 and gpu_model A100.
            assertThat(x.run().workload().tags()).containsEntry("gpu_count", "1").containsEntry("gpu", "A100");
        });
    }

    @Test
    void withoutTheOptionsImportedRunsHaveNoModelVersionPhaseOrTeam() {
        assertThat(cli.run("ingest", "codecarbon", file.toString()).code()).isZero();

        assertThat(runs()).hasSize(2).allSatisfy(x -> {
            assertThat(x.run().workload().model()).isNull();
            assertThat(x.run().workload().modelVersion()).isNull();
            assertThat(x.run().workload().phase()).isNull();
            assertThat(x.run().workload().team()).isNull();
        });
    }

    @Test
    void anUnknownPhaseIsAUsageErrorAndNothingIsImported() {
        refused(cli.run("ingest", "codecarbon", file.toString(), "--model", "m", "--phase", "pretraining"),
                "invalid value for --phase: 'pretraining' (expected one of training, fine-tuning, inference, data-pipeline, supporting)");
    }

    @Test
    void aBlankValueIsAUsageError() {
        refused(cli.run("ingest", "codecarbon", file.toString(), "--team", " "), "invalid value for --team: it is blank");
        refused(cli.run("ingest", "codecarbon", file.toString(), "--model-version", ""), "invalid value for --model-version: it is blank");
    }

    @Test
    void theOptionsWithAGridKindAreAUsageErrorNamingTheKindsTheyApplyTo() throws Exception {
        Path grid = Files.writeString(tmp.resolve("FR_2025_hourly.csv"), "not read\n");

        refused(cli.run("ingest", "electricitymaps", grid.toString(), "--model", "m", "--phase", "training"),
                "--model, --phase apply to the kinds that store runs (codecarbon, cloud-usage, ccf-onprem, kepler); "
                        + "the electricitymaps kind stores no runs");
        refused(cli.run("ingest", "aws-carbon", grid.toString(), "--team", "t"),
                "--team applies to the kinds that store runs (codecarbon, cloud-usage, ccf-onprem, kepler); the aws-carbon kind stores no runs");
    }
}
