package io.wattprint.core.embodied;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.embodied.EmbodiedAmortisation.PeriodEmbodied;
import io.wattprint.core.embodied.EmbodiedAmortisation.RunEmbodied;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.Co2e;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbodiedAmortisationTest {
    private static final Instant EPOCH = Instant.EPOCH;
    private static final Instant OCT = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant NOV = Instant.parse("2026-11-01T00:00:00Z");

    private static HardwareRecord node(double kg, int gpus) {
        return new HardwareRecord("gpu-node-1", "HGX H100 8-GPU", Co2e.ofKilograms(kg), "BLOOM paper, 2,500 kg per server",
                4, gpus, ResourceUnit.GPU, EPOCH);
    }

    @Test
    void oneHourOfAThousandKilogramMachineOverFourYearsIsTwentyEightPointFiveFourGrams() {
        // DOMAIN.md §3: 1000 kg × 1 h / 35,040 h, the whole machine (8 of 8 GPUs) → 28.54 g.
        RunEmbodied m = EmbodiedAmortisation.perRun(node(1000, 8),
                new Reservation("r1", OCT, OCT.plusSeconds(3600), 8));

        assertThat(Figures.round(m.embodied().grams(), 2)).isEqualByComparingTo("28.54");
        assertThat(m.hours()).isEqualTo(1);
    }

    @Test
    void aRunIsChargedTheShareOfGpusItUsed() {
        // 1000 kg × 1/35040 × 2/8 = 7.1347 g.
        RunEmbodied m = EmbodiedAmortisation.perRun(node(1000, 8), new Reservation("r1", OCT, OCT.plusSeconds(3600), 2));

        assertThat(Figures.round(m.embodied().grams(), 4)).isEqualByComparingTo("7.1347");
        assertThat(m.explanation().render()).contains(
                "embodied (Scope 3) of run r1 = 7.134703 gCO2e    [TE × (TiR / EL) × (RR / ToR)]",
                "  TE source: 1000 kgCO2e  — BLOOM paper, 2,500 kg per server",
                "  RR (gpus used by the run): 2",
                "  M (embodied) = 7.134703 gCO2e    [TE × (TiR / EL) × (RR / ToR)]");
    }

    @Test
    void aRunThatUsedNoneOfTheResourcesIsChargedNothingAndSaysWhy() {
        RunEmbodied m = EmbodiedAmortisation.perRun(node(1000, 8), new Reservation("cpu-only", OCT, OCT.plusSeconds(3600), 0));

        assertThat(m.embodied()).isEqualTo(Co2e.ZERO);
        assertThat(m.explanation().notes()).containsExactly("the run used none of the 8 gpus of gpu-node-1: nothing charged");
    }

    @Test
    void moreResourcesThanTheRecordHasAreChargedAsTheWholeMachine() {
        RunEmbodied m = EmbodiedAmortisation.perRun(node(1000, 8), new Reservation("r1", OCT, OCT.plusSeconds(3600), 9));

        assertThat(Figures.round(m.embodied().grams(), 2)).isEqualByComparingTo("28.54");
        assertThat(m.explanation().notes()).anyMatch(n -> n.contains("used 9 gpus but the record of gpu-node-1 has 8"));
    }

    @Test
    void aPeriodIsItsRunsPlusTheUnreservedRemainder() {
        // By hand, 2,500 kg, 4 years (35,040 h), 8 GPUs, October 2026 (744 h):
        //   machine's share of October: 2,500,000 g × 744 / 35,040             = 53,082.1918 g
        //   a: 2 GPUs, 10 h:  2,500,000 × 10 / 35,040 × 2/8                    =    178.3676 g
        //   b: 8 GPUs,  5 h:  2,500,000 ×  5 / 35,040                          =    356.7352 g
        //   c: 4 GPUs, Sep 30 22:00 – Oct 1 02:00, 2 h inside: × 2 / 35,040 × 4/8 = 71.3470 g
        //   d: in November, not counted
        //   reserved 20 + 40 + 8 = 68 of 8 × 744 = 5,952 GPU-hours
        //   unallocated: 2,500,000 × (5,952 − 68) / (35,040 × 8)               = 52,475.7420 g
        HardwareRecord hw = node(2500, 8);
        PeriodEmbodied p = EmbodiedAmortisation.perPeriod(hw, OCT, NOV, List.of(
                new Reservation("a", OCT.plusSeconds(3600), OCT.plusSeconds(11 * 3600), 2),
                new Reservation("b", OCT.plusSeconds(86_400), OCT.plusSeconds(86_400 + 5 * 3600), 8),
                new Reservation("c", OCT.minusSeconds(2 * 3600), OCT.plusSeconds(2 * 3600), 4),
                new Reservation("d", NOV.plusSeconds(3600), NOV.plusSeconds(7200), 8)));

        assertThat(Figures.round(p.total().grams(), 4)).isEqualByComparingTo("53082.1918");
        assertThat(p.runs()).extracting(RunEmbodied::runId).containsExactly("a", "b", "c");
        assertThat(p.runs()).extracting(r -> Figures.round(r.embodied().grams(), 4).toPlainString())
                .containsExactly("178.3676", "356.7352", "71.3470");
        assertThat(p.reservedResourceHours()).isEqualTo(68);
        assertThat(p.capacityResourceHours()).isEqualTo(5952);
        assertThat(Figures.round(p.unallocated().grams(), 4)).isEqualByComparingTo("52475.7420");
        double sum = p.unallocated().grams() + p.runs().stream().mapToDouble(r -> r.embodied().grams()).sum();
        assertThat(sum).isCloseTo(p.total().grams(), within(1e-9));
        assertThat(p.explanation().render()).contains("  reserved by runs: 68 gpu-hours of 5952");
    }

    @Test
    void overlappingRunsThatReserveMoreThanTheMachineLeaveNothingUnallocatedAndSaySo() {
        PeriodEmbodied p = EmbodiedAmortisation.perPeriod(node(1000, 1), OCT, OCT.plusSeconds(3600), List.of(
                new Reservation("a", OCT, OCT.plusSeconds(3600), 1), new Reservation("b", OCT, OCT.plusSeconds(3600), 1)));

        assertThat(p.unallocated()).isEqualTo(Co2e.ZERO);
        assertThat(p.explanation().notes()).anyMatch(n -> n.contains("overlapping runs"));
    }

    @Test
    void badRecordsAndPeriodsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new HardwareRecord("h", "m", Co2e.ofKilograms(1), "s", 0, 8, ResourceUnit.GPU, EPOCH))
                .hasMessage("expected lifetime must be more than 0 years, got 0.0");
        assertThatThrownBy(() -> new HardwareRecord("h", "m", Co2e.ofKilograms(1), "s", 4, 0, ResourceUnit.GPU, EPOCH))
                .hasMessage("total resources must be 1 or more, got 0");
        assertThatThrownBy(() -> new HardwareRecord("h", "m", Co2e.ofKilograms(1), " ", 4, 8, ResourceUnit.GPU, EPOCH))
                .hasMessage("source of the embodied figure must not be blank");
        assertThatThrownBy(() -> new HardwareRecord(" ", "m", Co2e.ofKilograms(1), "s", 4, 8, ResourceUnit.GPU, EPOCH))
                .hasMessage("hardware id must not be blank");
        assertThatThrownBy(() -> ResourceUnit.parse("tpu")).hasMessage("unknown resource unit 'tpu': expected gpu or vcpu");
        assertThatThrownBy(() -> EmbodiedAmortisation.perPeriod(node(1, 1), NOV, OCT, List.of()))
                .hasMessageContaining("must be after its start");
        assertThatThrownBy(() -> new Reservation("r", OCT, OCT, -1)).hasMessageContaining("must be 0 or more, got -1");
    }
}
