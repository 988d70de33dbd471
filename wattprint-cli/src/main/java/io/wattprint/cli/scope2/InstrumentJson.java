package io.wattprint.cli.scope2;

import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.ResidualMix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON objects (snake_case keys) for instruments and residual mixes. */
final class InstrumentJson {
    private InstrumentJson() {}

    static Map<String, Object> of(ContractualInstrument i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("type", i.type().label());
        m.put("hierarchy_level", i.type().level().rank());
        m.put("mwh", i.energy().megawattHours());
        m.put("vintage", i.vintageLabel());
        m.put("vintage_from", i.vintageFrom().toString());
        m.put("vintage_to", i.vintageTo().toString());
        m.put("zone", i.zone());
        m.put("market", i.market().name());
        m.put("market_zones", new ArrayList<>(i.market().sortedZones()));
        m.put("rate_g_per_kwh", i.rate().gramsPerKwh());
        m.put("retired_for", i.retiredFor());
        m.put("registry", i.registry());
        m.put("hourly_profile_hours", i.hourly() == null ? 0 : i.hourly().hours().size());
        return m;
    }

    static Map<String, Object> of(ResidualMix r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zone", r.zone());
        m.put("year", r.year());
        m.put("g_per_kwh", r.intensity().gramsPerKwh());
        m.put("source", r.source());
        return m;
    }
}
