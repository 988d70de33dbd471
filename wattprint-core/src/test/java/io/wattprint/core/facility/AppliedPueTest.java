package io.wattprint.core.facility;

import io.wattprint.core.model.Period;
import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.facility.FacilityWarning.Kind;
import io.wattprint.core.facility.PuePeriod.Basis;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppliedPueTest {
    private static final PuePeriod YEAR_2026 = PuePeriod.of("dc-paris", Period.year(2026), 1.3, Basis.DECLARED, null, "design");
    private static final PuePeriod OCT_2026 = PuePeriod.of("dc-paris", Period.parse("2026-10"), 1.25, Basis.MEASURED, 2, "BMS");
    private static final PuePeriod YEAR_2025 = PuePeriod.of("dc-paris", Period.year(2025), 1.4, Basis.MEASURED, 1, "report");

    @Test
    void theShortestPeriodContainingThePeriodIsChosen() {
        AppliedPue p = AppliedPue.forPeriod(Period.parse("2026-10"), List.of(YEAR_2026, OCT_2026, YEAR_2025)).orElseThrow();

        assertThat(p.pue()).isEqualTo(OCT_2026);
        assertThat(p.warnings()).extracting(FacilityWarning::kind).containsExactly(Kind.PUE_PERIOD_SHORT);
        assertThat(p.basis()).isEqualTo("facility dc-paris PUE for 2026-10, which contains 2026-10, measured, "
                + "ISO/IEC 30134-2 category 2 (PDU output) (source: BMS)");
    }

    @Test
    void anAnnualPueContainingTheMonthNeedsNoWarning() {
        AppliedPue p = AppliedPue.forPeriod(Period.parse("2026-11"), List.of(YEAR_2026, OCT_2026)).orElseThrow();

        assertThat(p.pue()).isEqualTo(YEAR_2026);
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void aPeriodOnlyPartlyCoveredTakesTheLargestOverlapAndSaysSo() {
        AppliedPue p = AppliedPue.forPeriod(Period.parse("2025-12-01..2026-03-01"), List.of(YEAR_2026, YEAR_2025)).orElseThrow();

        assertThat(p.pue()).isEqualTo(YEAR_2026);   // 59 days of 2026 against 31 of 2025
        assertThat(p.warnings()).extracting(FacilityWarning::message).containsExactly("the PUE of facility dc-paris for 2026 "
                + "covers only 65.56 % of 2025-12-01..2026-03-01; it is applied to the whole period");
    }

    @Test
    void aPeriodWithoutPueTakesTheLatestEarlierOneAndSaysSo() {
        AppliedPue p = AppliedPue.forPeriod(Period.parse("2027-03"), List.of(YEAR_2025, YEAR_2026)).orElseThrow();

        assertThat(p.pue()).isEqualTo(YEAR_2026);
        assertThat(p.warnings()).extracting(FacilityWarning::message).containsExactly("facility dc-paris has no PUE for "
                + "2027-03: its PUE for 2026, applied to 2027-03 (the latest PUE on record before it)");
        assertThat(AppliedPue.forPeriod(Period.parse("2027-03"), List.of())).isEmpty();
    }

    @Test
    void anInstantTakesThePeriodContainingIt() {
        AppliedPue p = AppliedPue.forInstant(Instant.parse("2026-10-05T12:00:00Z"), List.of(YEAR_2026, OCT_2026)).orElseThrow();
        AppliedPue before = AppliedPue.forInstant(Instant.parse("2024-06-01T00:00:00Z"), List.of(YEAR_2026, YEAR_2025)).orElseThrow();

        assertThat(p.pue()).isEqualTo(OCT_2026);
        assertThat(before.pue()).isEqualTo(YEAR_2025);
        assertThat(before.basis()).isEqualTo("facility dc-paris PUE for 2025, applied to 2024-06-01T00:00:00Z (the earliest "
                + "PUE on record), measured, ISO/IEC 30134-2 category 1 (UPS output) (source: report)");
    }
}
