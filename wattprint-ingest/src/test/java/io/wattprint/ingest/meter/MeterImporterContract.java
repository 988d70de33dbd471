package io.wattprint.ingest.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.model.Period;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.RecordingContext;
import io.wattprint.ledger.Ledger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facility meter files into a real ledger; the same cases run on SQLite and PostgreSQL. */
abstract class MeterImporterContract {
    private static final double J_PER_KWH = 3_600_000d;

    @TempDir
    Path dir;
    Ledger ledger;
    final MeterImporter importer = new MeterImporter();

    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeEach
    void open() throws Exception {
        ledger = Ledger.open(freshLedgerSpec());
        ledger.facilities().addFacility(new Facility("dc-paris", "FR", null));
        ledger.facilities().addFacility(new Facility("dc-oslo", "NO", null));
    }

    @AfterEach
    void close() {
        if (ledger != null) ledger.close();
    }

    private RecordingContext ingest(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        RecordingContext ctx = RecordingContext.of(ledger);
        importer.importFile(f, ctx);
        return ctx;
    }

    private List<MeterReading> readings(String facility) { return ledger.facilities().readings(facility); }

    private static Instant t(String s) { return Instant.parse(s); }

    @Test
    void intervalRowsStartTheirIntervalAndSumIntoOneReadingPerDay() throws IOException {
        RecordingContext ctx = ingest("paris.csv", """
                timestamp,meter_id,kwh
                2026-10-01T00:00:00Z,dc-paris,10
                2026-10-01T00:15:00Z,dc-paris,12
                2026-10-01T00:30:00Z,dc-paris,11.5
                2026-10-01T00:45:00Z,dc-paris,9.5
                """);
        assertThat(ctx.imported).isEqualTo(4);
        assertThat(ctx.rejected).isEmpty();
        MeterReading r = readings("dc-paris").get(0);
        assertThat(readings("dc-paris")).hasSize(1);
        // Spacing 15 min, the last interval starts 00:45 so ends 01:00; 10 + 12 + 11.5 + 9.5 = 43 kWh.
        assertThat(r.period()).isEqualTo(new Period(t("2026-10-01T00:00:00Z"), t("2026-10-01T01:00:00Z")));
        assertThat(r.energy().kilowattHours()).isCloseTo(43.0, within(1e-9));
        assertThat(r.kind()).isEqualTo(MeterReading.Kind.INTERVAL_METER);
        assertThat(r.source()).isEqualTo("paris.csv lines 2–5");
    }

    @Test
    void intervalDataIsCutAtUtcMidnightAndAtGaps() throws IOException {
        RecordingContext ctx = ingest("paris.csv", """
                timestamp,meter_id,kwh,interval_minutes
                2026-10-01T23:00:00Z,dc-paris,4,60
                2026-10-02T00:00:00Z,dc-paris,6,60
                2026-10-02T03:00:00Z,dc-paris,8,60
                """);
        assertThat(ctx.imported).isEqualTo(3);
        assertThat(readings("dc-paris")).extracting(MeterReading::period).containsExactly(
                new Period(t("2026-10-01T23:00:00Z"), t("2026-10-02T00:00:00Z")),
                new Period(t("2026-10-02T00:00:00Z"), t("2026-10-02T01:00:00Z")),
                new Period(t("2026-10-02T03:00:00Z"), t("2026-10-02T04:00:00Z")));
        assertThat(readings("dc-paris")).extracting(r -> r.energy().kilowattHours()).containsExactly(4.0, 6.0, 8.0);
        assertThat(ctx.notes).anyMatch(n -> n.contains("gaps"));
    }

    @Test
    void aFacilityColumnMapsMetersToFacilities() throws IOException {
        RecordingContext ctx = ingest("m.csv", """
                timestamp,meter_id,facility,kwh,interval_minutes
                2026-10-01T00:00:00Z,main-incomer,dc-oslo,5,30
                """);
        assertThat(ctx.imported).isEqualTo(1);
        MeterReading r = readings("dc-oslo").get(0);
        assertThat(r.period().length().toMinutes()).isEqualTo(30);
        assertThat(r.source()).isEqualTo("m.csv line 2 (meter main-incomer)");
    }

