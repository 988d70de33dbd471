package io.wattprint.ingest.codecarbon;

import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.V3_HEADER;
import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.row;
import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.v3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wattprint.ingest.RecordingContext;
import io.wattprint.ingest.TimeLimits;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: values that crashed or overflowed an import are quarantined row by row, the rest of the file imported. */
class CodeCarbonBadValuesTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    static final String END = "2026-01-10T10:00:00";
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

    static String rowWith(String runId, String column, String value) {
        Map<String, String> m = new HashMap<>(v3(runId, END, 60, 0.01, 0, 0.001, 1.0, 0.001));
        m.put(column, value);
        return row(V3_HEADER, m);
    }

    static String good(String runId) { return row(V3_HEADER, v3(runId, END, 60, 0.01, 0, 0.001, 1.0, 0.001)); }

    List<RunRecord> runs() { return ledger.runs().list(RunQuery.all()); }

    @Test
    void hugeNanNegativeInfiniteAndEmptyEnergiesAreEachQuarantinedWithTheirReasonAndTheRestImported() throws Exception {
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER, good("ok1"), rowWith("huge", "cpu_energy", "1e308"),
                rowWith("nan", "cpu_energy", "NaN"), good("ok2"), rowWith("neg", "cpu_energy", "-1"),
                rowWith("inf", "cpu_energy", "Infinity"), rowWith("empty", "cpu_energy", ""), good("ok3"));

        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isEqualTo(3);
        assertThat(runs()).extracting(r -> r.run().workload().tags().get("codecarbon_run_id"))
                .containsExactlyInAnyOrder("ok1", "ok2", "ok3");
        assertThat(ctx.rejected).extracting(RecordingContext.Rejected::line, RecordingContext.Rejected::field)
                .containsExactly(tuple(3L, "cpu_energy"), tuple(4L, "cpu_energy"), tuple(6L, "cpu_energy"), tuple(7L, "cpu_energy"),
                        tuple(8L, "cpu_energy"));
        assertThat(ctx.rejected).extracting(RecordingContext.Rejected::reason).containsExactly(
                "'1e308' is too large (expected a number ≥ 0 and at most 1000000000, kWh)",
                "'NaN' is not finite (expected a number ≥ 0, kWh)",
                "'-1' is negative (expected a number ≥ 0, kWh)",
                "'Infinity' is not finite (expected a number ≥ 0, kWh)",
                "empty (expected a number ≥ 0, kWh)");
        assertThat(ctx.rejected.get(0).raw()).isEqualTo(rowWith("huge", "cpu_energy", "1e308"));
    }

    @Test
    void theLargestEnergyImportsAndTheNextDoubleAboveIsQuarantined() throws Exception {
        String max = Double.toString(CodeCarbonRow.MAX_ENERGY_KWH);
        String above = Double.toString(Math.nextUp(CodeCarbonRow.MAX_ENERGY_KWH));
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER, rowWith("max", "gpu_energy", max), rowWith("above", "gpu_energy", above));

        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isEqualTo(1);
        // 1e9 kWh of GPU plus the row's 0.01 + 0.001 kWh, pue 1: IT energy in kWh.
        assertThat(runs().get(0).footprint().itEnergy().kilowattHours()).isEqualTo(1e9 + 0.011, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(ctx.rejected).singleElement().extracting(RecordingContext.Rejected::field).isEqualTo("gpu_energy");
    }

    @Test
    void aHugeEmissionsFigureAndAPueAboveFiveAreQuarantinedNotACrash() throws Exception {
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER, rowWith("em", "emissions", "1e308"), rowWith("pue", "pue", "6"),
                good("ok"));

        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isEqualTo(1);
        assertThat(ctx.rejected).extracting(RecordingContext.Rejected::field, RecordingContext.Rejected::reason).containsExactly(
                tuple("emissions", "'1e308' is too large (expected a number ≥ 0 and at most 1000000000, kg CO2e)"),
                tuple("pue", "'6' is above 5 (expected a PUE between 1 and 5)"));
    }

    @Test
    void aDurationOf1e10SecondsIsQuarantinedNotAStackTrace() throws Exception {
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER, rowWith("long", "duration", "1e10"), good("ok"));

        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isEqualTo(1);
        assertThat(ctx.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.field()).isEqualTo("duration");
            assertThat(r.reason()).isEqualTo("'1e10' is too long (expected at most 3155760000 seconds, 100 years)");
        });
    }

    @Test
    void aDurationOf1e12SecondsIsQuarantinedNotStoredAsARunStartingIn1900() throws Exception {
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER, rowWith("overflow", "duration", "1e12"), good("ok"));

        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isEqualTo(1);
        assertThat(runs()).singleElement().satisfies(r -> assertThat(r.run().start()).isEqualTo(Instant.parse("2026-01-10T09:59:00Z")));
        assertThat(ctx.rejected).singleElement().extracting(RecordingContext.Rejected::field).isEqualTo("duration");
    }

    @Test
    void aDurationReachingBackBefore2000IsQuarantinedAndOneEndingExactlyThereImports() throws Exception {
        // From 2000-01-01T00:00:00Z to the row's timestamp, computed here with the JDK: the longest duration that imports.
        long toEarliest = Duration.between(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse(END + "Z")).getSeconds();
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER, rowWith("edge", "duration", Long.toString(toEarliest)),
                rowWith("before", "duration", Long.toString(toEarliest + 1)));

        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(runs()).singleElement().satisfies(r -> assertThat(r.run().start()).isEqualTo(Instant.parse("2000-01-01T00:00:00Z")));
        assertThat(ctx.rejected).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("duration");
            assertThat(r.reason()).contains("starts the run before 2000-01-01T00:00:00Z");
        });
    }

    @Test
    void durationsConvertExactlyToTheMicrosecondUpToTheLimit() {
        assertThat(TimeLimits.seconds(TimeLimits.MAX_SECONDS)).contains(Duration.ofSeconds(3_155_760_000L));
        assertThat(TimeLimits.seconds(Math.nextUp((double) TimeLimits.MAX_SECONDS))).isEmpty();
        assertThat(TimeLimits.seconds(31.36067412300008)).contains(Duration.ofNanos(31_360_674_000L));
    }

    @Test
    void aControlCharacterInABadFieldIsEscapedInTheReason() throws Exception {
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER, rowWith("esc", "duration", "\u001b[31mred"), good("ok"));

        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.rejected).singleElement().extracting(RecordingContext.Rejected::reason)
                .isEqualTo("'\\x1b[31mred' is not a number (expected a number ≥ 0, seconds)");
    }

    @Test
    void aProjectNameLongerThan256CharactersIsQuarantinedAndTheRestImported() throws Exception {
        String fits = "p".repeat(io.wattprint.core.model.Workload.MAX_TEXT);
        String tooLong = "p".repeat(io.wattprint.core.model.Workload.MAX_TEXT + 1);
        Path f = CodeCarbonCsv.write(tmp.resolve("e.csv"), V3_HEADER, rowWith("fits", "project_name", fits),
                rowWith("long", "project_name", tooLong), good("ok"));

        new CodeCarbonImporter().importFile(f, ctx);

        assertThat(ctx.imported).isEqualTo(2);
        assertThat(ctx.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3L);
            assertThat(r.field()).isEqualTo("project_name");
            assertThat(r.reason()).endsWith("is 257 characters long (at most 256)");
        });
    }
}
