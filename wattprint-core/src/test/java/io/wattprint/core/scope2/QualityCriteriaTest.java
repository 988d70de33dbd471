package io.wattprint.core.scope2;

import static io.wattprint.core.scope2.MarketBasedScope2Test.FR_RM;
import static io.wattprint.core.scope2.MarketBasedScope2Test.fr1000;
import static io.wattprint.core.scope2.MarketBasedScope2Test.go;
import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.scope2.Scope2Warning.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each Scope 2 Quality Criterion that fails: the instrument is not applied and a warning says why. */
class QualityCriteriaTest {
    private static DualScope2 compute(Scope2Rules rules, ContractualInstrument... instruments) {
        return new MarketBasedScope2().compute(List.of(fr1000()), List.of(instruments), List.of(FR_RM), rules);
    }

    private static DualScope2 compute(ContractualInstrument... instruments) {
        return compute(Scope2Rules.calendarYear(2026, "ACME"), instruments);
    }

    private static void assertNotApplied(DualScope2 r) {
        assertThat(r.allocations()).isEmpty();
        assertThat(r.marketBased().tonnes()).isEqualTo(550.0);
        assertThat(r.surplus()).isEmpty();
    }

    @Test
    void aVintageOutsideTheReportingYearIsNotApplied() {
        DualScope2 r = compute(go("GO-17", 600).vintageYear(2023).build());

        assertNotApplied(r);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(Code.VINTAGE_OUTSIDE_WINDOW);
            assertThat(w.subject()).isEqualTo("GO-17");
            assertThat(w.message()).isEqualTo("instrument GO-17: vintage 2023 outside the 2026 reporting window; not applied");
        });
        assertThat(String.join("\n", r.marketExplanation().render()))
                .contains("note: instrument GO-17: vintage 2023 outside the 2026 reporting window; not applied");
    }

    @Test
    void aVintageOverlappingTheReportingYearByOneDayIsApplied() {
        DualScope2 r = compute(go("GO-1", 600).vintage(java.time.Instant.parse("2025-07-01T00:00:00Z"),
                java.time.Instant.parse("2026-01-02T00:00:00Z")).build());

        assertThat(r.marketBased().tonnes()).isEqualTo(220.0);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void monthsOfSlackBeforeThePeriodAdmitTheLastMonthsOfThePreviousYear() {
        ContractualInstrument late2025 = go("GO-5", 600).vintage(java.time.Instant.parse("2025-10-01T00:00:00Z"),
                java.time.Instant.parse("2026-01-01T00:00:00Z")).build();

        DualScope2 strict = compute(late2025);
        DualScope2 slack = compute(Scope2Rules.calendarYear(2026, "ACME").withVintageSlack(3, 0), late2025);

        assertThat(strict.warnings()).extracting(Scope2Warning::message)
                .containsExactly("instrument GO-5: vintage 2025-10-01..2026-01-01 outside the 2026 reporting window; not applied");
        assertThat(slack.marketBased().tonnes()).isEqualTo(220.0);
        assertThat(slack.warnings()).isEmpty();
        assertThat(Scope2Rules.calendarYear(2026, "ACME").withVintageSlack(2, 0).windowLabel())
                .isEqualTo("the reporting window 2025-11-01..2027-01-01 (2026 + 2 months before)");
    }

    @Test
    void anInstrumentWhoseMarketDoesNotContainTheConsumptionZoneIsNotApplied() {
        DualScope2 r = compute(go("GO-DE", 600).zone("DE").build());

        assertNotApplied(r);
        assertThat(r.warnings()).extracting(Scope2Warning::message)
                .containsExactly("instrument GO-DE: market DE does not contain a zone of the consumption (FR); not applied");
    }

    @Test
    void anInstrumentNotRecordedAsRetiredIsNotApplied() {
        DualScope2 r = compute(go("GO-2", 600).retiredFor(null).build());

        assertNotApplied(r);
        assertThat(r.warnings()).extracting(Scope2Warning::code, Scope2Warning::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.NOT_RETIRED,
                        "instrument GO-2: not recorded as retired or cancelled for ACME; not applied"));
    }

    @Test
    void anInstrumentRetiredForAnotherEntityIsNotApplied() {
        DualScope2 r = compute(go("GO-3", 600).retiredFor("Globex").build());

        assertNotApplied(r);
        assertThat(r.warnings()).extracting(Scope2Warning::code, Scope2Warning::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.RETIRED_FOR_ANOTHER,
                        "instrument GO-3: retired for Globex, not for the reporter ACME; not applied"));
    }

    @Test
    void withoutAReporterRetiredInstrumentsApplyAndTheUncheckedRetirementIsDisclosed() {
        DualScope2 r = compute(Scope2Rules.calendarYear(2026, null), go("GO-3", 600).retiredFor("Globex").build());

        assertThat(r.marketBased().tonnes()).isEqualTo(220.0);
        assertThat(r.warnings()).extracting(Scope2Warning::code, Scope2Warning::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.REPORTER_NOT_NAMED,
                        "no reporter named: instruments were checked to be retired, not that they were retired for the reporting entity"));
    }

    @Test
    void aSupplierRateNeedsNoRetirementRecord() {
        ContractualInstrument supplier = ContractualInstrument.builder("SUP-1", InstrumentType.SUPPLIER_RATE).megawattHours(1000)
                .vintageYear(2026).zone("FR").rateGramsPerKwh(30).build();

        DualScope2 r = compute(supplier);

        assertThat(r.marketBased().tonnes()).isCloseTo(30.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aCertificateClaimedTwiceIsAppliedOnlyOnce() {
        DualScope2 r = compute(go("GO-A", 300).registry("EECS FR-123").build(), go("GO-B", 300).registry("EECS FR-123").build());

        assertThat(r.allocations()).extracting(a -> a.instrument().id()).containsExactly("GO-A");
        assertThat(r.marketBased().tonnes()).isEqualTo(385.0); // 700 MWh × 0.550
        assertThat(r.warnings()).extracting(Scope2Warning::code, Scope2Warning::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.DUPLICATE_CERTIFICATE,
                        "instrument GO-B: certificate EECS FR-123 is already claimed by instrument GO-A; not applied"));
    }

    @Test
    void everyFailedCriterionOfOneInstrumentIsReported() {
        DualScope2 r = compute(go("GO-X", 600).vintageYear(2020).zone("DE").retiredFor(null).build());

        assertNotApplied(r);
        assertThat(r.warnings()).extracting(Scope2Warning::code)
                .containsExactly(Code.VINTAGE_OUTSIDE_WINDOW, Code.MARKET_MISMATCH, Code.NOT_RETIRED);
    }
}
