package io.wattprint.report.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.Workload;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import java.util.Map;

/**
 * One run in a list: who ran what, where, when, and its energy and location-based CO2e. The footprint's figures
 * are null while the run has none; {@code location} is null when neither a zone nor a cloud region is known.
 */
public record RunSummaryView(String id, String workload, String project, String team, String model, String modelVersion,
                             String phase, String status, Integer exitCode, String start, String end, Double durationS,
                             String host, String location, String zone, String cloudRegion, String facility,
                             Double energyKwh, Double facilityEnergyKwh, Double pue, Double co2eKg,
                             @JsonProperty("factor_g_per_kwh") Double factorGPerKwh,
                             Double measuredShare, Map<String, String> tags) {

    public static RunSummaryView of(RunRecord r) {
        Run run = r.run();
        Workload w = run.workload();
        Location l = run.location();
        StoredFootprint f = r.footprint();
        boolean hasFootprint = f != null;
        return new RunSummaryView(run.id(), w.name(), w.project(), w.team(), w.model(), w.modelVersion(),
                w.phase() == null ? null : w.phase().label(),
                run.status().label(), run.exitCode(), run.start().toString(),
                run.end() == null ? null : run.end().toString(),
                run.duration() == null ? null : run.duration().toMillis() / 1000.0,
                run.host(), l.isKnown() || l.cloudRegion() != null ? l.label() : null, l.zone(), l.cloudRegion(), l.facility(),
                hasFootprint ? f.itEnergy().kilowattHours() : null,
                hasFootprint ? f.facilityEnergy().kilowattHours() : null,
                hasFootprint ? f.pue() : null,
                hasFootprint && f.co2e() != null ? f.co2e().kilograms() : null,
                hasFootprint ? f.factorGramsPerKwh() : null,
                hasFootprint ? f.measuredShare() : null,
                w.tags());
    }
}
