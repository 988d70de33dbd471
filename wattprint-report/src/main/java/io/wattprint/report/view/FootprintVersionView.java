package io.wattprint.report.view;

import io.wattprint.ledger.FootprintRepository.RunVersion;

/** One stored footprint version of a run: as first stored, recomputed, or brought up to date by an import. */
public record FootprintVersionView(int seq, String computedAt, double itEnergyKwh, double facilityEnergyKwh, Double co2eKg,
                                   String updatedEnd, String importId) {

    public static FootprintVersionView of(RunVersion v) {
        return new FootprintVersionView(v.seq(), v.computedAt().toString(), v.itEnergy().kilowattHours(),
                v.facilityEnergy().kilowattHours(), v.co2e() == null ? null : v.co2e().kilograms(),
                v.updatedEnd() == null ? null : v.updatedEnd().toString(), v.importId());
    }
}
