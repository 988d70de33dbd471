package io.wattprint.cli;

import io.wattprint.core.model.Phase;
import io.wattprint.core.model.RunMarker;
import io.wattprint.ledger.Ledger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact {@code runs list/show --json} of a small fixed ledger: key names, key order, number formats, nulls
 * written and keys left out, as a script or the HTTP server's clients read them.
 */
class RunsJsonGoldenTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        Instant start = Instant.parse("2026-10-02T08:00:00Z");
        LedgerFixture.addRun(cli.ledgerFile(), "a1000000-run", "alpha", "nlp", Phase.TRAINING, start, 2.5, 1.2, "FR", 50);
        LedgerFixture.addRun(cli.ledgerFile(), "b2000000-run", "beta", "vision", Phase.INFERENCE, start.plusSeconds(7200),
                1.0, 1.0, null, 0);
        GpuRunFixture.addRun(cli.ledgerFile(), "c3000000-run", "gamma", "node-a", start.plusSeconds(14400), 1, 8, 2, 50,
                Map.of("vcpus", "4"));
        try (Ledger l = Ledger.open(cli.ledgerFile().toString())) {
            l.markers().append("c3000000-run", List.of(RunMarker.phase(start.plusSeconds(15000), "warmup"),
                    RunMarker.mark(start.plusSeconds(16000), "queries", 40_000)));
        }
        cli.run("hardware", "add", "node-a", "--model", "HGX", "--embodied-kg", "1000", "--source", "test",
                "--lifetime-years", "4", "--resources", "8", "--unit", "gpu");
    }

    @Test
    void list() {
        JsonGolden.check("runs-list", cli.run("runs", "list", "--json"));
    }

    @Test
    void showOfARunWithAFactorAndPue() {
        JsonGolden.check("runs-show-known", cli.run("runs", "show", "a1000000", "--json"));
    }

    @Test
    void showOfARunWithoutALocation() {
        JsonGolden.check("runs-show-unknown", cli.run("runs", "show", "b2000000", "--json"));
    }

    @Test
    void showWithMarkersEmbodiedAndSci() {
        JsonGolden.check("runs-show-embodied-sci", cli.run("runs", "show", "c3000000", "--per", "inferences=10000", "--json"));
    }
}
