package io.wattprint.cli.runs;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.quantity.Energy;
import io.wattprint.report.view.MarkerView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    MarkerView view() { return MarkerView.of(marker, energy); }
}
