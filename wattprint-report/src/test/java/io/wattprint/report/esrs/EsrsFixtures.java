package io.wattprint.report.esrs;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.InstrumentType;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.TestLedger;
import java.time.YearMonth;
import java.util.List;

/**
 * The fixed portfolio of the Scope 2 and ESRS report tests (DOMAIN.md §2's dual-reporting example in a facility):
 *
 * <pre>
 * 2026  own-1   facility dc1, FR, 1,000,000 kWh at 400 g/kWh   (location 400 t)
 *       own-2   no facility,  DE,   200,000 kWh at 350 g/kWh   (location  70 t; no DE residual mix → grid average)
 *       cloud-1 aws:eu-west-3 (FR), 10,000 kWh at 56 g/kWh     (0.56 t, Scope 3 cat. 1 estimate)
 *       GO-17   600 MWh FR, vintage 2026, rate 0, retired for ACME; residual mix FR 2026 550 g/kWh (AIB 2026)
 * 2025  own-0   facility dc1, FR,   500,000 kWh at 400 g/kWh   (location 200 t; residual mix 2026 → 275 t market)
 * </pre>
 */
public final class EsrsFixtures {
    private EsrsFixtures() {}

    public static void portfolio(Ledger l) {
        TestLedger.run("own-1").project("llm").start("2026-03-02T08:00:00Z").kwh(1_000_000).zone("FR", 400).facility("dc1").store(l);
        TestLedger.run("own-2").project("vision").start("2026-05-04T08:00:00Z").kwh(200_000).zone("DE", 350).store(l);
        TestLedger.run("cloud-1").project("llm").start("2026-06-01T08:00:00Z").kwh(10_000).zone("FR", 56).cloud("aws:eu-west-3")
                .store(l);
        TestLedger.run("own-0").project("llm").start("2025-03-02T08:00:00Z").kwh(500_000).zone("FR", 400).facility("dc1").store(l);
        l.instruments().add(ContractualInstrument.builder("GO-17", InstrumentType.GO).megawattHours(600).vintageYear(2026).zone("FR")
                .retiredFor("ACME").registry("EECS FR-2026-17").build());
        l.instruments().addResidualMix(new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(550), "AIB 2026"));
    }

    /**
     * A ledger an auditor would look at (issue 16): runs in three zones, two facilities with a PUE and a lab machine
     * without one, a GO and a PPA, residual mixes of the same year, of an earlier year and of a later year only, one
     * with its composition. Residual-mix figures are test values, not AIB data.
     *
     * <pre>
     * 2026  fr-train  facility dc1, FR, IT 800,000 kWh × PUE 1.25 = 1,000 MWh at 400 g/kWh   location 400 t
     *       nl-serve  facility dc2, NL, IT  80,000 kWh × PUE 1.25 =   100 MWh at 300 g/kWh   location  30 t
     *       de-lab    no facility, DE, 200,000 kWh IT energy only (no PUE known) = 200 MWh at 350   location  70 t
     *       cloud-x   aws:eu-west-3 (FR), 10,000 kWh at 56 g/kWh: Scope 3 category 1, not own operations
     *       GO-17     600 MWh FR, vintage 2026, rate 0, retired for ACME
     *       PPA-9      50 MWh NL, vintage 2026, rate 0, retired for ACME
     *       residual mixes: FR 2026 550 g/kWh, renewable 5 / nuclear 60 / fossil 35 %  (same year)
     *                       NL 2025 500 g/kWh, renewable 10 / nuclear 5 / fossil 85 %  (no NL 2026: the earlier year)
     *                       DE 2027 600 g/kWh, no composition                        (later: never used → grid average)
     * market-based: FR 600 × 0 + 400 × 0.550 = 220 t; NL 50 × 0 + 50 × 0.500 = 25 t; DE 200 × 0.350 (grid) = 70 t
     * </pre>
     * With {@link #disclosureMix()}: DE 2026 grid mix fossil 75 / nuclear 5 / renewable 20 % (the fallback where no
     * residual mix applies), FR 2026 grid mix 10 / 70 / 20 % (must not be used for FR's uncovered MWh).
     */
    public static void disclosure(Ledger l) {
        TestLedger.run("fr-train").project("llm").start("2026-03-02T08:00:00Z").kwh(800_000).pue(1.25).zone("FR", 400)
                .facility("dc1").store(l);
        TestLedger.run("nl-serve").project("chat").start("2026-04-06T08:00:00Z").kwh(80_000).pue(1.25).zone("NL", 300)
                .facility("dc2").store(l);
        TestLedger.run("de-lab").project("vision").start("2026-05-04T08:00:00Z").kwh(200_000).zone("DE", 350).store(l);
        TestLedger.run("cloud-x").project("llm").start("2026-06-01T08:00:00Z").kwh(10_000).zone("FR", 56).cloud("aws:eu-west-3")
                .store(l);
        l.instruments().add(ContractualInstrument.builder("GO-17", InstrumentType.GO).megawattHours(600).vintageYear(2026).zone("FR")
                .retiredFor("ACME").registry("EECS FR-2026-17").build());
        l.instruments().add(ContractualInstrument.builder("PPA-9", InstrumentType.PPA).megawattHours(50).vintageYear(2026).zone("NL")
                .retiredFor("ACME").build());
        l.instruments().addResidualMix(new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(550), "AIB 2026 (test values)",
                new ResidualMix.Composition(5, 60, 35)));
        l.instruments().addResidualMix(new ResidualMix("NL", 2025, CarbonIntensity.ofGramsPerKwh(500), "AIB 2025 (test values)",
                new ResidualMix.Composition(10, 5, 85)));
        l.instruments().addResidualMix(new ResidualMix("DE", 2027, CarbonIntensity.ofGramsPerKwh(600), "AIB 2027 (test values)"));
    }

    /** The grid-average generation mixes of {@link #disclosure}'s --energy-mix file. */
    public static EnergyMix disclosureMix() {
        return EnergyMix.parse(List.of(EnergyMix.HEADER, "FR,2026,10,70,20,RTE 2026", "DE,2026,75,5,20,Fraunhofer 2026"),
                "mix.csv");
    }

    /** AWS figures for 2026: scope 1 10 kg, scope 2 300 kg location / 100 kg market, scope 3 50 kg (June). */
    public static void awsReported(Ledger l) {
        Period june = Period.month(YearMonth.of(2026, 6));
        l.cloudEmissions().add(List.of(
                aws(june, 1, null, 10_000), aws(june, 2, CloudEmission.Method.LOCATION, 300_000),
                aws(june, 2, CloudEmission.Method.MARKET, 100_000), aws(june, 3, null, 50_000)), "imp-1");
    }

    private static CloudEmission aws(Period p, Integer scope, CloudEmission.Method m, double grams) {
        return new CloudEmission("aws", "v3.0.0", "111111111111", "222222222222", null, "AmazonEC2", "eu-west-3", "France", p,
                scope, m, Co2e.ofGrams(grams), "aws-carbon");
    }

    public static EnergyMix mix() {
        return EnergyMix.parse(List.of(EnergyMix.HEADER, "FR,2026,10,70,20,RTE 2026", "FR,2025,10,65,25,RTE 2025"), "mix.csv");
    }
}
