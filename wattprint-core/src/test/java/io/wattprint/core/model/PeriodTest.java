package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {
    @ParameterizedTest
    @CsvSource({
        "2026,                   2026-01-01T00:00:00Z, 2027-01-01T00:00:00Z, 2026",
        "2026-10,                2026-10-01T00:00:00Z, 2026-11-01T00:00:00Z, 2026-10",
        "2026-02,                2026-02-01T00:00:00Z, 2026-03-01T00:00:00Z, 2026-02",
        "2026-10-01..2026-10-15, 2026-10-01T00:00:00Z, 2026-10-15T00:00:00Z, 2026-10-01..2026-10-15",
        "2026-10-01..2026-11-01, 2026-10-01T00:00:00Z, 2026-11-01T00:00:00Z, 2026-10",
    })
    void aYearAMonthOrDatesParseToAHalfOpenUtcPeriod(String text, String from, String to, String label) {
        Period p = Period.parse(text);

        assertThat(p.from()).isEqualTo(Instant.parse(from));
        assertThat(p.to()).isEqualTo(Instant.parse(to));
        assertThat(p.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"october", "2026-13", "26", "2026-10-01..", "2026-10-32..2026-11-01", "2026/10"})
    void anythingElseIsRefusedNamingTheAcceptedForms(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a period (expected a year 2026, a month 2026-10, "
                        + "or dates 2026-10-01..2026-10-15 with the end exclusive)");
    }

    @Test
    void datesEndingBeforeTheyStartAreRefused() {
        assertThatThrownBy(() -> Period.parse("2026-10-15..2026-10-01"))
                .hasMessageContaining("a period must end after it starts");
    }

    @Test
    void aMonthAsAnEndIncludesThatMonthAndADateIsTheInstantItEnds() {
        assertThat(Period.bound("2026-01", false)).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(Period.bound("2026-12", true)).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(Period.bound("2026-11-01", true)).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThatThrownBy(() -> Period.bound("soon", true)).hasMessage("'soon' is not a month (2026-10) or a date (2026-10-01)");
    }

    @Test
    void twelveMonthsIsTheThresholdOfAnAnnualPeriod() {
        assertThat(Period.year(2026).isAtLeastTwelveMonths()).isTrue();
        assertThat(Period.parse("2026-03-01..2027-03-01").isAtLeastTwelveMonths()).isTrue();
        assertThat(Period.parse("2026-03-01..2027-02-28").isAtLeastTwelveMonths()).isFalse();
        assertThat(Period.parse("2026-10").isAtLeastTwelveMonths()).isFalse();
    }

    @Test
    void overlapAndClipAreTheCommonPart() {
        Period oct = Period.parse("2026-10");
        Period mid = Period.parse("2026-10-16..2026-11-16");

        assertThat(oct.overlap(mid)).isEqualTo(Duration.ofDays(16));
        assertThat(oct.clip(mid)).isEqualTo(Period.parse("2026-10-16..2026-11-01"));
        assertThat(oct.overlaps(Period.parse("2026-11"))).as("half-open: touching is not overlapping").isFalse();
        assertThat(oct.clip(Period.parse("2026-11"))).isNull();
        assertThat(Period.year(2026).contains(oct)).isTrue();
    }
}
