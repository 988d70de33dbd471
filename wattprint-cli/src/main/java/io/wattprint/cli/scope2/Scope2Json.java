package io.wattprint.cli.scope2;

import io.wattprint.core.scope2.Allocation;
import io.wattprint.core.scope2.DualScope2;
import io.wattprint.core.scope2.Scope2Warning;
import io.wattprint.report.scope2.Scope2Data;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON of {@code wattprint scope2}: snake_case keys, tonnes CO2e and MWh unrounded. */
final class Scope2Json {
    private Scope2Json() {}

    static Map<String, Object> of(DualScope2 r, Scope2Data c, int year) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("reporter", r.rules().reporter());
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("from", r.rules().windowFrom().toString());
        window.put("to", r.rules().windowTo().toString());
        window.put("months_before", r.rules().vintageMonthsBefore());
        window.put("months_after", r.rules().vintageMonthsAfter());
        m.put("vintage_window", window);
        m.put("runs", c.runs());
        m.put("energy_mwh", r.energy().megawattHours());
        m.put("location_based_t", r.locationBased().tonnes());
        m.put("market_based_t", r.marketBased().tonnes());
        List<Map<String, Object>> zones = new ArrayList<>();
        for (DualScope2.ZoneTotal z : r.zones()) {
            Map<String, Object> zm = new LinkedHashMap<>();
            zm.put("zone", z.zone());
            zm.put("runs", c.runsIn(z.zone()));
            zm.put("energy_mwh", z.energy().megawattHours());
            zm.put("location_based_t", z.locationBased().tonnes());
            zm.put("market_based_t", z.marketBased().tonnes());
            zm.put("instrument_mwh", z.instrumentEnergy().megawattHours());
            zm.put("residual_mix_mwh", z.residualMixEnergy().megawattHours());
            zm.put("grid_average_mwh", z.gridAverageEnergy().megawattHours());
            zones.add(zm);
        }
        m.put("zones", zones);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (DualScope2.Line l : r.lines()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("label", l.line().label());
            lm.put("zone", l.line().zone());
            lm.put("energy_mwh", l.line().energy().megawattHours());
            lm.put("grid_factor_g_per_kwh", l.line().gridFactor().gramsPerKwh());
            lm.put("grid_factor_source", l.line().gridFactorSource());
            lm.put("location_based_t", l.locationBased().tonnes());
            lm.put("market_based_t", l.marketBased().tonnes());
            lm.put("instrument_mwh", l.instrumentEnergy().megawattHours());
            lm.put("uncovered_mwh", l.uncovered().megawattHours());
            lm.put("uncovered_basis", l.uncoveredLevel() == null ? null : l.uncoveredLevel().name().toLowerCase(Locale.ROOT));
            lm.put("uncovered_g_per_kwh", l.uncoveredFactor() == null ? null : l.uncoveredFactor().gramsPerKwh());
            lm.put("uncovered_source", l.uncoveredSource());
            lines.add(lm);
        }
        m.put("lines", lines);
        List<Map<String, Object>> applied = new ArrayList<>();
        for (Allocation a : r.allocations()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("id", a.instrument().id());
            am.put("type", a.instrument().type().label());
            am.put("line", a.line().label());
            am.put("zone", a.line().zone());
            am.put("mwh", a.energy().megawattHours());
            am.put("rate_g_per_kwh", a.instrument().rate().gramsPerKwh());
            am.put("co2e_t", a.co2e().tonnes());
            am.put("vintage", a.instrument().vintageLabel());
            am.put("market", a.instrument().market().name());
            am.put("retired_for", a.instrument().retiredFor());
            am.put("registry", a.instrument().registry());
            am.put("hourly_matched", a.hourlyMatched());
            applied.add(am);
        }
        m.put("instruments_applied", applied);
        List<Map<String, Object>> surplus = new ArrayList<>();
        for (DualScope2.Surplus s : r.surplus()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("id", s.instrument().id());
            sm.put("unused_mwh", s.unused().megawattHours());
            surplus.add(sm);
        }
        m.put("surplus", surplus);
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (Scope2Warning w : r.warnings()) {
            Map<String, Object> wm = new LinkedHashMap<>();
            wm.put("code", w.code().name().toLowerCase(Locale.ROOT));
            wm.put("subject", w.subject());
            wm.put("message", w.message());
            warnings.add(wm);
        }
        for (String w : c.warnings()) {
            Map<String, Object> wm = new LinkedHashMap<>();
            wm.put("code", "runs_excluded");
            wm.put("subject", null);
            wm.put("message", w);
            warnings.add(wm);
        }
        m.put("warnings", warnings);
        m.put("explanation", r.explanation().render());
        return m;
    }
}
