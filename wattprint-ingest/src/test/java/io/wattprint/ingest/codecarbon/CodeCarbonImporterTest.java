package io.wattprint.ingest.codecarbon;

import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.TASK_HEADER;
import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.V2_HEADER;
import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.V3_HEADER;
import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.row;
import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.v3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.RecordingContext;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCarbonImporterTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path tmp;
    Ledger ledger;
    RecordingContext ctx;

    @BeforeEach
    void open() {
        ledger = Ledger.open(tmp.resolve("ledger.db").toString());
        ctx = new RecordingContext(ledger, false, false, CLOCK);
    }

    @AfterEach
    void close() { ledger.close(); }

    List<RunRecord> runs() { return ledger.runs().list(RunQuery.all()); }

    static Map<String, String> with(Map<String, String> m, String k, String v) {
        Map<String, String> c = new HashMap<>(m);
        c.put(k, v);
        return c;
    }

    @Test
    void aV3RowBecomesARunWithItEnergyPerComponentAndThePueAppliedOnce() throws Exception {
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER, row(V3_HEADER, v3("r1", "2026-01-10T10:00:00", 3600, 0.12, 0.6, 0.06, 1.2, 0.05)));
        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isEqualTo(1);
        RunRecord r = runs().get(0);
        assertThat(r.run().start()).isEqualTo(Instant.parse("2026-01-10T09:00:00Z"));
        assertThat(r.run().workload().tags()).containsEntry("codecarbon_experiment_id", "exp-1").containsEntry("codecarbon_run_id", "r1");
        // IT energy = (0.12 + 0.6 + 0.06) / 1.2 = 0.65 kWh; facility energy = 0.65 × 1.2 = 0.78 kWh = energy_consumed.
        assertThat(r.footprint().itEnergy().kilowattHours()).isCloseTo(0.65, within(1e-12));
        assertThat(r.footprint().facilityEnergy().kilowattHours()).isCloseTo(0.78, within(1e-12));
        assertThat(r.footprint().components()).extracting(c -> c.component().toString()).containsExactlyInAnyOrder("cpu", "gpu:all", "dram");
        assertThat(r.footprint().factorZone()).isEqualTo("FR");
        // Our CO2e: facility kWh × the France factor the footprint names.
        assertThat(r.footprint().co2e().grams()).isCloseTo(0.78 * r.footprint().factorGramsPerKwh(), within(1e-9));
    }

    @Test
    void gpuCountAndGpuModelAreKeptAsRunTags() throws Exception {
        Map<String, String> eight = with(with(v3("r1", "2026-01-10T10:00:00", 3600, 0.1, 0.8, 0.1, 1.0, 0.05), "gpu_count", "8"),
                "gpu_model", "8 x NVIDIA H100 80GB HBM3");
        Map<String, String> twoPointZero = with(v3("r2", "2026-01-10T11:00:00", 3600, 0.1, 0.8, 0.1, 1.0, 0.05), "gpu_count", "2.0");
        Map<String, String> none = with(v3("r3", "2026-01-10T12:00:00", 3600, 0.1, 0, 0.1, 1.0, 0.05), "gpu_count", "0");
        Map<String, String> bad = with(v3("r4", "2026-01-10T13:00:00", 3600, 0.1, 0.8, 0.1, 1.0, 0.05), "gpu_count", "1.5");
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER, row(V3_HEADER, eight), row(V3_HEADER, twoPointZero),
                row(V3_HEADER, none), row(V3_HEADER, bad));
        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isEqualTo(4);
        Map<String, Map<String, String>> tags = new HashMap<>();
        for (RunRecord r : runs()) tags.put(r.run().workload().tags().get("codecarbon_run_id"), r.run().workload().tags());
        assertThat(tags.get("r1")).containsEntry("gpu_count", "8").containsEntry("gpu", "8 x NVIDIA H100 80GB HBM3");
        assertThat(tags.get("r2")).containsEntry("gpu_count", "2").doesNotContainKey("gpu");
        assertThat(tags.get("r3")).doesNotContainKeys("gpu_count", "gpu");
        assertThat(tags.get("r4")).doesNotContainKey("gpu_count");
        assertThat(ctx.notes).contains("gpu_count '1.5' is not a whole number of GPUs: no gpu_count tag on those runs");
    }

    @Test
    void aV2FileWithoutExperimentIdIsRead() throws Exception {
        Map<String, String> v = v3("r2", "2025-05-01T00:00:10", 10, 0.001, 0, 0.0005, 1.0, 0.0001);
        Path f = CodeCarbonCsv.write(tmp.resolve("v2.csv"), V2_HEADER, row(V2_HEADER, v));
        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isEqualTo(1);
        assertThat(ctx.notes).anyMatch(n -> n.startsWith("CodeCarbon v2 (31 columns)"));
        assertThat(runs().get(0).run().workload().tags()).doesNotContainKey("codecarbon_experiment_id");
        assertThat(runs().get(0).footprint().itEnergy().kilowattHours()).isCloseTo(0.0015, within(1e-15));
    }

    @Test
    void aTaskFileKeepsEveryTaskOfARunAsItsOwnRunWithoutPue() throws Exception {
        Map<String, String> a = with(v3("r3", "2025-05-01T00:00:10", 10, 0.002, 0, 0, 1.0, 0.0001), "task_name", "load");
        Map<String, String> b = with(v3("r3", "2025-05-01T00:00:20", 10, 0.003, 0, 0, 1.0, 0.0001), "task_name", "train");
        Path f = CodeCarbonCsv.write(tmp.resolve("emissions_exp_r3.csv"), TASK_HEADER, row(TASK_HEADER, a), row(TASK_HEADER, b));
        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isEqualTo(2);
        assertThat(ctx.notes).contains("no pue column: energy taken as IT energy, PUE not applied");
        assertThat(runs()).extracting(r -> r.run().workload().tags().get("codecarbon_task")).containsExactlyInAnyOrder("load", "train");
    }

    @Test
    void consecutiveRowsOfOneRunIdAreSnapshotsAndTheLastOneStands() throws Exception {
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER,
                row(V3_HEADER, v3("r4", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001)),
                row(V3_HEADER, v3("r4", "2026-01-10T10:01:00", 120, 0.02, 0, 0, 1.0, 0.002)),
                row(V3_HEADER, v3("r5", "2026-01-10T10:02:00", 60, 0.04, 0, 0, 1.0, 0.003)));
        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isEqualTo(2);
        assertThat(ctx.duplicates).isEqualTo(1);
        RunRecord r4 = runs().stream().filter(r -> "r4".equals(r.run().workload().tags().get("codecarbon_run_id"))).findFirst().orElseThrow();
        assertThat(r4.footprint().itEnergy().kilowattHours()).isCloseTo(0.02, within(1e-15));
    }

    @Test
    void rowsWithoutRunIdAreKeyedByTheirContent() throws Exception {
        String a = row(V3_HEADER, v3("", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001));
        String b = row(V3_HEADER, v3("", "2026-01-10T11:00:00", 60, 0.01, 0, 0, 1.0, 0.001));
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER, a, b, a);
        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isEqualTo(2);
        assertThat(ctx.duplicates).isEqualTo(1);
    }

    @Test
    void aBomCrlfAndUpperCaseHeaderAreRead() throws Exception {
        String body = "\uFEFF" + V3_HEADER.toUpperCase() + "\r\n" + row(V3_HEADER, v3("r6", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001)) + "\r\n";
        Path f = tmp.resolve("bom.csv");
        Files.writeString(f, body, StandardCharsets.UTF_8);
        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.rejected).isEmpty();
        assertThat(ctx.imported).isEqualTo(1);
    }

    @Test
    void anUnknownCountryIsStoredWithAnUnknownLocationAndANote() throws Exception {
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER,
                row(V3_HEADER, with(v3("r7", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001), "country_iso_code", "XYZ")));
        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(runs().get(0).run().location().isKnown()).isFalse();
        assertThat(runs().get(0).footprint().co2e()).isNull();
        assertThat(ctx.notes).anyMatch(n -> n.contains("location 'XYZ'"));
    }

    @Test
    void aCloudRegionIsPreferredToTheCountry() throws Exception {
        Map<String, String> v = with(with(v3("r8", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001), "cloud_provider", "aws"),
                "cloud_region", "eu-west-3");
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER, row(V3_HEADER, with(v, "country_iso_code", "DEU")));
        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(runs().get(0).run().location().cloudRegion()).isEqualTo("aws:eu-west-3");
    }

    // --- quarantine: one test per reason

    void quarantined(String rowText, String field, String reasonPart) throws Exception {
        Path f = CodeCarbonCsv.write(tmp.resolve("bad.csv"), V3_HEADER,
                row(V3_HEADER, v3("ok", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001)), rowText);
        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).as("the good row is still imported").isEqualTo(1);
        assertThat(ctx.rejected).hasSize(1);
        RecordingContext.Rejected r = ctx.rejected.get(0);
        assertThat(r.line()).isEqualTo(3);
        assertThat(r.field()).isEqualTo(field);
        assertThat(r.reason()).contains(reasonPart);
        assertThat(r.raw()).isEqualTo(rowText);
    }

    @Test
    void aLongRowIsQuarantined() throws Exception {
        quarantined(row(V3_HEADER, v3("r9", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001)) + ",extra", null,
                "the row has 39 fields, the header has 38");
    }

    @Test
    void anUnparsableNumberIsQuarantinedNamingTheField() throws Exception {
        quarantined(row(V3_HEADER, with(v3("r9", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001), "gpu_energy", "n/a")),
                "gpu_energy", "'n/a' is not a number (expected a number ≥ 0, kWh)");
    }

    @Test
    void aNegativeEnergyIsQuarantined() throws Exception {
        quarantined(row(V3_HEADER, with(v3("r9", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001), "cpu_energy", "-0.5")),
                "cpu_energy", "'-0.5' is negative");
    }

    @Test
    void anOutOfRangeTimestampIsQuarantined() throws Exception {
        quarantined(row(V3_HEADER, v3("r9", "1970-01-01T00:00:00", 60, 0.01, 0, 0, 1.0, 0.001)), "timestamp", "is out of range");
    }

    @Test
    void aTimestampInTheFutureIsQuarantined() throws Exception {
        quarantined(row(V3_HEADER, v3("r9", "2030-01-01T00:00:00", 60, 0.01, 0, 0, 1.0, 0.001)), "timestamp", "is out of range");
    }

    @Test
    void anUnreadableTimestampIsQuarantined() throws Exception {
        quarantined(row(V3_HEADER, v3("r9", "10/01/2026 10:00", 60, 0.01, 0, 0, 1.0, 0.001)), "timestamp",
                "is not a timestamp (expected %Y-%m-%dT%H:%M:%S");
    }

    @Test
    void aPueBelowOneIsQuarantined() throws Exception {
        quarantined(row(V3_HEADER, v3("r9", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 0.5, 0.001)), "pue", "below 1");
    }

    @Test
    void anEmptyEmissionsFieldIsImportedWithoutCodeCarbonsFigure() throws Exception {
        // emissions is only CodeCarbon's own figure, for comparison; wattprint's export leaves it empty for an unknown location.
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER,
                row(V3_HEADER, with(v3("r9", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001), "emissions", "")));
        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isEqualTo(1);
        assertThat(ctx.rejected).isEmpty();
        RunRecord r = runs().get(0);
        assertThat(r.run().workload().tags()).doesNotContainKey("codecarbon_emissions_kg");
        assertThat(r.footprint().itEnergy().kilowattHours()).isCloseTo(0.01, within(1e-15));
    }

    @Test
    void aNonNumericEmissionsFieldIsQuarantined() throws Exception {
        quarantined(row(V3_HEADER, with(v3("r9", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001), "emissions", "n/a")),
                "emissions", "'n/a' is not a number (expected a number ≥ 0, kg CO2e)");
    }

    @Test
    void aNegativeEmissionsFieldIsQuarantined() throws Exception {
        quarantined(row(V3_HEADER, with(v3("r9", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001), "emissions", "-0.001")),
                "emissions", "'-0.001' is negative");
    }

    @Test
    void aFileThatIsNotCodeCarbonIsRefusedNamingTheMissingColumns() throws Exception {
        Path f = CodeCarbonCsv.write(tmp.resolve("other.csv"), "zone,datetime,value", "FR,2026-01-01,20");
        assertThatThrownBy(() -> new CodeCarbonImporter().importFile(f, ctx)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(f + " line 1: the header lacks timestamp, project_name, run_id");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path f = tmp.resolve("empty.csv");
        Files.writeString(f, "");
        assertThatThrownBy(() -> new CodeCarbonImporter().importFile(f, ctx)).isInstanceOf(ImportException.class)
                .hasMessageContaining("the file is empty");
    }

    @Test
    void aCsvFaultRefusesTheFileNamingItsLine() throws Exception {
        Path f = CodeCarbonCsv.write(tmp.resolve("fault.csv"), V3_HEADER,
                row(V3_HEADER, v3("r1", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001)), "\"x\"y,1");
        assertThatThrownBy(() -> new CodeCarbonImporter().importFile(f, ctx)).isInstanceOf(ImportException.class)
                .hasMessage(f + " line 3: not readable as CSV (text after a closing quote; expected a comma or the end of the line)");
    }
}
