package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wattprint.data.ReferenceData;
import io.wattprint.ingest.codecarbon.api.CodeCarbonApi;
import io.wattprint.ledger.Ledger;
import io.wattprint.testkit.Upstream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 part 4: a run a CodeCarbon tracker reported through the CodeCarbon-compatible API (the recorded requests,
 * replayed through the service) is shown by {@code runs show} with the energy of all its deltas, as CodeCarbon's.
 */
class CodeCarbonApiRunsShowTest {
    @TempDir
    Path tmp;

    @Test
    void runsShowShowsAnApiRunWithTheSumOfItsDeltasAsCodeCarbonsFigures() throws Exception {
        CliHarness cli = new CliHarness(tmp);
        Files.createDirectories(cli.ledgerFile().getParent());
        ObjectMapper exact = CodeCarbonApi.mapper();
        String runId = null;
        BigDecimal kwh = BigDecimal.ZERO;
        try (Ledger ledger = Ledger.open(cli.ledgerFile().toString())) {
            CodeCarbonApi api = new CodeCarbonApi(ledger, ReferenceData.load(), Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"),
                    ZoneOffset.UTC));
            for (String line : Files.readAllLines(Upstream.file("codecarbon-api/tracker-requests.jsonl"))) {
                JsonNode request = exact.readTree(line);
                ObjectNode body = (ObjectNode) request.get("body").deepCopy();
                if (request.get("path").asText().endsWith("/runs")) {
                    runId = api.createRun(body, null);
                } else {
                    body.put("run_id", runId);
                    api.addEmission(body, null);
                    kwh = kwh.add(new BigDecimal(body.get("energy_consumed").asText()));
                }
            }
        }

        var text = cli.run("runs", "show", runId);
        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(text.out()).contains("running", "imported (codecarbon 3.3.0)", "intervals            6");

        JsonNode json = new ObjectMapper().readTree(cli.run("runs", "show", runId, "--json").out());
        assertThat(json.get("status").asText()).isEqualTo("running");
        double sum = kwh.doubleValue();
        assertThat(json.get("energy_kwh").asDouble()).as(json.toString()).isCloseTo(sum, within(sum * 1e-12));
    }
}
