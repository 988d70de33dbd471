package io.wattprint.core.scope2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.quantity.CarbonIntensity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one residual-mix year rule (issue 16 item 6): same year, else the latest earlier one, never a later one. */
class ResidualMixYearsTest {
    private static ResidualMix mix(String zone, int year, double g) {
        return new ResidualMix(zone, year, CarbonIntensity.ofGramsPerKwh(g), "AIB " + year);
    }

    private static final ResidualMixYears MIXES = new ResidualMixYears(List.of(mix("FR", 2023, 500), mix("FR", 2025, 520),
            mix("FR", 2027, 540), mix("DE", 2028, 600)));

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(nullValues = "none", textBlock = """
            # zone, consumption year, mix year used, how
            FR, 2025, 2025, same year
            FR, 2026, 2025, latest earlier year (no 2026 mix published)
            FR, 2024, 2023, latest earlier year (no 2024 mix published)
            FR, 2030, 2027, latest earlier year (no 2030 mix published)
            FR, 2022, none, none for 2022 or an earlier year (the 2023 mix is later: not used); grid average used
            DE, 2026, none, none for 2026 or an earlier year (the 2028 mix is later: not used); grid average used
            NL, 2026, none, none for 2026 or an earlier year; grid average used
            """)
    void theSameYearElseTheLatestEarlierYearNeverALaterOne(String zone, int year, Integer used, String how) {
        ResidualMixYears.Choice c = MIXES.choose(zone, year);
        assertThat(c.mixYear()).isEqualTo(used);
        assertThat(c.how()).isEqualTo(how);
        assertThat(c.sameYear()).isEqualTo(used != null && used == year);
    }

    @Test
    void aLaterEntryForTheSameZoneAndYearReplacesTheEarlierAndIsCounted() {
        ResidualMix corrected = new ResidualMix("FR", 2025, CarbonIntensity.ofGramsPerKwh(530), "AIB 2025 v1.1");
        ResidualMixYears.Choice c = new ResidualMixYears(List.of(mix("FR", 2025, 520), corrected)).choose("FR", 2026);
        assertThat(c.mix()).isEqualTo(corrected);
        assertThat(c.replaced()).isEqualTo(1);
    }

    @Test
    void aCompositionSplitsMwhByItsSharesAndIsRefusedWhenItDoesNotAddUpTo100() {
        ResidualMix.Composition c = new ResidualMix.Composition(5, 60, 35);
        assertThat(c.split(400)).containsExactly(20.0, 240.0, 140.0);
        assertThatThrownBy(() -> new ResidualMix.Composition(5, 60, 30)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("residual mix composition: renewable + nuclear + fossil must be 100 % (± 0.5), got 95.0");
        assertThatThrownBy(() -> new ResidualMix.Composition(-1, 61, 40)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("residual mix composition: renewable share must be 0 to 100 %, got -1.0");
        assertThatThrownBy(() -> new ResidualMix.Composition(Double.NaN, 60, 40)).isInstanceOf(IllegalArgumentException.class);
    }
}
