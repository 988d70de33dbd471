package io.wattprint.report.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.ledger.RunRecord;
import java.util.List;

/**
 * One run in full: the summary's keys, then its command and interval count, then (once it has a footprint) the
 * footprint's keys. What a caller adds is written only when given: the footprint's versions (when an import
 * brought it up to date), the markers with their energy, the embodied line and the SCI per functional unit.
 */
public record RunDetailView(@JsonUnwrapped RunSummaryView summary, String command, int intervals,
                            @JsonUnwrapped FootprintView footprint,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<FootprintVersionView> versions,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<MarkerView> markers,
                            @JsonInclude(JsonInclude.Include.NON_NULL) EmbodiedView embodied,
                            @JsonInclude(JsonInclude.Include.NON_NULL) SciView sci) {

    /** The run with its footprint, without versions, markers, embodied line or SCI. */
    public static RunDetailView of(RunRecord r, int intervalCount) {
        return new RunDetailView(RunSummaryView.of(r), r.run().command(), intervalCount,
                r.footprint() == null ? null : FootprintView.of(r.footprint()), null, null, null, null);
    }

    /** The same run with these additions; a null or empty list, or a null line, stays out. */
    public RunDetailView with(List<FootprintVersionView> versions, List<MarkerView> markers, EmbodiedView embodied,
                              SciView sci) {
        return new RunDetailView(summary, command, intervals, footprint, emptyAsNull(versions), emptyAsNull(markers),
                embodied, sci);
    }

    private static <T> List<T> emptyAsNull(List<T> list) { return list == null || list.isEmpty() ? null : list; }
}
