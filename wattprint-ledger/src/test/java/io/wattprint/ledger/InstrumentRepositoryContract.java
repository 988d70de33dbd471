package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.HourlyProfile;
import io.wattprint.core.scope2.InstrumentType;
import io.wattprint.core.scope2.MarketBoundary;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.ledger.InstrumentRepository.Outcome;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Instruments and residual mixes on every ledger database: the same cases on SQLite and PostgreSQL. */
abstract class InstrumentRepositoryContract {
    protected Ledger ledger;
    protected InstrumentRepository instruments;

    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeEach
    void openLedger() throws Exception {
        ledger = Ledger.open(freshLedgerSpec());
        instruments = ledger.instruments();
    }

    @AfterEach
    void closeLedger() {
        if (ledger != null) ledger.close();
    }

    static ContractualInstrument go17() {
        return ContractualInstrument.builder("GO-17", InstrumentType.GO).megawattHours(600).vintageYear(2026).zone("FR")
                .retiredFor("ACME").registry("EECS FR-2026-000017").build();
    }

    static ContractualInstrument hourlyPpa() {
        Instant h = Instant.parse("2026-06-01T10:00:00Z");
        return ContractualInstrument.builder("PPA-1", InstrumentType.PPA).energy(Energy.ofMegawattHours(3))
                .vintageYear(2026).zone("DE").market(new MarketBoundary("EU-AIB", Set.of("DE", "FR", "NL")))
                .rateGramsPerKwh(12.5).retiredFor("ACME")
                .hourly(HourlyProfile.of(Map.of(h, Energy.ofMegawattHours(1), h.plusSeconds(3600), Energy.ofMegawattHours(2))))
                .build();
    }

    private long count(String sql) throws Exception {
        try (Statement s = ledger.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anInstrumentIsStoredWithEveryField() {
        assertThat(instruments.add(go17())).isEqualTo(Outcome.ADDED);
        assertThat(instruments.add(hourlyPpa())).isEqualTo(Outcome.ADDED);

        assertThat(instruments.find("GO-17")).contains(go17());
        assertThat(instruments.find("PPA-1")).contains(hourlyPpa());
        assertThat(instruments.find("nope")).isEmpty();
        assertThat(instruments.list()).containsExactly(go17(), hourlyPpa());
    }

    @Test
    void reAddingTheSameInstrumentChangesNothing() throws Exception {
        instruments.add(hourlyPpa());

        assertThat(instruments.add(hourlyPpa())).isEqualTo(Outcome.ALREADY_RECORDED);

        assertThat(count("SELECT COUNT(*) FROM instruments")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM instrument_hours")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM instrument_market_zones")).isEqualTo(3);
    }

    @Test
    void otherValuesUnderAStoredIdAreRefusedAndTheStoredRecordStands() {
        instruments.add(go17());
        ContractualInstrument changed = ContractualInstrument.builder("GO-17", InstrumentType.GO).megawattHours(500)
                .vintageYear(2026).zone("FR").retiredFor("ACME").registry("EECS FR-2026-000017").build();

        assertThat(instruments.add(changed)).isEqualTo(Outcome.CONFLICT);

        assertThat(instruments.find("GO-17")).contains(go17());
    }

    @Test
    void instrumentsAreListedInByteOrderOfTheirIds() {
        for (String id : new String[] {"b-1", "B-2", "a-3", "A-4"}) {
            instruments.add(ContractualInstrument.builder(id, InstrumentType.REC).megawattHours(1).vintageYear(2026).zone("US")
                    .retiredFor("ACME").build());
        }

        assertThat(instruments.list()).extracting(ContractualInstrument::id).containsExactly("A-4", "B-2", "a-3", "b-1");
    }

    @Test
    void residualMixesAreKeptInTheOrderRecordedAndReAddingOneIsANoOp() throws Exception {
        ResidualMix fr = new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(550), "AIB 2026");
        ResidualMix corrected = new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(560), "AIB 2026 v1.1");
        ResidualMix de = new ResidualMix("DE", 2026, CarbonIntensity.ofGramsPerKwh(700), "AIB 2026");

        assertThat(instruments.addResidualMix(fr)).isEqualTo(Outcome.ADDED);
        assertThat(instruments.addResidualMix(de)).isEqualTo(Outcome.ADDED);
        assertThat(instruments.addResidualMix(corrected)).isEqualTo(Outcome.ADDED);
        assertThat(instruments.addResidualMix(fr)).isEqualTo(Outcome.ALREADY_RECORDED);

        assertThat(instruments.residualMixes()).containsExactly(fr, de, corrected);
        assertThat(count("SELECT COUNT(*) FROM residual_mixes")).isEqualTo(3);
    }

    /** Issue 16 item 5: a residual mix's renewable/nuclear/fossil composition is stored and read back; none stays none. */
    @Test
    void aResidualMixsCompositionIsStoredAndADifferentOneForTheSameKeyIsRefused() {
        ResidualMix fr = new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(550), "AIB 2026",
                new ResidualMix.Composition(5, 60, 35));
        ResidualMix nl = new ResidualMix("NL", 2025, CarbonIntensity.ofGramsPerKwh(500), "AIB 2025");

        assertThat(instruments.addResidualMix(fr)).isEqualTo(Outcome.ADDED);
        assertThat(instruments.addResidualMix(nl)).isEqualTo(Outcome.ADDED);
        assertThat(instruments.addResidualMix(fr)).isEqualTo(Outcome.ALREADY_RECORDED);
        assertThat(instruments.addResidualMix(new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(550), "AIB 2026",
                new ResidualMix.Composition(6, 60, 34)))).isEqualTo(Outcome.CONFLICT);

        assertThat(instruments.residualMixes()).containsExactly(fr, nl);
        assertThat(instruments.residualMixes().get(1).composition()).isNull();
    }

    @Test
    void anotherValueForAStoredZoneYearAndSourceIsRefused() {
        instruments.addResidualMix(new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(550), "AIB 2026"));

        assertThat(instruments.addResidualMix(new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(551), "AIB 2026")))
                .isEqualTo(Outcome.CONFLICT);
        assertThat(instruments.residualMixes()).extracting(m -> m.intensity().gramsPerKwh()).containsExactly(550.0);
    }
}
