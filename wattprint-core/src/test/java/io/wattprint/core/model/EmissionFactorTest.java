package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.quantity.CarbonIntensity;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmissionFactorTest {
    private static final CarbonIntensity CI = CarbonIntensity.ofGramsPerKwh(56);

    private static EmissionFactor fr2023() {
        return EmissionFactor.annual("FR", CI, 2023, Basis.AVERAGE, Boundary.LIFECYCLE, "Ember", "yearly-2024", "CC BY 4.0");
    }

    @Test
    void annualFactorIsValidForTheUtcCalendarYear() {
        EmissionFactor f = fr2023();
        assertThat(f.validFrom()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(f.validTo()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(f.year()).isEqualTo(2023);
    }

    @ParameterizedTest(name = "{0} covered: {1}")
    @CsvSource({
            "2022-12-31T23:59:59.999Z, false",
            "2023-01-01T00:00:00Z,     true",
            "2023-07-01T12:00:00Z,     true",
            "2023-12-31T23:59:59.999Z, true",
            "2024-01-01T00:00:00Z,     false",
    })
    void coversIsHalfOpen(String at, boolean covered) {
        assertThat(fr2023().covers(Instant.parse(at))).isEqualTo(covered);
    }

    @Test
    void citationNamesValueZoneYearBasisBoundarySourceDatasetAndLicence() {
        assertThat(fr2023().citation()).isEqualTo(
                "56.000 gCO2e/kWh for FR, 2023 (average, lifecycle), source: Ember, dataset yearly-2024, licence CC BY 4.0");
    }

    @Test
    void citationLeavesOutMissingDatasetAndLicence() {
        EmissionFactor f = EmissionFactor.annual("US-CAL-CISO", CarbonIntensity.ofPoundsPerMwh(1000), 2022,
                Basis.MARGINAL, Boundary.DIRECT, "EPA eGRID", null, null);
        assertThat(f.citation()).isEqualTo("453.592 gCO2e/kWh for US-CAL-CISO, 2022 (marginal, direct), source: EPA eGRID");
    }

    @Test
    void emptyValidityIsRejected() {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        assertThatThrownBy(() -> new EmissionFactor("DE", CI, t, t, Basis.AVERAGE, Boundary.LIFECYCLE, "s", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("factor for DE has an empty validity 2024-01-01T00:00:00Z..2024-01-01T00:00:00Z");
        assertThatThrownBy(() -> new EmissionFactor("DE", CI, t, t.minusSeconds(1), Basis.AVERAGE, Boundary.LIFECYCLE, "s", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankOrMissingSourceIsRejected() {
        assertThatThrownBy(() -> EmissionFactor.annual("DE", CI, 2023, Basis.AVERAGE, Boundary.LIFECYCLE, " ", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("factor for DE has no source");
        assertThatThrownBy(() -> EmissionFactor.annual("DE", CI, 2023, Basis.AVERAGE, Boundary.LIFECYCLE, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
    }
}
