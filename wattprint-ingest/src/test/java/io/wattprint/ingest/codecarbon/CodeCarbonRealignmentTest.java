package io.wattprint.ingest.codecarbon;

import io.wattprint.testkit.Upstream;
import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.V3_HEADER;
import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.row;
import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.v3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows shorter than the header (CodeCarbon drops the columns empty in a new row before appending it, #1304) are realigned
 * when exactly one choice of dropped columns fits every column's type, and quarantined otherwise.
 */
class CodeCarbonRealignmentTest {
    /** CodeCarbon 3.3.0's own append-mode file: 9 runs, the first row 38 fields, the others 35 (region, longitude, latitude dropped). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T00:00:00Z"), ZoneOffset.UTC);
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

    /** The upstream file (testkit Upstream: skipped loudly when absent, failed under CI=true). */
    static Path upstream() {
        return Upstream.file("codecarbon/emissions_v3.3.0_append_mode.csv");
    }

    /** The header of the upstream file, and its first data row (all 38 fields, as CodeCarbon wrote it) by column. */
    static String header() throws Exception { return Files.readAllLines(upstream(), StandardCharsets.UTF_8).get(0); }

    static Map<String, String> firstRow() throws Exception {
        List<String> lines = Files.readAllLines(upstream(), StandardCharsets.UTF_8);
        String[] h = lines.get(0).split(",", -1);
        String[] f = lines.get(1).split(",", -1);
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < h.length; i++) m.put(h[i], f[i]);
        return m;
    }

    @Test
    void codeCarbonsOwnAppendModeFileImportsAllNineRunsRealigningTheEightShortRows() throws Exception {
        List<String> lines = Files.readAllLines(upstream(), StandardCharsets.UTF_8);

        new CodeCarbonImporter().importFile(upstream(), ctx);

        assertThat(ctx.rejected).isEmpty();
        assertThat(ctx.imported).isEqualTo(9);
        assertThat(ctx.realigned).isEqualTo(8);
        assertThat(ctx.notes).anyMatch(n -> n.startsWith("8 row(s) shorter than the header were realigned"));
        // Oracle from the file itself: the columns before region (index 17) are never shifted, and pue is the second last field.
        List<RunRecord> runs = ledger.runs().list(RunQuery.all());
        Map<String, RunRecord> byRunId = new HashMap<>();
        for (RunRecord r : runs) byRunId.put(r.run().workload().tags().get("codecarbon_run_id"), r);
        assertThat(byRunId).hasSize(9);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            RunRecord r = byRunId.get(f[2]);
            assertThat(r).as(f[2]).isNotNull();
            assertThat(r.run().end()).isEqualTo(Instant.parse(f[0] + "Z"));
            assertThat(r.run().workload().name()).isEqualTo(f[1]);
            double pue = Double.parseDouble(f[f.length - 2]);
            double it = (Double.parseDouble(f[10]) + Double.parseDouble(f[11]) + Double.parseDouble(f[12])) / pue;
            assertThat(r.footprint().itEnergy().kilowattHours()).isCloseTo(it, within(1e-15));
            assertThat(r.footprint().factorZone()).isEqualTo("FR");
        }
    }

    @Test
    void theShortRowsOfTheUpstreamFileGetRegionLongitudeAndLatitudeBackEmpty() throws Exception {
        List<String> lines = Files.readAllLines(upstream(), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        List<String> shortRow = Arrays.asList(lines.get(2).split(",", -1));
        assertThat(shortRow).hasSize(35);

        Realignment.Result r = new Realignment(header).realign(shortRow);

        assertThat(r.problem()).isNull();
        Map<String, String> byColumn = new HashMap<>();
        for (int i = 0; i < header.size(); i++) byColumn.put(header.get(i), r.fields().get(i));
        assertThat(byColumn).containsEntry("region", "").containsEntry("longitude", "").containsEntry("latitude", "")
                .containsEntry("country_iso_code", "FRA").containsEntry("os", shortRow.get(19))
                // ram_total_size is column 29 of the header; three columns before it were dropped from the short row.
                .containsEntry("ram_total_size", shortRow.get(26)).containsEntry("tracking_mode", "machine")
                .containsEntry("pue", shortRow.get(33)).containsEntry("wue", shortRow.get(34));
        // Every field of the short row is there, in order, with only empty fields added.
        List<String> withoutAdded = new ArrayList<>(r.fields());
        for (String c : List.of("latitude", "longitude", "region")) withoutAdded.remove(header.indexOf(c));
        assertThat(withoutAdded).isEqualTo(shortRow);
    }

    @Test
    void aRowWhoseDroppedColumnCannotBeToldIsQuarantinedNotGuessed() throws Exception {
        // gpu_utilization_percent empty and dropped: the three numbers after cpu_power… fit cpu/gpu/ram utilisation and
        // ram_used_gb (all of which CodeCarbon can leave empty) in more than one way.
        Map<String, String> m = firstRow();
        m.put("gpu_utilization_percent", "");
        String shorter = drop(row(header(), m), header(), "gpu_utilization_percent");
        Map<String, String> ok = firstRow();
        ok.put("run_id", "ok");
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), header(), shorter, row(header(), ok));

        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isEqualTo(1);
        assertThat(ctx.realigned).isZero();
        assertThat(ctx.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.field()).isNull();
            assertThat(r.reason()).startsWith("the row has 37 fields, the header has 38").contains("more than one choice")
                    .contains("(expected exactly one; not guessed)");
            assertThat(r.raw()).isEqualTo(shorter);
        });
    }

    @Test
    void aRowMissingAValueCodeCarbonAlwaysWritesFitsNoAlignmentAndIsQuarantined() throws Exception {
        String shorter = drop(row(header(), firstRow()), header(), "duration");
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), header(), shorter);

        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isZero();
        assertThat(ctx.rejected).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("no choice of 1 droppable column(s) gives every field a value of its column's type"));
    }

    @Test
    void aRowThatDroppedAnEmptyOptionalColumnIsRealignedAndImported() throws Exception {
        // The first upstream row has region, longitude and latitude empty; drop region only.
        String shorter = drop(row(header(), firstRow()), header(), "region");
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), header(), shorter);

        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.rejected).isEmpty();
        assertThat(ctx.imported).isEqualTo(1);
        assertThat(ctx.realigned).isEqualTo(1);
    }

    @Test
    void aRowLongerThanTheHeaderIsStillQuarantined() throws Exception {
        String longer = row(V3_HEADER, v3("r9", "2026-01-10T10:00:00", 60, 0.01, 0, 0.001, 1.0, 0.001)) + ",extra";
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER, longer);

        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.rejected).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("the row has 39 fields, the header has 38"));
    }

    /** The row without the field of {@code column}. */
    static String drop(String row, String header, String column) {
        List<String> cols = Arrays.asList(header.split(","));
        List<String> fields = new ArrayList<>(Arrays.asList(row.split(",", -1)));
        fields.remove(cols.indexOf(column));
        return String.join(",", fields);
    }
}
