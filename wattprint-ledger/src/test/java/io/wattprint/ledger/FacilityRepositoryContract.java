package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.model.Period;
import io.wattprint.core.facility.PuePeriod;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ledger.FacilityRepository.Stored;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every ledger database must do with facilities; the same cases run on SQLite and PostgreSQL. */
abstract class FacilityRepositoryContract {
    private static final Facility PARIS = new Facility("dc-paris", "FR", "Paris colocation, hall 2");
    private static final Period YEAR = Period.year(2026);
    private static final Period OCT = Period.parse("2026-10");

    protected Ledger ledger;
    protected FacilityRepository facilities;

    /** A spec (path or JDBC URL) of a ledger no other test uses. */
    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeEach
    void openLedger() throws Exception {
        ledger = Ledger.open(freshLedgerSpec());
        facilities = ledger.facilities();
    }

    @AfterEach
    void closeLedger() {
        if (ledger != null) ledger.close();
    }

    private static MeterReading bill(Period p, double kwh, String source) {
        return new MeterReading("dc-paris", p, Energy.ofKilowattHours(kwh), MeterReading.Kind.UTILITY_BILL, source);
    }

    @Test
    void aFacilityIsStoredOnceAndACorrectionIsANewRow() {
        assertThat(facilities.addFacility(PARIS)).isEqualTo(Stored.ADDED);
        assertThat(facilities.addFacility(PARIS)).isEqualTo(Stored.UNCHANGED);
        Facility moved = new Facility("dc-paris", "FR", "Paris colocation, hall 3");
        assertThat(facilities.addFacility(moved)).isEqualTo(Stored.CORRECTED);

        assertThat(facilities.facility("dc-paris")).contains(moved);
        assertThat(facilities.facility("dc-lyon")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM facilities")).as("append-only: the first record is kept").isEqualTo(2);
    }

    @Test
    void facilitiesAreListedByNameAsLastRecorded() {
        facilities.addFacility(PARIS);
        facilities.addFacility(new Facility("dc-ashburn", "US-EGRID-SRVC", null));

        assertThat(facilities.facilities()).extracting(Facility::name).containsExactly("dc-ashburn", "dc-paris");
        assertThat(facilities.facilities().get(0).description()).isNull();
    }

    @Test
    void aPueIsStoredWithEveryFieldAndReAddingItChangesNothing() {
        facilities.addFacility(PARIS);
        PuePeriod measured = PuePeriod.of("dc-paris", YEAR, 1.3, PuePeriod.Basis.MEASURED, 2, "2026 BMS report");
        PuePeriod monthly = PuePeriod.of("dc-paris", OCT, 1.25, PuePeriod.Basis.DECLARED, null, "operator statement");

        assertThat(facilities.addPue(measured)).isEqualTo(Stored.ADDED);
        assertThat(facilities.addPue(monthly)).isEqualTo(Stored.ADDED);
        assertThat(facilities.addPue(measured)).isEqualTo(Stored.UNCHANGED);

        assertThat(facilities.pues("dc-paris")).containsExactly(measured, monthly);
        assertThat(count("SELECT COUNT(*) FROM facility_pue")).isEqualTo(2);
    }

    @Test
    void aPueForTheSamePeriodIsACorrectionAndTheLatestCounts() {
        facilities.addFacility(PARIS);
        PuePeriod first = PuePeriod.of("dc-paris", YEAR, 1.3, PuePeriod.Basis.DECLARED, null, "design");
        PuePeriod corrected = PuePeriod.of("dc-paris", YEAR, 1.32, PuePeriod.Basis.MEASURED, 1, "audit");
        facilities.addPue(first);

        assertThat(facilities.addPue(corrected)).isEqualTo(Stored.CORRECTED);
        assertThat(facilities.pues("dc-paris")).containsExactly(corrected);
        assertThat(facilities.addPue(first)).as("back to the first figure: a correction too").isEqualTo(Stored.CORRECTED);
        assertThat(facilities.pues("dc-paris")).containsExactly(first);
        assertThat(count("SELECT COUNT(*) FROM facility_pue")).isEqualTo(3);
    }

    @Test
    void aPueOrReadingOfAnUnknownFacilityIsRefused() {
        assertThatThrownBy(() -> facilities.addPue(PuePeriod.of("dc-nowhere", YEAR, 1.3, PuePeriod.Basis.DECLARED, null, "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no facility dc-nowhere in ledger ")
                .hasMessageEndingWith(" (add it first with wattprint facility add)");
        assertThatThrownBy(() -> facilities.addReading(new MeterReading("dc-nowhere", OCT, Energy.ofKilowattHours(1),
                MeterReading.Kind.BMS, "x"))).hasMessageStartingWith("no facility dc-nowhere in ledger ");
    }

    @Test
    void readingsAreStoredOnceCorrectedByKindAndPeriodAndReadBackInOrder() {
        facilities.addFacility(PARIS);
        MeterReading oct = bill(OCT, 10_000, "EDF invoice 2026-10");
        MeterReading sep = bill(Period.parse("2026-09"), 9_500.25, "EDF invoice 2026-09");
        MeterReading pdu = new MeterReading("dc-paris", OCT, Energy.ofKilowattHours(7_000), MeterReading.Kind.PDU, "PDU export");

        assertThat(facilities.addReading(oct)).isEqualTo(Stored.ADDED);
        assertThat(facilities.addReading(sep)).isEqualTo(Stored.ADDED);
        assertThat(facilities.addReading(pdu)).as("another boundary: no overlap").isEqualTo(Stored.ADDED);
        assertThat(facilities.addReading(oct)).isEqualTo(Stored.UNCHANGED);
        MeterReading octFixed = bill(OCT, 10_050, "EDF invoice 2026-10, corrected");
        assertThat(facilities.addReading(octFixed)).isEqualTo(Stored.CORRECTED);

        assertThat(facilities.readings("dc-paris")).containsExactly(sep, pdu, octFixed);
        assertThat(count("SELECT COUNT(*) FROM facility_meter_readings")).isEqualTo(4);
    }

    @Test
    void anOverlappingReadingAtTheSameBoundaryIsRefusedNamingBoth() {
        facilities.addFacility(PARIS);
        facilities.addReading(bill(OCT, 10_000, "EDF invoice 2026-10"));
        MeterReading overlapping = new MeterReading("dc-paris", Period.parse("2026-10-15..2026-11-15"),
                Energy.ofKilowattHours(9_000), MeterReading.Kind.INTERVAL_METER, "smart meter export");

        assertThatThrownBy(() -> facilities.addReading(overlapping))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("meter readings of facility dc-paris overlap: utility-bill 10000 kWh over 2026-10, source: EDF "
                        + "invoice 2026-10; and interval-meter 9000 kWh over 2026-10-15..2026-11-15, source: smart meter export "
                        + "(readings at the same boundary must not overlap, or the energy would be counted twice); a correction "
                        + "of a stored reading has the same kind and period");
        assertThat(facilities.readings("dc-paris")).hasSize(1);
    }

    @Test
    void runsOfTheFacilityCountByTheirIntervalsInsideThePeriod() {
        RunRepository runs = ledger.runs();
        IntervalRepository intervals = ledger.intervals();
        Instant lateSept = Instant.parse("2026-09-30T23:00:00Z");
        Run across = new Run("run-across", "k1", Fixtures.workload("search"), "gpu-1", new Location("FR", null, "dc-paris"),
                lateSept, null, RunStatus.RUNNING, null, "train.py");
        Run elsewhere = new Run("run-elsewhere", "k2", Fixtures.workload("search"), "gpu-2", Location.zone("FR"),
                lateSept, null, RunStatus.RUNNING, null, "train.py");
        runs.insertRun(across);
        runs.insertRun(elsewhere);
        // One hour in September, two in October, for gpu:0; the run elsewhere has October energy too.
        for (int h = 0; h < 3; h++) {
            Instant s = lateSept.plusSeconds(3600L * h);
            intervals.append("run-across", List.of(new EnergyInterval(s, s.plusSeconds(3600), Component.gpu("0"),
                    Energy.ofKilowattHours(0.5 + h), Fixtures.NVML)));
            intervals.append("run-elsewhere", List.of(new EnergyInterval(s, s.plusSeconds(3600), Component.gpu("0"),
                    Energy.ofKilowattHours(9), Fixtures.NVML)));
        }

        List<IntervalRepository.RunEnergy> oct = intervals.hourlyAtFacility("dc-paris", OCT.from(), OCT.to());
        List<IntervalRepository.RunEnergy> nov = intervals.hourlyAtFacility("dc-paris", Period.parse("2026-11").from(),
                Period.parse("2026-11").to());

        assertThat(oct).singleElement().satisfies(e -> {
            assertThat(e.record().run()).isEqualTo(across);
            assertThat(e.hourly()).extracting(x -> x.energy().kilowattHours()).containsExactly(1.5, 2.5);
            assertThat(e.hourly()).extracting(EnergyInterval::start)
                    .containsExactly(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-10-01T01:00:00Z"));
        });
        assertThat(nov).isEmpty();
    }

    private long count(String sql) {
        try (Statement s = ledger.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
