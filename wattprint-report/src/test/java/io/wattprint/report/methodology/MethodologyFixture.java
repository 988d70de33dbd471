package io.wattprint.report.methodology;

import io.wattprint.core.allocation.AllocationRule;
import io.wattprint.core.allocation.IdlePolicy;
import io.wattprint.core.embodied.HardwareRecord;
import io.wattprint.core.embodied.ResourceUnit;
import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.PuePeriod;
import io.wattprint.core.model.Period;
import io.wattprint.core.model.Phase;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.InstrumentType;
import io.wattprint.ledger.ImportRecord;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.TestLedger;
import java.time.Instant;
import java.util.Collections;

/**
 * The fixed ledger of the methodology tests: three runs in October 2026 and one in November.
 * <ul>
 *   <li>r-train: vision, training, host gpu-1, 10 kWh GPU measured (nvml) + 2 kWh CPU measured (rapl), FR at 56 g/kWh, PUE 1.2;</li>
 *   <li>r-serve: chat, inference, host cpu-1, 4 kWh estimated (tdp-utilisation), DE at 380 g/kWh, no PUE;</li>
 *   <li>r-lost: chat, inference, host cpu-1, 1 kWh measured, location unknown;</li>
 *   <li>r-nov: vision, 2026-11, 3 kWh measured, FR (outside --period 2026-10).</li>
 * </ul>
 * Facilities dc1 (FR; PUE 1.2 measured category 2 for 2026; an October reading) and dc2 (FR; nothing); instrument
 * GO-1 (FR, 5 MWh, vintage 2026) and no residual mix; hardware gpu-1; rule by-project; one ingested file.
 */
public final class MethodologyFixture {
    private MethodologyFixture() {}

    static void runs(Ledger l) {
        TestLedger.run("r-train").project("vision").phase(Phase.TRAINING).host("gpu-1").start("2026-10-05T10:00:00Z").hours(2)
                .kwh(10).cpuKwh(2).zone("FR", 56).pue(1.2).store(l);
        TestLedger.run("r-serve").project("chat").phase(Phase.INFERENCE).host("cpu-1").start("2026-10-12T10:00:00Z").hours(4)
                .kwh(4).estimated().zone("DE", 380).store(l);
        TestLedger.run("r-lost").project("chat").phase(Phase.INFERENCE).host("cpu-1").start("2026-10-20T10:00:00Z").hours(1)
                .kwh(1).unknownLocation().store(l);
        TestLedger.run("r-nov").project("vision").phase(Phase.TRAINING).host("gpu-1").start("2026-11-02T10:00:00Z").hours(1)
                .kwh(3).zone("FR", 56).store(l);
    }

    static void facilities(Ledger l) {
        l.facilities().addFacility(new Facility("dc1", "FR", "Paris"));
        l.facilities().addFacility(new Facility("dc2", "FR", "Lyon"));
        l.facilities().addPue(PuePeriod.of("dc1", Period.year(2026), 1.2, PuePeriod.Basis.MEASURED, 2, "BMS 2026"));
        l.facilities().addReading(new MeterReading("dc1", Period.parse("2026-10"), Energy.ofKilowattHours(9000),
                MeterReading.Kind.UTILITY_BILL, "EDF invoice 2026-10"));
    }

    static void instruments(Ledger l) {
        l.instruments().add(ContractualInstrument.builder("GO-1", InstrumentType.GO).megawattHours(5).vintageYear(2026).zone("FR")
                .rateGramsPerKwh(0).retiredFor("ACME").build());
    }

    static void hardwareRulesImports(Ledger l) {
        l.hardware().add(new HardwareRecord("gpu-1", "HGX H100", Co2e.ofKilograms(1200), "NVIDIA PCF 2023", 4, 8, ResourceUnit.GPU,
                Instant.parse("2026-01-01T00:00:00Z")), Instant.parse("2026-01-02T00:00:00Z"));
        l.allocationRules().save(AllocationRule.parse("by-project", "tag:project", null, IdlePolicy.SEPARATE),
                Instant.parse("2026-09-01T00:00:00Z"));
        l.imports().record(new ImportRecord("imp-1", "codecarbon", "emissions.csv", "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12",
                2048, Instant.parse("2026-10-30T08:00:00Z"), Instant.parse("2026-10-30T08:00:01Z"), 0, 3, 1, "complete"),
                Collections.emptyIterator());
    }

    public static void all(Ledger l) {
        runs(l);
        facilities(l);
        instruments(l);
        hardwareRulesImports(l);
    }
}