    @Test
    void billsBecomeUtilityBillReadingsWithTheEndExclusive() throws IOException {
        RecordingContext ctx = ingest("bills.csv", """
                period_start,period_end,site,kwh
                2026-09-01,2026-10-01,dc-paris,72000
                2026-10-01,2026-11-01,dc-paris,74400
                """);
        assertThat(ctx.imported).isEqualTo(2);
        assertThat(readings("dc-paris")).extracting(MeterReading::period)
                .containsExactly(Period.parse("2026-09"), Period.parse("2026-10"));
        assertThat(readings("dc-paris")).extracting(MeterReading::kind).containsOnly(MeterReading.Kind.UTILITY_BILL);
        assertThat(readings("dc-paris").get(1).energy().kilowattHours()).isCloseTo(74_400, within(1e-6));
        assertThat(readings("dc-paris").get(1).source()).isEqualTo("bills.csv line 3");
    }

    @Test
    void wattSamplesAreIntegratedByTrapezoids() throws IOException {
        RecordingContext ctx = ingest("pdu.csv", """
                timestamp,meter_id,power_w
                2026-10-01T00:00:00Z,dc-paris,100
                2026-10-01T00:10:00Z,dc-paris,200
                2026-10-01T00:20:00Z,dc-paris,200
                """);
        assertThat(ctx.imported).isEqualTo(3);
        MeterReading r = readings("dc-paris").get(0);
        // (100 + 200) / 2 W × 600 s = 90,000 J; 200 W × 600 s = 120,000 J; 210,000 J in all.
        assertThat(r.energy().joules()).isCloseTo(210_000, within(1e-6));
        assertThat(r.period()).isEqualTo(new Period(t("2026-10-01T00:00:00Z"), t("2026-10-01T00:20:00Z")));
        assertThat(r.kind()).isEqualTo(MeterReading.Kind.PDU);
    }

    @Test
    void kilowattSamplesAcrossMidnightAreSplitAtThePowerInterpolatedThere() throws IOException {
        RecordingContext ctx = ingest("bms.csv", """
                timestamp,meter_id,power_kw,kind
                2026-10-01T23:55:00Z,dc-paris,1.0,bms
                2026-10-02T00:05:00Z,dc-paris,3.0,bms
                """);
        assertThat(ctx.rejected).isEmpty();
        assertThat(ctx.imported).isEqualTo(2);
        List<MeterReading> rs = readings("dc-paris");
        assertThat(rs).hasSize(2);
        // At midnight, halfway: 1 + (3 − 1) × 300/600 = 2 kW.
        // Before: (1 + 2)/2 kW × 300 s = 450 kJ. After: (2 + 3)/2 kW × 300 s = 750 kJ.
        assertThat(rs.get(0).energy().joules()).isCloseTo(450_000, within(1e-6));
        assertThat(rs.get(1).energy().joules()).isCloseTo(750_000, within(1e-6));
        assertThat(rs.get(0).period().to()).isEqualTo(t("2026-10-02T00:00:00Z"));
        assertThat(rs).extracting(MeterReading::kind).containsOnly(MeterReading.Kind.BMS);
    }

    @Test
    void powerGapsLongerThanFifteenMinutesAreNotBridged() throws IOException {
        RecordingContext ctx = ingest("pdu.csv", """
                timestamp,meter_id,power_w
                2026-10-01T00:00:00Z,dc-paris,1000
                2026-10-01T00:05:00Z,dc-paris,1000
                2026-10-01T00:30:00Z,dc-paris,2000
                2026-10-01T00:35:00Z,dc-paris,2000
                """);
        assertThat(ctx.imported).isEqualTo(4);
        // 1000 W × 300 s = 300,000 J, then 2000 W × 300 s = 600,000 J; the 25-minute gap counts nothing.
        assertThat(readings("dc-paris")).extracting(r -> r.energy().joules()).containsExactly(300_000.0, 600_000.0);
        assertThat(ctx.notes).anyMatch(n -> n.contains("not bridged"));
    }

    @Test
    void anIsolatedPowerSampleIsQuarantined() throws IOException {
        RecordingContext ctx = ingest("pdu.csv", """
                timestamp,meter_id,power_w
                2026-10-01T00:00:00Z,dc-paris,1000
                """);
        assertThat(ctx.rejected).singleElement().satisfies(r -> assertThat(r.reason()).contains("isolated sample"));
        assertThat(readings("dc-paris")).isEmpty();
    }

