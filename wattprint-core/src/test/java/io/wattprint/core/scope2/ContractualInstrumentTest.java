package io.wattprint.core.scope2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bad instrument input is refused with a message naming the instrument and the field. */
class ContractualInstrumentTest {
    static final Instant H = Instant.parse("2026-03-01T10:00:00Z");

    private static ContractualInstrument.Builder valid() {
        return ContractualInstrument.builder("GO-17", InstrumentType.GO).megawattHours(600).vintageYear(2026).zone("FR");
    }

    @Test
    void aValidInstrumentDefaultsToItsZoneAsMarketAndARateOfZero() {
        ContractualInstrument i = valid().build();

        assertThat(i.market()).isEqualTo(MarketBoundary.zone("FR"));
        assertThat(i.rate()).isEqualTo(CarbonIntensity.ofGramsPerKwh(0));
        assertThat(i.energy().megawattHours()).isEqualTo(600.0);
        assertThat(i.vintageLabel()).isEqualTo("2026");
        assertThat(i.describe()).isEqualTo("GO GO-17: 600 MWh, vintage 2026, market FR, rate 0.000 gCO2e/kWh");
    }

    @Test
    void zeroMwhIsRefused() {
        assertThatThrownBy(() -> valid().megawattHours(0)).hasMessage("instrument GO-17: mwh must be greater than 0, got 0");
    }

    @Test
    void negativeMwhIsRefused() {
        assertThatThrownBy(() -> valid().megawattHours(-5)).hasMessage("instrument GO-17: mwh must be greater than 0, got -5");
    }

    @Test
    void zeroEnergyGivenAsAQuantityIsRefused() {
        assertThatThrownBy(() -> valid().energy(Energy.ZERO).build()).hasMessage("instrument GO-17: mwh must be greater than 0, got 0");
    }

    @Test
    void aNegativeRateIsRefused() {
        assertThatThrownBy(() -> valid().rateGramsPerKwh(-1))
                .hasMessage("instrument GO-17: rate must be 0 gCO2e/kWh or more, got -1");
    }

    @Test
    void anEmptyVintageIsRefused() {
        assertThatThrownBy(() -> valid().vintage(H, H).build())
                .hasMessage("instrument GO-17: vintage is empty (from 2026-03-01T10:00:00Z is not before to 2026-03-01T10:00:00Z)");
    }

    @Test
    void aMissingVintageIsRefused() {
        assertThatThrownBy(() -> ContractualInstrument.builder("GO-17", InstrumentType.GO).megawattHours(1).zone("FR").build())
                .hasMessage("instrument GO-17: vintage is required");
    }

    @Test
    void aMissingZoneIsRefused() {
        assertThatThrownBy(() -> valid().zone(" ").build()).hasMessage("instrument GO-17: zone is required");
    }

    @Test
    void aMarketThatDoesNotContainTheInstrumentsZoneIsRefused() {
        assertThatThrownBy(() -> valid().market(MarketBoundary.of(Set.of("DE", "NL"))).build())
                .hasMessage("instrument GO-17: market DE,NL does not contain the instrument's own zone FR");
    }

    @Test
    void anHourlyProfileMustSumToTheMwh() {
        HourlyProfile p = HourlyProfile.of(Map.of(H, Energy.ofMegawattHours(300), H.plusSeconds(3600), Energy.ofMegawattHours(290)));

        assertThatThrownBy(() -> valid().hourly(p).build())
                .hasMessage("instrument GO-17: hourly profile sums to 590 MWh, not the 600 MWh given");
    }

    @Test
    void anHourlyProfileThatSumsToTheMwhIsAccepted() {
        HourlyProfile p = HourlyProfile.of(Map.of(H, Energy.ofMegawattHours(300), H.plusSeconds(3600), Energy.ofMegawattHours(300)));

        assertThat(valid().hourly(p).build().hourly().total().megawattHours()).isEqualTo(600.0);
    }

    @Test
    void anHourlyProfileHourOutsideTheVintageIsRefused() {
        Instant h2025 = Instant.parse("2025-12-31T23:00:00Z");
        HourlyProfile p = HourlyProfile.of(Map.of(h2025, Energy.ofMegawattHours(600)));

        assertThatThrownBy(() -> valid().hourly(p).build()).hasMessage("instrument GO-17: hourly profile hour 2025-12-31T23:00:00Z "
                + "lies outside 2026-01-01T00:00:00Z..2027-01-01T00:00:00Z");
    }

    @Test
    void anHourlyProfileKeyNotOnAWholeHourIsRefused() {
        assertThatThrownBy(() -> HourlyProfile.of(Map.of(H.plusSeconds(60), Energy.ofMegawattHours(1))))
                .hasMessage("hour 2026-03-01T10:01:00Z does not start on a whole UTC hour");
    }

    @Test
    void typesParseFromTheirLabels() {
        assertThat(InstrumentType.parse("i-rec")).isEqualTo(InstrumentType.I_REC);
        assertThat(InstrumentType.parse("supplier-rate")).isEqualTo(InstrumentType.SUPPLIER_RATE);
        assertThat(InstrumentType.parse("GO").level()).isEqualTo(Hierarchy.EAC);
        assertThat(InstrumentType.PPA.level()).isEqualTo(Hierarchy.CONTRACT);
        assertThatThrownBy(() -> InstrumentType.parse("carbon-offset"))
                .hasMessage("unknown instrument type 'carbon-offset' (expected REC, GO, I-REC, PPA or SUPPLIER-RATE)");
    }

    @Test
    void aResidualMixNeedsASource() {
        assertThatThrownBy(() -> new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(550), " "))
                .hasMessage("residual mix FR 2026: source is required (who published the factor)");
    }

    @Test
    void aConsumptionHourlyProfileMustSumToItsEnergy() {
        HourlyProfile p = HourlyProfile.of(Map.of(H, Energy.ofMegawattHours(1)));
        assertThatThrownBy(() -> new ConsumptionLine("FR", "FR", MarketBasedScope2Test.Y2026, MarketBasedScope2Test.Y2027,
                Energy.ofMegawattHours(2), CarbonIntensity.ofGramsPerKwh(1), "E", p))
                .hasMessage("consumption FR: hourly profile sums to 1 MWh, not the 2 MWh given");
    }

    @Test
    void negativeVintageSlackIsRefused() {
        assertThatThrownBy(() -> Scope2Rules.calendarYear(2026, null).withVintageSlack(-1, 0))
                .hasMessage("vintage months before the period must be 0 or more, got -1");
    }
}
