package io.wattprint.report.weekly;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.report.JsonFigure;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The runs of the week recorded without a location (no grid zone): their energy is in every kWh figure, but
 * without a grid factor they have no CO2e, so the week's kgCO2e is short of them. Listed so they can be fixed
 * ({@code wattprint runs recompute} after setting the location).
 */
final class UnknownLocation {
    /** One run without a location; {@code figures} (document only) holds its unrounded figures. */
    @JsonPropertyOrder({"id", "workload", "project", "start", "facility_kwh"})
    record Run(String id, String workload, String project, String start, @JsonIgnore BigDecimal facilityKwh,
               @JsonIgnore RunFigures figures) {
        /** JSON: the run's exact kWh, with the decimals printed (issue 16 item 8). */
        @JsonProperty("facility_kwh")
        @JsonUnwrapped(prefix = "facility_kwh")
        JsonFigure facilityKwhJson() { return JsonFigure.of(Figures.exact(figures.facilityKwh()), facilityKwh); }
    }

    private UnknownLocation() {}

    /** {@code runKwh}: each run's facility kWh as the week prints it ({@link WeeklyReport#runKwh}). */
    static List<Run> of(List<RunFigures> runs, Map<String, BigDecimal> runKwh) {
        return runs.stream().map(r -> new Run(r.id(), r.workload().name(), r.project(), r.record().run().start().toString(),
                runKwh.get(r.id()), r)).toList();
    }

    static List<Block> blocks(List<Run> runs, IsoWeek week) {
        List<Block> b = new ArrayList<>();
        if (runs.isEmpty()) {
            b.add(new Paragraph("None: every run that started in " + week + " has a location."));
            return b;
        }
        List<List<String>> rows = new ArrayList<>();
        List<BigDecimal> kwhs = new ArrayList<>();
        for (Run r : runs) {
            kwhs.add(r.facilityKwh());
            String kwh = Figures.text(Figures.exact(r.figures().facilityKwh()), r.facilityKwh());
            rows.add(List.of(r.figures().shortId(), r.workload(), r.project(), r.start(), kwh));
        }
        BigDecimal total = ToTotal.sum(kwhs);
        b.add(new Table("unknown_location", "Runs without a location", List.of(Table.Column.text("Run"),
                Table.Column.text("Workload"), Table.Column.text("Project"), Table.Column.text("Started"),
                Table.Column.number("Facility kWh")), rows, List.of("TOTAL", "", "", "", Figures.text(total))));
        b.add(new Notice(Notice.Kind.WARNING, "Runs of " + week + " without a location: " + runs.size() + " ("
                + Figures.text(total) + " kWh). Their energy is in every kWh figure, but without a grid factor they have "
                + "no CO2e, so the week's kgCO2e leaves them out."));
        return b;
    }
}
