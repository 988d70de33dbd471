package io.wattprint.core.facility;

import io.wattprint.core.model.Period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.facility.FacilityWarning.Kind;
import io.wattprint.core.facility.PuePeriod.Basis;
import io.wattprint.core.quantity.Energy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopDownAttributionTest {
    static final Period OCT = Period.parse("2026-10");
    static final AppliedPue PUE_125 = AppliedPue.forPeriod(OCT, List.of(PuePeriod.of("dc-paris", Period.year(2026), 1.25,
            Basis.MEASURED, 2, "2026 BMS report"))).orElseThrow();

    static MeteredEnergy meter(double kwh) {
        return MeteredEnergy.of("dc-paris", OCT, List.of(new MeterReading("dc-paris", OCT, Energy.ofKilowattHours(kwh),
                MeterReading.Kind.UTILITY_BILL, "EDF invoice 2026-10")));
    }

    static RunUsage gpuRun(String id, double gpuHours) {
        return new RunUsage(id, "p/" + id, Energy.ofKilowattHours(1), Duration.ofMinutes(Math.round(gpuHours * 60)),
                Duration.ofHours(1));
    }

    @Test
    void thirtyAndTenGpuHoursSplitEightHundredItKwhSixHundredToTwoHundred() {
        // 1,000 kWh metered / PUE 1.25 = 800 kWh IT; 30 / 40 and 10 / 40 of it.
        TopDownAttribution t = TopDownAttribution.attribute(meter(1_000), PUE_125, List.of(gpuRun("a", 30), gpuRun("b", 10)));

        assertThat(t.itEnergy().kilowattHours()).isEqualTo(800);
        assertThat(t.basis()).isEqualTo(TopDownAttribution.ShareBasis.ACCELERATOR_HOURS);
        assertThat(t.lines()).extracting(l -> l.itEnergy().kilowattHours()).containsExactly(600.0, 200.0);
        assertThat(t.lines()).extracting(l -> l.facilityEnergy().kilowattHours()).containsExactly(750.0, 250.0);
        assertThat(t.lines()).extracting(TopDownAttribution.Line::share).containsExactly(0.75, 0.25);
        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void theExplanationLeadsBackToTheReadingThePueAndTheHours() {
        String text = String.join("\n", TopDownAttribution.attribute(meter(1_000), PUE_125,
                List.of(gpuRun("a", 30), gpuRun("b", 10))).explanation().render());

        assertThat(text).contains(
                "top-down IT energy of facility dc-paris, 2026-10 = 800 kWh    [metered facility energy / PUE]",
                "  PUE: 1.250  — facility dc-paris PUE for 2026, which contains 2026-10, measured, ISO/IEC 30134-2 category 2 "
                        + "(PDU output) (source: 2026 BMS report)",
                "    utility-bill 2026-10: 1000 kWh  — EDF invoice 2026-10",
                "  shares = by accelerator-hours    [share = hours of the run / Σ hours (40 h)]",
                "    run a: 30 h → 75 % → 600 kWh IT, 750 kWh facility  — p/a");
    }

    @Test
    void withoutAcceleratorsTheSharesFollowCpuHours() {
        List<RunUsage> cpuOnly = List.of(
                new RunUsage("a", "p/a", Energy.ofKilowattHours(1), Duration.ZERO, Duration.ofHours(3)),
                new RunUsage("b", "p/b", Energy.ofKilowattHours(1), Duration.ZERO, Duration.ofHours(1)));

        TopDownAttribution t = TopDownAttribution.attribute(meter(1_000), PUE_125, cpuOnly);

        assertThat(t.basis()).isEqualTo(TopDownAttribution.ShareBasis.CPU_HOURS);
        assertThat(t.lines()).extracting(l -> l.itEnergy().kilowattHours()).containsExactly(600.0, 200.0);
    }

    @Test
    void aRunWithoutAcceleratorHoursAmongGpuRunsGetsNoShareAndAWarning() {
        TopDownAttribution t = TopDownAttribution.attribute(meter(1_000), PUE_125, List.of(gpuRun("a", 30),
                new RunUsage("c", "p/c", Energy.ofKilowattHours(1), Duration.ZERO, Duration.ofHours(5))));

        assertThat(t.lines()).extracting(l -> l.itEnergy().kilowattHours()).containsExactly(800.0, 0.0);
        assertThat(t.warnings()).extracting(FacilityWarning::message)
                .containsExactly("run c (p/c) recorded no accelerator-hours in 2026-10: it gets no share");
    }

    @Test
    void aPduMeterIsAlreadyItEnergy() {
        MeteredEnergy pdu = MeteredEnergy.of("dc-paris", OCT, List.of(new MeterReading("dc-paris", OCT,
                Energy.ofKilowattHours(800), MeterReading.Kind.PDU, "PDU export")));

        TopDownAttribution t = TopDownAttribution.attribute(pdu, PUE_125, List.of(gpuRun("a", 30), gpuRun("b", 10)));

        assertThat(t.itEnergy().kilowattHours()).isEqualTo(800);
        assertThat(t.lines()).extracting(l -> l.facilityEnergy().kilowattHours()).containsExactly(750.0, 250.0);
    }

    @Test
    void noMeterReadingAttributesNothingAndSaysSo() {
        MeteredEnergy none = MeteredEnergy.of("dc-paris", OCT, List.of());

        TopDownAttribution t = TopDownAttribution.attribute(none, PUE_125, List.of(gpuRun("a", 30)));

        assertThat(t.lines()).isEmpty();
        assertThat(t.warnings()).extracting(FacilityWarning::kind).containsExactly(Kind.NO_METER_READING);
        assertThat(t.explanation().value()).isEqualTo("not computed");
    }

    @Test
    void aFacilityMeterWithoutPueIsAnError() {
        assertThatThrownBy(() -> TopDownAttribution.attribute(meter(1_000), null, List.of(gpuRun("a", 1))))
                .hasMessage("facility dc-paris has no PUE on record: top-down attribution divides the metered facility energy "
                        + "by the PUE (add one with wattprint facility pue)");
    }
}
