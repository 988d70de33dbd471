package io.wattprint.ingest.codecarbon;

import io.wattprint.testkit.Upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.ingest.Ingest;
import io.wattprint.ingest.IngestSummary;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CodeCarbon v3 file (mlco2/codecarbon tests/test_data/emissions_valid_headers.csv), read from
 * {@code shared/upstream/} and never copied here. Every expected figure is computed in this test from
 * the file itself with a plain split, not taken from the importer's output.
 */
class CodeCarbonConformanceTest {
    @TempDir
    Path tmp;

    static Path sample() {
        return Upstream.file("codecarbon/emissions_v3_38cols.csv");
    }

    @Test
    void theRealV3FileImportsEveryRowWithItsEnergyWithoutPue() throws Exception {
        Path file = sample();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        assertThat(header).hasSize(38);
        int energy = header.indexOf("energy_consumed"), pue = header.indexOf("pue"), ts = header.indexOf("timestamp"),
                dur = header.indexOf("duration"), run = header.indexOf("run_id"), em = header.indexOf("emissions"),
                project = header.indexOf("project_name"), ram = header.indexOf("ram_energy");
        double expectedItKwh = 0;
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            expectedItKwh += Double.parseDouble(f[energy]) / Double.parseDouble(f[pue]);
        }
        String[] first = lines.get(1).split(",", -1);

        try (Ledger ledger = Ledger.open(tmp.resolve("ledger.db").toString())) {
            IngestSummary s = Ingest.run(ledger, new CodeCarbonImporter(), file, new Ingest.Options(false, false, Clock.systemUTC(), null));

            assertThat(s.imported()).isEqualTo(lines.size() - 1);
            assertThat(s.quarantined()).isZero();
            List<RunRecord> runs = ledger.runs().list(RunQuery.all());
            assertThat(runs).hasSize(lines.size() - 1);
            double itKwh = runs.stream().mapToDouble(r -> r.footprint().itEnergy().kilowattHours()).sum();
            assertThat(itKwh).isCloseTo(expectedItKwh, within(1e-12));

            RunRecord r = runs.stream().filter(x -> first[run].equals(x.run().workload().tags().get("codecarbon_run_id")))
                    .findFirst().orElseThrow();
            Instant end = LocalDateTime.parse(first[ts]).toInstant(ZoneOffset.UTC);
            assertThat(r.run().end()).isEqualTo(end);
            assertThat(Duration.between(r.run().start(), r.run().end()).toNanos() / 1e9)
                    .isCloseTo(Double.parseDouble(first[dur]), within(1e-6));
            assertThat(r.run().workload().project()).isEqualTo(first[project]);
            assertThat(r.run().location().zone()).isEqualTo("MA");
            assertThat(Double.parseDouble(r.run().workload().tags().get("codecarbon_emissions_kg")))
                    .isEqualTo(Double.parseDouble(first[em]));
            double ramKwh = ledger.intervals().ofRun(r.run().id()).stream().filter(i -> i.component().toString().equals("dram"))
                    .mapToDouble(i -> i.energy().kilowattHours()).sum();
            assertThat(ramKwh).isCloseTo(Double.parseDouble(first[ram]) / Double.parseDouble(first[pue]), within(1e-15));
            assertThat(ledger.intervals().ofRun(r.run().id())).allSatisfy(i ->
                    assertThat(i.provenance().describe()).isEqualTo("imported (codecarbon 2.1.3)"));
        }
    }
}
