package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wattprint.core.model.Phase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report summary}: its JSON and its CSV come from one SummaryData record tree, so the JSON read back gives
 * every figure the CSV prints, line by line: the groups, their TOTAL, the provider-reported lines and their totals.
 */
class SummaryJsonRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void theJsonGivesTheFiguresTheCsvPrints() throws Exception {
        CliHarness cli = new CliHarness(tmp);
        Instant t0 = Instant.parse("2025-09-10T08:00:00Z");
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0001-run", "alpha", "nlp", Phase.TRAINING, t0, 1.5, 1.0, "XA", 50);
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0002-run", "alpha", "nlp", Phase.INFERENCE, t0.plusSeconds(7200), 0.25, 1.2,
                "XA", 50);
        LedgerFixture.addRun(cli.ledgerFile(), "bbbb0001-run", "beta", "vision", Phase.TRAINING, t0.plusSeconds(86400), 2.0, 1.0,
                "XB", 400);
        Path aws = Files.writeString(tmp.resolve("aws.csv"), SummaryCloudReportedTest.AWS_V3);
        assertThat(cli.run("ingest", "aws-carbon", aws.toString()).code()).isZero();

        JsonNode j = SummaryCloudReportedTest.JSON.readTree(cli.run("report", "summary", "--by", "project", "--json").out());
        List<String> csv = Arrays.asList(cli.run("report", "summary", "--by", "project", "--format", "csv").out().split("\r\n"));
        int blank = csv.indexOf("");

        List<String> runs = new ArrayList<>();
        for (JsonNode g : j.get("groups")) runs.add(line(g));
        runs.add(line(j.get("total")));
        assertThat(csv.subList(1, blank)).isEqualTo(runs).hasSize(3);

        List<String> reported = new ArrayList<>();
        for (JsonNode l : j.get("cloud_reported")) {
            reported.add(String.join(",", l.get("provider").asText(), l.get("account_project").asText(), l.get("figure").asText(),
                    "n/a", l.get("co2e_kg").decimalValue().toPlainString()));
        }
        for (JsonNode t : j.get("cloud_reported_totals")) {
            reported.add(String.join(",", "TOTAL", "", t.get("figure").asText(), "n/a", t.get("co2e_kg").decimalValue().toPlainString()));
        }
        assertThat(csv.subList(blank + 2, csv.size()).stream().map(SummaryJsonRoundTripTest::firstFive).toList())
                .isEqualTo(reported).hasSize(10);
    }

    private static String line(JsonNode g) {
        return String.join(",", g.get("group").asText(), g.get("runs").asText(), g.get("energy_kwh").decimalValue().toPlainString(),
                g.get("facility_energy_kwh").decimalValue().toPlainString(), g.get("co2e_kg").decimalValue().toPlainString(),
                g.get("runs_without_co2e").asText(), g.get("measured_kwh").decimalValue().toPlainString());
    }

    private static String firstFive(String csvLine) { return String.join(",", Arrays.asList(csvLine.split(",", -1)).subList(0, 5)); }
}
