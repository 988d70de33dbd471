package io.wattprint.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PueTableTest {
    private final PueTable pue = ReferenceData.load().pue();

    @Test
    void latestPicksTheNewestYearOfTheProvidersOwnFigure() {
        assertThat(pue.latest("gcp")).get().satisfies(r -> {
            assertThat(r.year()).isEqualTo(2024);
            assertThat(r.pue()).isEqualTo(1.09);
        });
        assertThat(pue.latest("AWS")).get().satisfies(r -> {
            assertThat(r.year()).isEqualTo(2025);
            assertThat(r.pue()).isEqualTo(1.14);
        });
        assertThat(pue.latest("azure").orElseThrow().pue()).isEqualTo(1.18);
    }

    @Test
    void methodologyConstantsAndSurveysHaveTheirOwnScopes() {
        assertThat(pue.latest("ccf-aws").orElseThrow().pue()).isEqualTo(1.135);
        assertThat(pue.latest("ccf-on-premise").orElseThrow().pue()).isEqualTo(1.58);
        assertThat(pue.latest("industry-average").orElseThrow().pue()).isEqualTo(1.56);
        assertThat(pue.latest("nobody")).isEmpty();
    }

    @Test
    void forYearAppliesThatYearsFigureElseTheLatestEarlierElseTheEarliest() {
        // aws: 1.15 (2023), 1.15 (2024), 1.14 (2025)
        assertThat(pue.forYear("aws", 2024).orElseThrow().year()).isEqualTo(2024);
        assertThat(pue.forYear("aws", 2026).orElseThrow().pue()).isEqualTo(1.14);
        assertThat(pue.forYear("aws", 2019).orElseThrow().year()).isEqualTo(2023);
        assertThat(pue.forYear("gcp", 2024).orElseThrow().pue()).isEqualTo(1.09);
        assertThat(pue.forYear("gcp", 2023).orElseThrow().pue()).isEqualTo(1.10);
        assertThat(pue.forYear("nobody", 2024)).isEmpty();
    }
}