    @Test
    void cumulativeCountersAreDifferencedAndADropIsANewBaseline() throws IOException {
        RecordingContext ctx = ingest("bms.csv", """
                timestamp,meter_id,kwh_total
                2026-10-01T00:00:00Z,dc-paris,100
                2026-10-01T01:00:00Z,dc-paris,110
                2026-10-01T02:00:00Z,dc-paris,125
                2026-10-01T03:00:00Z,dc-paris,5
                2026-10-01T04:00:00Z,dc-paris,12
                """);
        assertThat(ctx.imported).isEqualTo(5);
        List<MeterReading> rs = readings("dc-paris");
        // (110 − 100) + (125 − 110) = 25 kWh over 00:00–02:00; the drop to 5 is a reset, not −120 kWh;
        // then 12 − 5 = 7 kWh over 03:00–04:00. 02:00–03:00 is not counted.
        assertThat(rs).extracting(MeterReading::period).containsExactly(
                new Period(t("2026-10-01T00:00:00Z"), t("2026-10-01T02:00:00Z")),
                new Period(t("2026-10-01T03:00:00Z"), t("2026-10-01T04:00:00Z")));
        assertThat(rs.get(0).energy().kilowattHours()).isCloseTo(25, within(1e-9));
        assertThat(rs.get(1).energy().kilowattHours()).isCloseTo(7, within(1e-9));
        assertThat(ctx.notes).anyMatch(n -> n.contains("taken as a reset"));
    }

