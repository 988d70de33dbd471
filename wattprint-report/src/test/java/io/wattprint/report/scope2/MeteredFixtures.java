package io.wattprint.report.scope2;

import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.PuePeriod;
import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.TestLedger;

/**
 * Ledgers with facility meter readings (issue 16 item 3: a 1,200 kWh utility bill ignored by Scope 2 and E1-5_01).
 * Residual-mix figures are test values, not AIB data.
 *
 * <pre>
 * facility dc1, FR, PUE 1.25 (measured 2026); FR residual mix 2026 500 g/kWh (test values)
 *   fr-a   2026-03-10, IT 320 kWh × 1.25 = 400 kWh at 60 g/kWh
 *   fr-b   2026-04-14, IT 400 kWh × 1.25 = 500 kWh at 60 g/kWh
 *   INV-2026-03  utility bill March 2026 500 kWh;  INV-2026-04  utility bill April 2026 700 kWh   (1,200 kWh)
 * no facility, DE
 *   de-lab 2026-05-04, 200 kWh at 350 g/kWh (IT energy only)
 * </pre>
 */
public final class MeteredFixtures {
    private MeteredFixtures() {}

    /** dc1 and its PUE, the runs fr-a, fr-b and de-lab, the FR residual mix; no reading. */
    public static void runs(Ledger l) {
        l.facilities().addFacility(new Facility("dc1", "FR", "Paris colocation cage"));
        l.facilities().addPue(PuePeriod.of("dc1", Period.year(2026), 1.25, PuePeriod.Basis.MEASURED, 2, "BMS 2026"));
        TestLedger.run("fr-a").project("llm").start("2026-03-10T08:00:00Z").hours(10).kwh(320).pue(1.25).zone("FR", 60)
                .facility("dc1").store(l);
        TestLedger.run("fr-b").project("llm").start("2026-04-14T08:00:00Z").hours(10).kwh(400).pue(1.25).zone("FR", 60)
                .facility("dc1").store(l);
        TestLedger.run("de-lab").project("vision").start("2026-05-04T08:00:00Z").hours(5).kwh(200).zone("DE", 350).store(l);
        l.instruments().addResidualMix(new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(500), "AIB 2026 (test values)"));
    }

    /** {@link #runs} and the two utility bills of March and April 2026: 1,200 kWh. */
    public static void billed(Ledger l) {
        runs(l);
        bill(l, "dc1", "2026-03", 500, "INV-2026-03");
        bill(l, "dc1", "2026-04", 700, "INV-2026-04");
    }

    public static void bill(Ledger l, String facility, String period, double kwh, String invoice) {
        l.facilities().addReading(new MeterReading(facility, Period.parse(period), Energy.ofKilowattHours(kwh),
                MeterReading.Kind.UTILITY_BILL, invoice));
    }
}
