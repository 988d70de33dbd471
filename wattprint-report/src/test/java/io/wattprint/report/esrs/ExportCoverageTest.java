package io.wattprint.report.esrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Co2e;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link ExportCoverage}: which months of 2026 a provider's figures cover whole, for every account (METHODOLOGY §12.4). */
class ExportCoverageTest {
    static CloudEmission gcp(String billing, Period p) {
        return new CloudEmission("gcp", "12", billing, null, "ml-training", "Compute Engine", "europe-west4", "europe-west4",
                p, 3, null, Co2e.ofKilograms(2), "gcp-carbon");
    }

    static Period between(String from, String to) { return new Period(Instant.parse(from), Instant.parse(to)); }

    static List<Integer> covered(ExportCoverage c) { return IntStream.rangeClosed(1, 12).filter(c::covers).boxed().toList(); }

    @Test
    void noFiguresCoverNoMonth() {
        assertThat(covered(ExportCoverage.of(2026, List.of()))).isEmpty();
    }

    @Test
    void aBillingAccountStandsForTheAccountWhenTheExportHasNone() {
        CloudEmission e = gcp("01A2B3-C4D5E6", Period.month(YearMonth.of(2026, 9)));
        assertThat(ExportCoverage.account(e)).isEqualTo("01A2B3-C4D5E6");
        ExportCoverage c = ExportCoverage.of(2026, List.of(e));
        assertThat(covered(c)).containsExactly(9);
        assertThat(c.used()).containsExactly(e);
        assertThat(c.leftOut()).isEmpty();
    }

    @Test
    void aMonthShortOfOneSecondIsNotCoveredAndItsFigureIsLeftOut() {
        CloudEmission e = gcp("b", between("2026-09-01T00:00:00Z", "2026-09-30T23:59:59Z"));
        ExportCoverage c = ExportCoverage.of(2026, List.of(e));
        assertThat(covered(c)).isEmpty();
        assertThat(c.leftOut()).containsExactly(e);
        assertThat(c.partialMonths()).containsOnlyKeys(9);
        assertThat(c.partialMonths().get(9)).containsExactly("b");
    }

    @Test
    void aGapBetweenTwoFiguresLeavesTheMonthOpen() {
        List<CloudEmission> rows = List.of(gcp("b", between("2026-09-01T00:00:00Z", "2026-09-15T00:00:00Z")),
                gcp("b", between("2026-09-16T00:00:00Z", "2026-10-01T00:00:00Z")));
        ExportCoverage c = ExportCoverage.of(2026, rows);
        assertThat(covered(c)).isEmpty();
        assertThat(c.leftOut()).hasSize(2);
    }

    @Test
    void aFigureOverTwoMonthsIsUsedOnlyWhenBothAreCovered() {
        CloudEmission two = gcp("b", between("2026-09-01T00:00:00Z", "2026-11-01T00:00:00Z"));
        CloudEmission partOfNovember = gcp("b", between("2026-10-15T00:00:00Z", "2026-11-10T00:00:00Z"));
        assertThat(covered(ExportCoverage.of(2026, List.of(two)))).containsExactly(9, 10);
        // the second reaches into November, which nothing covers whole: it is left out, and September and October
        // rest on the first alone
        ExportCoverage c = ExportCoverage.of(2026, List.of(two, partOfNovember));
        assertThat(covered(c)).containsExactly(9, 10);
        assertThat(c.used()).containsExactly(two);
        assertThat(c.leftOut()).containsExactly(partOfNovember);
        assertThat(c.partialMonths()).containsOnlyKeys(11);
    }
}
