package io.wattprint.report.weekly;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of the week recorded without a location (no grid zone): their energy is in every kWh figure, but
 * without a grid factor they have no CO2e, so the week's kgCO2e is short of them. Listed so they can be fixed
 * ({@code wattprint runs recompute} after setting the location).
 */
final class UnknownLocation {
    private final List<RunFigures> runs;
    private final Map<String, BigDecimal> runKwh;

    /** {@code runKwh}: each run's facility kWh as the week prints it ({@link WeeklyReport#runKwh}). */
    UnknownLocation(List<RunFigures> runs, Map<String, BigDecimal> runKwh) {
        this.runs = List.copyOf(runs);
        this.runKwh = runKwh;
    }

    List<Block> blocks(IsoWeek week) {
        List<Block> b = new ArrayList<>();
        if (runs.isEmpty()) {
            b.add(new Paragraph("None: every run that started in " + week + " has a location."));
            return b;
        }
        List<List<String>> rows = new ArrayList<>();
        List<BigDecimal> kwhs = kwhs();
        for (int i = 0; i < runs.size(); i++) {
            RunFigures r = runs.get(i);
            String kwh = Figures.text(Figures.exact(r.facilityKwh()), kwhs.get(i));
            rows.add(List.of(r.shortId(), r.workload().name(), r.project(), r.record().run().start().toString(), kwh));
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

    /** Each run's facility kWh as printed everywhere in the week (its TOTAL is their sum). */
    private List<BigDecimal> kwhs() {
        List<BigDecimal> l = new ArrayList<>();
        for (RunFigures r : runs) l.add(runKwh.get(r.id()));
        return l;
    }

    List<Object> json() {
        List<Object> l = new ArrayList<>();
        List<BigDecimal> kwhs = kwhs();
        for (int i = 0; i < runs.size(); i++) {
            RunFigures r = runs.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("workload", r.workload().name());
            m.put("project", r.project());
            m.put("start", r.record().run().start().toString());
            m.put("facility_kwh", kwhs.get(i));
            l.add(m);
        }
        return l;
    }
}
