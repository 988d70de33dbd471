package io.wattprint.ingest.cloud;

import io.wattprint.testkit.Upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.Provenance;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ccf-onprem: conformance on CCF's own sample, and files written here for defaults and bad rows. */
class CcfOnPremImporterTest {
    private static final String HEADER = "cpuDescription,machineName,memory,machineType,startTime,endTime,country,region,cost,"
            + "cpuUtilization,powerUsageEffectiveness,dailyUptime,weeklyUptime,monthlyUptime,annualUptime\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Db.class)
    void theRealSampleImportsEveryRowWithTheEnergyOfCcfsFormula(Db db) throws Exception {
        Path sample = Upstream.file("cloud-carbon-footprint/on_premise_data_input.csv");
        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        String[] first = lines.get(1).split(",", -1);
        try (Ledger ledger = db.open(dir)) {
            Ctx ctx = new Ctx(ledger, "imp-1");
            new CcfOnPremImporter().importFile(sample, ctx);

            assertThat(ctx.rec.imported).isEqualTo(lines.size() - 1);
            assertThat(ctx.rec.rejected).isEmpty();
            // Row 1: "Intel(R) Xeon(R) Silver 4114" is Skylake (Xeon Scalable 1st generation): CCF on-premise
            // 88.9 W idle, 733 W at full load; utilisation and PUE empty → CCF defaults 50 % and 1.58.
            assertThat(first[9]).isEmpty();
            assertThat(first[10]).isEmpty();
            long hours = Duration.between(Instant.parse(first[4]), Instant.parse(first[5])).toHours();
            assertThat(hours).isEqualTo(172); // 2022-01-17T13:38 → 2022-01-24T18:22: 7 days 4 hours (and minutes)
            double watts = 88.9 + 0.50 * (733 - 88.9);                  // 410.95 W
            double itKwh = watts * hours / 1000;                        // 70.6834 kWh
            double memoryGb = Double.parseDouble(first[2]) / 1024;      // 127.6 GB < Skylake's typical 745.1 GB: no memory term
            assertThat(memoryGb).isLessThan(745.1358025);
            RunRecord run = ledger.runs().list(new RunQuery(null, null, null, null)).stream()
                    .filter(r -> r.run().host().equals(first[1])).findFirst().orElseThrow();
            assertThat(run.footprint().itEnergy().kilowattHours()).isCloseTo(70.6834, within(1e-9));
            assertThat(run.footprint().itEnergy().kilowattHours()).isCloseTo(itKwh, within(1e-9));
            assertThat(run.footprint().facilityEnergy().kilowattHours()).isCloseTo(70.6834 * 1.58, within(1e-9));
            assertThat(run.footprint().pue()).isEqualTo(1.58);
            assertThat(run.run().location().zone()).isEqualTo("US");
            double gPerKwh = ReferenceData.load().grid().factorFor("US", Instant.parse("2022-01-21T00:00:00Z")).orElseThrow()
                    .intensity().gramsPerKwh();
            assertThat(run.footprint().co2e().kilograms()).isCloseTo(70.6834 * 1.58 * gPerKwh / 1000, within(1e-6));
            assertThat(run.footprint().measuredShare()).isZero();
            assertThat(ledger.intervals().ofRun(run.run().id())).singleElement().satisfies(i -> {
                assertThat(i.component()).isEqualTo(Component.CPU);
                assertThat(i.provenance()).isEqualTo(new Provenance.Estimated(
                        "ccf-on-premise Skylake min=88.9W max=733.0W u=50% hours=172"));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void givenUtilisationAndPueAreUsedAndMemoryAboveTheTypicalServerCounts(Db db) throws Exception {
        // Cascade Lake (Platinum 8259CL): 120–919 W, typical 797.971831 GB; 1,048,576 MB = 1,024 GB; 10 hours.
        Path f = Files.writeString(dir.resolve("onprem.csv"), HEADER + "Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz,"
                + "big,1048576,server,2024-03-01T00:00:00Z,2024-03-01T10:00:00Z,France,,,25,1.2,,,,\n");
        try (Ledger ledger = db.open(dir)) {
            new CcfOnPremImporter().importFile(f, new Ctx(ledger, "imp-1"));

            RunRecord run = ledger.runs().list(new RunQuery(null, null, null, null)).get(0);
            double compute = (120 + 0.25 * (919 - 120)) * 10 / 1000.0;       // 319.75 W × 10 h = 3.1975 kWh
            double memory = (1024 - 797.971831) * 10 * 0.000392;             // 226.028169 GB × 10 h × 0.000392 = 0.886030...
            assertThat(run.footprint().itEnergy().kilowattHours()).isCloseTo(3.1975 + 0.88603042, within(1e-6));
            assertThat(run.footprint().itEnergy().kilowattHours()).isCloseTo(compute + memory, within(1e-9));
            assertThat(run.footprint().facilityEnergy().kilowattHours()).isCloseTo((compute + memory) * 1.2, within(1e-9));
            assertThat(run.run().location().zone()).isEqualTo("FR");
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void importingTheSameFileTwiceAddsNothing(Db db) throws Exception {
        Path sample = Files.writeString(dir.resolve("onprem.csv"), HEADER + "Intel(R) Xeon(R) Silver 4114 CPU @ 2.20GHz,m1,"
                + "65536,server,2024-03-01T00:00:00Z,2024-03-02T00:00:00Z,Germany,,,,,,,,\n");
        try (Ledger ledger = db.open(dir)) {
            new CcfOnPremImporter().importFile(sample, new Ctx(ledger, "imp-1"));
            Ctx again = new Ctx(ledger, "imp-2");
            new CcfOnPremImporter().importFile(sample, again);

            assertThat(again.rec.duplicates).isEqualTo(1);
            assertThat(again.rec.imported).isZero();
            assertThat(ledger.runs().list(new RunQuery(null, null, null, null))).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void badRowsAreQuarantined(Db db) throws Exception {
        String ok = "Intel(R) Xeon(R) Silver 4114 CPU @ 2.20GHz,m1,65536,server,2024-03-01T00:00:00Z,2024-03-02T00:00:00Z,Germany,,,";
        Path f = Files.writeString(dir.resolve("onprem.csv"), HEADER
                + ok.replace("65536", "lots") + ",,,,,\n"
                + ok.replace("65536", "-1") + ",,,,,\n"
                + ok + "140,,,,,\n"
                + ok + ",0.9,,,,\n"
                + ok.replace("2024-03-02T00", "2024-02-02T00") + ",,,,,\n"
                + ok + ",,,\n");
        try (Ledger ledger = db.open(dir)) {
            Ctx ctx = new Ctx(ledger, "imp-1");
            new CcfOnPremImporter().importFile(f, ctx);

            assertThat(ctx.rec.rejected).extracting(r -> r.line() + " " + r.field() + ": " + r.reason()).containsExactly(
                    "2 memory: 'lots' is not a number",
                    "3 memory: negative value -1 (expected 0 or more)",
                    "4 cpuUtilization: utilisation 140.0 % is above 100 %",
                    "5 powerUsageEffectiveness: PUE 0.9 is below 1",
                    "6 endTime: end 2024-02-02T00:00:00Z is not after start 2024-03-01T00:00:00Z",
                    "7 null: expected 15 columns as in the header, found 13");
            assertThat(ctx.rec.imported).isZero();
        }
    }
}
