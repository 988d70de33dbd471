package io.wattprint.report.weekly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IsoWeekTest {
    @Test
    void weekRunsFromMondayMidnightUtcToTheNextMonday() {
        IsoWeek w = IsoWeek.parse("2026-W47");
        assertThat(w.start()).isEqualTo(Instant.parse("2026-11-16T00:00:00Z"));
        assertThat(w.end()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(w.contains(Instant.parse("2026-11-22T23:59:59Z"))).isTrue();
        assertThat(w.contains(Instant.parse("2026-11-23T00:00:00Z"))).isFalse();
        assertThat(w).hasToString("2026-W47");
    }

    @Test
    void firstWeekHoldsTheFirstThursdaySoItMayStartInDecember() {
        // 2026-01-01 is a Thursday: week 1 of 2026 starts Monday 2025-12-29.
        assertThat(IsoWeek.parse("2026-W01").start()).isEqualTo(Instant.parse("2025-12-29T00:00:00Z"));
        // 2027-01-01 is a Friday: it belongs to the 53rd week of 2026.
        assertThat(IsoWeek.of(Instant.parse("2027-01-01T12:00:00Z"))).isEqualTo(new IsoWeek(2026, 53));
    }

    @Test
    void yearsHave52Or53Weeks() {
        assertThat(IsoWeek.weeksIn(2026)).isEqualTo(53);
        assertThat(IsoWeek.weeksIn(2025)).isEqualTo(52);
        assertThat(IsoWeek.parse("2026-W53").end()).isEqualTo(Instant.parse("2027-01-04T00:00:00Z"));
    }

    @Test
    void lastCompleteWeekIsTheOneBeforeTheCurrentOne() {
        assertThat(IsoWeek.lastCompleteBefore(Instant.parse("2026-11-24T09:00:00Z"))).hasToString("2026-W47");
        // On Monday 00:00 the week before has just ended: it is complete.
        assertThat(IsoWeek.lastCompleteBefore(Instant.parse("2026-11-23T00:00:00Z"))).hasToString("2026-W47");
        assertThat(IsoWeek.lastCompleteBefore(Instant.parse("2027-01-05T00:00:00Z"))).hasToString("2026-W53");
    }

    @Test
    void minusCrossesYears() {
        assertThat(IsoWeek.parse("2027-W02").minus(2)).hasToString("2026-W53");
        assertThat(IsoWeek.parse("2026-W47").minus(7)).hasToString("2026-W40");
    }

    @Test
    void parseAcceptsLowerCaseAndOneDigitWeeks() {
        assertThat(IsoWeek.parse(" 2026-w7 ")).isEqualTo(new IsoWeek(2026, 7));
    }

    @Test
    void parseRefusesWeeksTheYearDoesNotHave() {
        assertThatThrownBy(() -> IsoWeek.parse("2026-W54")).hasMessage("2026 has ISO weeks 1 to 53, not 54");
        assertThatThrownBy(() -> IsoWeek.parse("2025-W53")).hasMessage("2025 has ISO weeks 1 to 52, not 53");
        assertThatThrownBy(() -> IsoWeek.parse("2026-W00")).hasMessage("2026 has ISO weeks 1 to 53, not 0");
    }

    @Test
    void parseRefusesOtherShapes() {
        for (String bad : new String[] {"47", "2026-47", "2026W47", "W47", "2026-W47-1", ""}) {
            assertThatThrownBy(() -> IsoWeek.parse(bad)).as(bad)
                    .hasMessage("'" + bad + "' is not an ISO week such as 2026-W47");
        }
    }
}
