package io.wattprint.core.facility;

import io.wattprint.core.model.Period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.facility.FacilityWarning.Kind;
import io.wattprint.core.quantity.Energy;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeteredEnergyTest {
    private static final Period OCT = Period.parse("2026-10");

    static MeterReading reading(String period, double kwh, MeterReading.Kind kind) {
        return new MeterReading("dc-paris", Period.parse(period), Energy.ofKilowattHours(kwh), kind, "invoice " + period);
    }

    @Test
    void aReadingOfTheWholePeriodIsTheMeteredEnergy() {
        MeteredEnergy m = MeteredEnergy.of("dc-paris", OCT, List.of(reading("2026-10", 10_000, MeterReading.Kind.UTILITY_BILL),
                reading("2026-09", 9_000, MeterReading.Kind.UTILITY_BILL)));

        assertThat(m.energy().kilowattHours()).isEqualTo(10_000);
        assertThat(m.boundary()).isEqualTo(MeterReading.Boundary.FACILITY);
        assertThat(m.coveredShare()).isEqualTo(1.0);
        assertThat(m.windows()).containsExactly(OCT);
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void noReadingInThePeriodIsANamedWarningNotANumber() {
        MeteredEnergy m = MeteredEnergy.of("dc-paris", OCT, List.of(reading("2026-09", 9_000, MeterReading.Kind.UTILITY_BILL)));

        assertThat(m.hasReadings()).isFalse();
        assertThat(m.warnings()).extracting(FacilityWarning::kind).containsExactly(Kind.NO_METER_READING);
        assertThat(m.warnings().get(0).message()).isEqualTo("no meter reading of facility dc-paris covers any of 2026-10: "
                + "nothing to reconcile (add one with wattprint facility reading)");
    }

    @Test
    void overlappingReadingsAreAnErrorNamingBoth() {
        List<MeterReading> rs = List.of(reading("2026-10", 10_000, MeterReading.Kind.UTILITY_BILL),
                reading("2026-10-15..2026-11-15", 9_000, MeterReading.Kind.INTERVAL_METER));

        assertThatThrownBy(() -> MeteredEnergy.of("dc-paris", OCT, rs))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("meter readings of facility dc-paris overlap: utility-bill 10000 kWh over 2026-10, source: invoice "
                        + "2026-10; and interval-meter 9000 kWh over 2026-10-15..2026-11-15, source: invoice "
                        + "2026-10-15..2026-11-15 (readings at the same boundary must not overlap, or the energy would be "
                        + "counted twice)");
    }

    @Test
    void readingsCoveringPartOfTheMonthWarnWithTheCoveredShare() {
        // 1–16 October: 15 of 31 days = 48.387 %.
        MeteredEnergy m = MeteredEnergy.of("dc-paris", OCT, List.of(reading("2026-10-01..2026-10-16", 5_000,
                MeterReading.Kind.INTERVAL_METER)));

        assertThat(m.energy().kilowattHours()).isEqualTo(5_000);
        assertThat(m.coveredShare()).isEqualTo(15.0 / 31);
        assertThat(m.windows()).containsExactly(Period.parse("2026-10-01..2026-10-16"));
        assertThat(m.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(Kind.PARTIAL_METER_COVERAGE);
            assertThat(w.message()).isEqualTo("meter readings cover 48.39 % of 2026-10 (15 of 31 days): the figures are for "
                    + "the covered part only, runs' energy outside it is left out");
        });
    }

    @Test
    void aReadingBeyondThePeriodIsProRatedByTime() {
        // A bill 16 Sep – 16 Oct (30 days) of 3,000 kWh has 15 days in October: 1,500 kWh; the next bill covers the rest.
        MeteredEnergy m = MeteredEnergy.of("dc-paris", OCT, List.of(
                reading("2026-09-16..2026-10-16", 3_000, MeterReading.Kind.UTILITY_BILL),
                reading("2026-10-16..2026-11-01", 1_600, MeterReading.Kind.UTILITY_BILL)));

        assertThat(m.energy().kilowattHours()).isEqualTo(1_500 + 1_600);
        assertThat(m.coveredShare()).isEqualTo(1.0);
        assertThat(m.warnings()).extracting(FacilityWarning::kind).containsExactly(Kind.READING_PRO_RATED);
        assertThat(m.warnings().get(0).message()).isEqualTo("utility-bill reading 2026-09-16..2026-10-16 (3000 kWh) extends "
                + "beyond 2026-10: 50 % of its time is inside, so 1500 kWh is counted (pro-rated by time)");
    }

    @Test
    void pduReadingsAreUsedOnlyWhenThereIsNoFacilityMeter() {
        MeterReading pdu = reading("2026-10", 7_000, MeterReading.Kind.PDU);
        MeteredEnergy onlyPdu = MeteredEnergy.of("dc-paris", OCT, List.of(pdu));
        MeteredEnergy both = MeteredEnergy.of("dc-paris", OCT, List.of(pdu, reading("2026-10", 10_000, MeterReading.Kind.BMS)));

        assertThat(onlyPdu.boundary()).isEqualTo(MeterReading.Boundary.IT);
        assertThat(onlyPdu.energy().kilowattHours()).isEqualTo(7_000);
        assertThat(both.boundary()).isEqualTo(MeterReading.Boundary.FACILITY);
        assertThat(both.energy().kilowattHours()).isEqualTo(10_000);
        assertThat(both.warnings()).extracting(FacilityWarning::kind).containsExactly(Kind.READINGS_NOT_USED);
    }

    @Test
    void aStoredReadingOfTheSameKindAndPeriodIsACorrectionNotAnOverlap() {
        MeterReading stored = reading("2026-10", 10_000, MeterReading.Kind.UTILITY_BILL);

        assertThat(MeteredEnergy.overlapping(reading("2026-10", 10_100, MeterReading.Kind.UTILITY_BILL), List.of(stored))).isEmpty();
        assertThat(MeteredEnergy.overlapping(reading("2026-10", 7_000, MeterReading.Kind.PDU), List.of(stored))).isEmpty();
        assertThat(MeteredEnergy.overlapping(reading("2026-10", 10_000, MeterReading.Kind.BMS), List.of(stored))).contains(stored);
    }

    @Test
    void aReadingOfZeroKwhOrWithoutSourceIsRefused() {
        assertThatThrownBy(() -> reading("2026-10", 0, MeterReading.Kind.BMS))
                .hasMessage("bms reading of facility dc-paris for 2026-10 must be more than 0 kWh");
        assertThatThrownBy(() -> new MeterReading("dc-paris", OCT, Energy.ofKilowattHours(1), MeterReading.Kind.PDU, ""))
                .hasMessage("pdu reading of facility dc-paris for 2026-10 has no source");
        assertThat(MeterReading.Kind.parse("utility-bill")).contains(MeterReading.Kind.UTILITY_BILL);
        assertThat(MeterReading.Kind.parse("bill")).isEmpty();
    }
}
