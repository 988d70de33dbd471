package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON nested 200,000 levels deep, to every importer that reads JSON: a clear refusal, exit 2, nothing stored. */
class IngestHostileJsonTest {
    static final int DEPTH = 200_000;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"gcp-carbon", "azure-carbon", "electricitymaps", "carbon-aware-json", "watttime", "kepler"})
    void deeplyNestedObjectsAreRefusedNamingTheLimit(String kind) throws Exception {
        Path file = Files.writeString(tmp.resolve("deep.json"), "{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH));
        CliHarness cli = new CliHarness(tmp);

        CliHarness.Result r = cli.run("ingest", kind, file.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(file.toString(), "nested deeper than 64 levels").doesNotContain("Exception", "\tat ");
        assertThat(cli.ledgerFile()).as("a refused file records nothing").doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gcp-carbon", "azure-carbon", "electricitymaps", "carbon-aware-json", "watttime", "kepler"})
    void deeplyNestedArraysAreRefusedNotImportedAsNothing(String kind) throws Exception {
        Path file = Files.writeString(tmp.resolve("deep.json"), "[".repeat(DEPTH) + "]".repeat(DEPTH));
        CliHarness cli = new CliHarness(tmp);

        CliHarness.Result r = cli.run("ingest", kind, file.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(file.toString()).doesNotContain("0 imported", "Exception", "\tat ");
        assertThat(cli.ledgerFile()).doesNotExist();
    }
}