    @Test
    void anUnknownUnitColumnFailsTheFileNamingHeaderAndExpectedNames() {
        assertThatThrownBy(() -> ingest("x.csv", "timestamp,meter_id,power_mw\n2026-10-01T00:00:00Z,dc-paris,1\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("x.csv")
                .hasMessageContaining("timestamp, meter_id, power_mw")
                .hasMessageContaining("power_w or power_kw")
                .hasMessageContaining("kwh_total");
    }

    @Test
    void aCsvFaultFailsTheFileNamingItsLine() {
        assertThatThrownBy(() -> ingest("q.csv", "timestamp,meter_id,kwh\n\"2026-10-01T00:00:00Z\"x,dc-paris,1\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("q.csv line 2: not readable as CSV (text after a closing quote; expected a comma or the end of the line)");
    }

    @Test
    void aHeaderOfAnotherKindFailsTheFile() {
        assertThatThrownBy(() -> ingest("x.csv", "when,energy\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("not a facility meter file");
        assertThatThrownBy(() -> ingest("y.csv", "period_start,period_end,kwh\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("no site column");
        assertThatThrownBy(() -> ingest("z.csv", ""))
                .isInstanceOf(ImportException.class).hasMessageContaining("empty");
    }

    @Test
    void anUnknownFacilityIsQuarantinedNamingItAndTheFacilitiesThatExist() throws IOException {
        RecordingContext ctx = ingest("m.csv", """
                timestamp,meter_id,kwh,interval_minutes
                2026-10-01T00:00:00Z,dc-lyon,5,60
                2026-10-01T00:00:00Z,dc-paris,5,60
                """);
        assertThat(ctx.imported).isEqualTo(1);
        assertThat(ctx.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.field()).isEqualTo("meter_id");
            assertThat(r.reason()).contains("unknown facility dc-lyon").contains("dc-oslo, dc-paris");
        });
    }

    @Test
    void readingsOverlappingStoredOnesAreQuarantinedWithTheRepositoryReason() throws IOException {
        ingest("bills.csv", "period_start,period_end,site,kwh\n2026-10-01,2026-11-01,dc-paris,74400\n");
        RecordingContext ctx = ingest("m.csv", """
                timestamp,meter_id,kwh,interval_minutes
                2026-10-05T00:00:00Z,dc-paris,5,60
                2026-10-05T01:00:00Z,dc-paris,5,60
                """);
        assertThat(ctx.imported).isZero();
        assertThat(ctx.rejected).extracting(RecordingContext.Rejected::line).containsExactly(2L, 3L);
        assertThat(ctx.rejected.get(0).reason()).contains("overlap").contains("utility-bill");
        assertThat(readings("dc-paris")).hasSize(1);
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() throws IOException {
        String csv = "timestamp,meter_id,kwh_total\n2026-10-01T00:00:00Z,dc-paris,1\n2026-10-01T06:00:00Z,dc-paris,4\n";
        ingest("c.csv", csv);
        RecordingContext again = ingest("c.csv", csv);
        assertThat(again.imported).isZero();
        assertThat(again.duplicates).isEqualTo(2);
        assertThat(readings("dc-paris")).hasSize(1);
    }

    @Test
    void aDryRunWritesNothingAndCountsWhatWouldBeImported() throws IOException {
        Path f = dir.resolve("bills.csv");
        Files.writeString(f, "period_start,period_end,site,kwh\n2026-10-01,2026-11-01,dc-paris,74400\n");
        RecordingContext ctx = new RecordingContext(ledger, true, false, Clock.systemUTC());
        importer.importFile(f, ctx);
        assertThat(ctx.imported).isEqualTo(1);
        assertThat(readings("dc-paris")).isEmpty();
    }

    @Test
    void headersAreMatchedCaseInsensitivelyThroughABomAndCrlf() throws IOException {
        RecordingContext ctx = ingest("bills.csv", "\uFEFFPeriod_Start,PERIOD_END,Site,kWh\r\n2026-10-01,2026-11-01,dc-paris,100\r\n");
        assertThat(ctx.imported).isEqualTo(1);
        assertThat(readings("dc-paris").get(0).energy().kilowattHours()).isCloseTo(100, within(1e-9));
    }

    @Test
    void badRowsAreQuarantinedWithFieldAndReasonAndTheRestImports() throws IOException {
        RecordingContext ctx = ingest("m.csv", """
                timestamp,meter_id,kwh,interval_minutes,kind
                2026-10-01 00:00:00,dc-paris,5,60,
                2026-10-01T00:00:00Z,dc-paris,-5,60,
                2026-10-01T00:00:00Z,dc-paris,five,60,
                2026-10-01T00:00:00Z,dc-paris,5,60,gas-meter
                2026-10-01T00:00:00Z,dc-paris,5
                2026-10-01T02:00:00Z,dc-paris,5,60,
                2026-10-01T01:30:00Z,dc-paris,5,60,
                """);
        assertThat(ctx.imported).isEqualTo(1);
        assertThat(ctx.rejected).extracting(RecordingContext.Rejected::line).containsExactly(2L, 3L, 4L, 5L, 6L, 8L);
        assertThat(ctx.rejected).extracting(RecordingContext.Rejected::field)
                .containsExactly("timestamp", "kwh", "kwh", "kind", null, "timestamp");
        assertThat(ctx.rejected.get(0).reason()).contains("no UTC offset");
        assertThat(ctx.rejected.get(1).reason()).contains("negative");
        assertThat(ctx.rejected.get(2).reason()).contains("'five' is not a number");
        assertThat(ctx.rejected.get(3).reason()).contains("utility-bill, interval-meter, bms, pdu");
        assertThat(ctx.rejected.get(4).reason()).contains("3 fields, the header 5");
        assertThat(ctx.rejected.get(5).reason()).contains("starts before the previous one ends");
    }

    @Test
    void aSingleIntervalRowWithoutIntervalMinutesIsQuarantined() throws IOException {
        RecordingContext ctx = ingest("m.csv", "timestamp,meter_id,kwh\n2026-10-01T00:00:00Z,dc-paris,5\n");
        assertThat(ctx.rejected).singleElement().satisfies(r -> assertThat(r.reason()).contains("interval length cannot be told"));
    }

    @Test
    void samplesOutOfOrderAreQuarantined() throws IOException {
        RecordingContext ctx = ingest("p.csv", """
                timestamp,meter_id,power_w
                2026-10-01T00:10:00Z,dc-paris,100
                2026-10-01T00:05:00Z,dc-paris,100
                2026-10-01T00:20:00Z,dc-paris,100
                """);
        assertThat(ctx.rejected).singleElement().satisfies(r -> assertThat(r.reason()).contains("not after the previous one"));
        assertThat(ctx.imported).isEqualTo(2);
    }

    @Test
    void aBillOfZeroOrBackwardsPeriodIsQuarantined() throws IOException {
        RecordingContext ctx = ingest("bills.csv", """
                period_start,period_end,site,kwh
                2026-10-01,2026-10-01,dc-paris,10
                2026-10-01,2026-11-01,dc-paris,0
                """);
        assertThat(ctx.rejected).extracting(RecordingContext.Rejected::field).containsExactly("period_end", "kwh");
    }
}
