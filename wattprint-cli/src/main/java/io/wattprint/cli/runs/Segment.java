package io.wattprint.cli.runs;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The energy of a run up to each of its markers, since the previous one. The meter ends its
 * intervals at every marker, so each interval falls wholly in one segment; one that does not
 * (an imported run) is counted where its midpoint falls.
 */
record Segment(RunMarker marker, Instant from, Energy energy) {

    static List<Segment> split(Instant runStart, List<RunMarker> markers, List<EnergyInterval> intervals) {
        List<Segment> out = new ArrayList<>();
        Instant from = runStart;
        for (RunMarker m : markers) {
            Instant lo = from;
            Energy e = intervals.stream()
                    .filter(i -> !i.midpoint().isBefore(lo) && i.midpoint().isBefore(m.at()))
                    .map(EnergyInterval::energy).reduce(Energy.ZERO, Energy::plus);
            out.add(new Segment(m, lo, e));
            from = m.at();
        }
        return out;
    }

    Map<String, Object> json() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("at", marker.at().toString());
        o.put("type", marker.type().name().toLowerCase(java.util.Locale.ROOT));
        o.put("label", marker.label());
        o.put("value", marker.value());
        o.put("energy_kwh_since_previous", energy.kilowattHours());
        return o;
    }
}
