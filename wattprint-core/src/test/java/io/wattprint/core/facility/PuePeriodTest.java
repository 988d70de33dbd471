package io.wattprint.core.facility;

import io.wattprint.core.model.Period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.facility.PuePeriod.Basis;
import io.wattprint.core.quantity.Pue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PuePeriodTest {
    private static final Period YEAR = Period.year(2026);

    @ParameterizedTest
    @ValueSource(doubles = {0.95, 0.0, -1.2, 5.5, Double.NaN})
    void aPueOutsideOneToFiveIsAnErrorNamingTheFacilityAndThePeriod(double value) {
        assertThatThrownBy(() -> PuePeriod.of("dc-paris", YEAR, value, Basis.DECLARED, null, "contract"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PUE of facility dc-paris for 2026 must be between 1.0 and 5.0 (total facility energy / "
                        + "IT equipment energy, ISO/IEC 30134-2), got " + value);
    }

    @Test
    void aMeasuredPueNamesItsCategoryAndADeclaredOneDoesNot() {
        assertThatThrownBy(() -> PuePeriod.of("dc-paris", YEAR, 1.3, Basis.MEASURED, null, "BMS"))
                .hasMessage("PUE of facility dc-paris for 2026 is measured but names no ISO/IEC 30134-2 category "
                        + "(1 UPS output, 2 PDU output, 3 IT equipment input)");
        assertThatThrownBy(() -> PuePeriod.of("dc-paris", YEAR, 1.3, Basis.DECLARED, 2, "BMS"))
                .hasMessage("PUE of facility dc-paris for 2026 is declared: a measurement category applies to a measured PUE only");
        assertThatThrownBy(() -> PuePeriod.of("dc-paris", YEAR, 1.3, Basis.MEASURED, 4, "BMS"))
                .hasMessage("PUE of facility dc-paris for 2026 has category 4 (expected 1 UPS output, 2 PDU output or "
                        + "3 IT equipment input)");
        assertThatThrownBy(() -> PuePeriod.of("dc-paris", YEAR, 1.3, Basis.DECLARED, null, " "))
                .hasMessage("PUE of facility dc-paris for 2026 has no source");
    }

    @Test
    void aPeriodShorterThanTwelveMonthsGetsANamedWarning() {
        PuePeriod october = PuePeriod.of("dc-paris", Period.parse("2026-10"), 1.25, Basis.MEASURED, 2, "BMS export");

        assertThat(october.shortPeriodWarning()).hasValueSatisfying(w -> {
            assertThat(w.kind()).isEqualTo(FacilityWarning.Kind.PUE_PERIOD_SHORT);
            assertThat(w.kind().code()).isEqualTo("pue-period-short");
            assertThat(w.message()).isEqualTo("PUE 1.250 of facility dc-paris is for 2026-10, shorter than the 12 months "
                    + "over which ISO/IEC 30134-2 defines PUE: a shorter period follows the season and the load");
        });
        assertThat(PuePeriod.of("dc-paris", YEAR, 1.25, Basis.DECLARED, null, "x").shortPeriodWarning()).isEmpty();
    }

    @Test
    void citationNamesFacilityPeriodValueCategoryAndSource() {
        PuePeriod p = PuePeriod.of("dc-paris", YEAR, 1.3, Basis.MEASURED, 2, "2026 BMS annual report");

        assertThat(p.pue()).isEqualTo(Pue.of(1.3));
        assertThat(p.citation()).isEqualTo("facility dc-paris PUE 1.300 for 2026, measured, ISO/IEC 30134-2 category 2 "
                + "(PDU output), source: 2026 BMS annual report");
        assertThat(PuePeriod.of("dc-paris", YEAR, 1.4, Basis.DECLARED, null, "design").how()).isEqualTo("declared");
    }

    @Test
    void aFacilityNameIsCheckedToo() {
        assertThatThrownBy(() -> PuePeriod.of("dc paris", YEAR, 1.3, Basis.DECLARED, null, "x"))
                .hasMessageStartingWith("'dc paris' is not a facility name");
    }
}
