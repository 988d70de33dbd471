package io.wattprint.cli.runs;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Run;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a stored run is shown: the JSON object of {@code runs list/show --json} and text helpers. */
public final class RunView {
    private RunView() {}

    public static String shortId(String id) { return id.length() > 8 ? id.substring(0, 8) : id; }

    public static String duration(Duration d) {
        if (d == null) return "";
        double s = d.toMillis() / 1000.0;
        if (s < 120) return Figures.format(s, 2) + " s";
        long total = d.getSeconds();
        return String.format("%dh%02dm%02ds", total / 3600, (total % 3600) / 60, total % 60);
    }

    /** The summary object: id, project, phase, status, start, end, location, energy and CO2e. */
    public static Map<String, Object> summary(RunRecord r) {
        Run run = r.run();
        StoredFootprint f = r.footprint();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", run.id());
        m.put("workload", run.workload().name());
        m.put("project", run.workload().project());
        m.put("team", run.workload().team());
        m.put("model", run.workload().model());
        m.put("model_version", run.workload().modelVersion());
        m.put("phase", run.workload().phase() == null ? null : run.workload().phase().label());
        m.put("status", run.status().label());
        m.put("exit_code", run.exitCode());
        m.put("start", run.start().toString());
        m.put("end", run.end() == null ? null : run.end().toString());
        m.put("duration_s", run.duration() == null ? null : run.duration().toMillis() / 1000.0);
        m.put("host", run.host());
        m.put("location", run.location().isKnown() || run.location().cloudRegion() != null ? run.location().label() : null);
        m.put("zone", run.location().zone());
        m.put("cloud_region", run.location().cloudRegion());
        m.put("facility", run.location().facility());
        m.put("energy_kwh", f == null ? null : f.itEnergy().kilowattHours());
        m.put("facility_energy_kwh", f == null ? null : f.facilityEnergy().kilowattHours());
        m.put("pue", f == null ? null : f.pue());
        m.put("co2e_kg", f == null || f.co2e() == null ? null : f.co2e().kilograms());
        m.put("factor_g_per_kwh", f == null ? null : f.factorGramsPerKwh());
        m.put("measured_share", f == null ? null : f.measuredShare());
        m.put("tags", run.workload().tags());
        return m;
    }

    /** The detail object of {@code runs show --json}: the summary plus components, factor and explanation. */
    public static Map<String, Object> detail(RunRecord r, int intervalCount) {
        Map<String, Object> m = summary(r);
        m.put("command", r.run().command());
        StoredFootprint f = r.footprint();
        m.put("intervals", intervalCount);
        if (f != null) {
            List<Map<String, Object>> comps = new ArrayList<>();
            for (ComponentEnergy c : f.components()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("component", c.component().toString());
                cm.put("energy_kwh", c.energy().kilowattHours());
                cm.put("provenance", c.provenance().kind().name());
                cm.put("method", c.provenance().method());
                comps.add(cm);
            }
            m.put("components", comps);
            m.put("pue_basis", f.pueBasis());
            Map<String, Object> factor = new LinkedHashMap<>();
            factor.put("zone", f.factorZone());
            factor.put("g_per_kwh", f.factorGramsPerKwh());
            factor.put("year", f.factorYear());
            factor.put("source", f.factorSource());
            m.put("factor", f.factorZone() == null ? null : factor);
            m.put("dataset", f.dataset());
            m.put("explanation", f.explanation());
        }
        return m;
    }
}
