package io.wattprint.report.weekly;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.model.Phase;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.Basis;
import io.wattprint.report.Keyed;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Paragraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code report weekly}, the engineering report: for the runs that <em>started</em> in one ISO week (UTC),
 * facility kWh and location-based kgCO2e by phase, project, team, model and workload, the change per project
 * against the previous week, the top consumers, the measured and estimated shares, the runs with unknown
 * location, a trend of the last weeks by phase, and the sources and methods. Reads the ledger once; the same
 * runs give the same report but for the generation time.
 */
public final class WeeklyReport {
    public static final String KIND = "weekly";
    /** The formats the report is written in, Markdown first (the default). */
    public static final List<ReportFormat> FORMATS = List.of(ReportFormat.MD, ReportFormat.HTML, ReportFormat.PDF,
            ReportFormat.CSV, ReportFormat.JSON);
    static final int TOP_RUNS = 10;

    private WeeklyReport() {}

    /**
     * Reads the runs the report needs (those started from the first trend week, or the previous week, to the end
     * of the week, of the project if one is asked) in one query and builds the report; {@code ledger} null (no
     * ledger yet) gives the empty report.
     */
    public static ReportOutput generate(Ledger ledger, WeeklyRequest request) {
        List<RunRecord> runs = ledger == null ? List.of() : ledger.runs().list(
                new RunQuery(request.project(), request.firstWeekRead().start(), request.week().end(), null));
        return of(runs, request);
    }

    /** The report on {@code records} (runs outside the weeks read, or of another project, are ignored). */
    public static ReportOutput of(List<RunRecord> records, WeeklyRequest req) {
        Map<IsoWeek, List<RunFigures>> weeks = new TreeMap<>();
        List<RunRecord> thisWeekRecords = new ArrayList<>();
        List<RunRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing((RunRecord r) -> r.run().start()).thenComparing(r -> r.run().id()));
        for (RunRecord r : sorted) {
            if (req.project() != null && !req.project().equals(r.run().workload().project())) continue;
            IsoWeek w = IsoWeek.of(r.run().start());
            weeks.computeIfAbsent(w, x -> new ArrayList<>()).add(RunFigures.of(r));
            if (w.equals(req.week())) thisWeekRecords.add(r);
        }
        return new Builder(req, weeks, thisWeekRecords).build();
    }

    /** The phases in their life-cycle order, each a one-label key; every table and chart lists all five. */
    static List<List<String>> phaseKeys() {
        List<List<String>> keys = new ArrayList<>();
        for (Phase p : Phase.values()) keys.add(List.of(p.label()));
        return keys;
    }

    static Tally byPhase(List<RunFigures> runs) { return Tally.of(runs, r -> List.of(r.phase()), phaseKeys()); }

    static Tally byProject(List<RunFigures> runs) { return Tally.of(runs, r -> List.of(r.project()), List.of()); }

    /**
     * Each run's facility kWh as every table of the week prints it: the week's total apportioned over its runs by
     * the largest-remainder rule, so a run shows the same figure in the top consumers and the unknown-location list.
     */
    static Map<String, BigDecimal> runKwh(List<RunFigures> runs) {
        List<Double> exact = new ArrayList<>();
        for (RunFigures r : runs) exact.add(r.facilityKwh());
        List<BigDecimal> parts = ToTotal.apportion(exact, Tally.KWH_DECIMALS);
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) m.put(runs.get(i).id(), parts.get(i));
        return m;
    }

    /** Computes the report's data from the runs of each week, then its document from that data. */
    private static final class Builder {
        private final WeeklyRequest req;
        private final Map<IsoWeek, List<RunFigures>> weeks;
        private final List<RunRecord> records;
        private final List<RunFigures> runs;

        Builder(WeeklyRequest req, Map<IsoWeek, List<RunFigures>> weeks, List<RunRecord> records) {
            this.req = req;
            this.weeks = weeks;
            this.records = records;
            this.runs = weeks.getOrDefault(req.week(), List.of());
        }

        ReportOutput build() {
            Basis basis = Basis.of(records);
            WeeklyData data = data(basis);
            return new ReportOutput(document(data, basis), data);
        }

        private WeeklyData data(Basis basis) {
            IsoWeek week = req.week();
            IsoWeek previous = week.minus(1);
            Tally phases = byPhase(runs);
            Tally projects = byProject(runs);
            WeekOverWeek wow = new WeekOverWeek(previous, byProject(weeks.getOrDefault(previous, List.of())), projects);
            ProvenanceShares.Data shares = new ProvenanceShares(runs).data();
            List<RunFigures> unknown = runs.stream().filter(r -> !r.locationKnown()).toList();
            Map<String, BigDecimal> runKwh = runKwh(runs);
            return new WeeklyData(KIND, week.toString(), week.start().toString(), week.end().toString(), req.project(),
                    req.generatedAt().toString(), rules(), totals(phases.total(), wow.total(), shares.total(), unknown.size()),
                    phases.data(k -> new WeeklyData.Phase(WeeklyData.field(k.get(0)))),
                    projects.data(k -> new WeeklyData.Project(WeeklyData.field(k.get(0)))),
                    Tally.of(runs, r -> List.of(r.team()), List.of()).data(k -> new WeeklyData.Team(WeeklyData.field(k.get(0)))),
                    Tally.of(runs, r -> List.of(r.model(), r.modelVersion()), List.of())
                            .data(k -> new WeeklyData.Model(WeeklyData.field(k.get(0)), WeeklyData.field(k.get(1)))),
                    Tally.of(runs, r -> List.of(r.workload().name()), List.of())
                            .data(k -> new WeeklyData.WorkloadName(WeeklyData.field(k.get(0)))),
                    wow.data(), trend(), TopRuns.of(runs, TOP_RUNS, runKwh), shares, UnknownLocation.of(unknown, runKwh),
                    basis.data());
        }

        private WeeklyData.Rules rules() {
            return new WeeklyData.Rules("a run belongs to the ISO week (UTC) in which it started",
                    "facility energy (IT energy x PUE) of each run's latest stored footprint",
                    "location-based kgCO2e of the runs that have one", Tally.KWH_DECIMALS, Tally.KG_DECIMALS, 1,
                    "a total is the exact sum rounded half-up; its lines are apportioned to it by the largest "
                            + "remainder, so they add up to it and the week's totals are the same in every table",
                    req.trendWeeks());
        }

        private static WeeklyData.Totals totals(Tally.Line t, WeekOverWeek.Line c, ProvenanceShares.Line shares, int unknown) {
            return new WeeklyData.Totals(t.runs(), t.kwh(), t.kg(), t.withoutCo2e(), c.change(), c.percent(),
                    shares.measuredPercent(), shares.estimatedPercent(), unknown, c.label(), shares.measuredShare(),
                    shares.estimatedShare(), t.exactKwh(), t.exactKg(), c.changeExact());
        }

        /** Facility kWh of each of the last N weeks, by phase (the week's rounded by-phase lines). */
        private List<WeeklyData.TrendWeek> trend() {
            List<IsoWeek> shown = new ArrayList<>();
            for (int i = req.trendWeeks() - 1; i >= 0; i--) shown.add(req.week().minus(i));
            List<Tally> tallies = new ArrayList<>();
            boolean unspecified = false;
            for (IsoWeek w : shown) {
                Tally t = byPhase(weeks.getOrDefault(w, List.of()));
                tallies.add(t);
                unspecified |= t.line(List.of(RunFigures.UNSPECIFIED)) != null;
            }
            List<List<String>> keys = phaseKeys();
            if (unspecified) keys.add(List.of(RunFigures.UNSPECIFIED));
            List<WeeklyData.TrendWeek> trend = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                Map<String, BigDecimal> byPhase = new LinkedHashMap<>();
                Map<String, BigDecimal> exactByPhase = new LinkedHashMap<>();
                for (List<String> k : keys) {
                    Tally.Line l = tallies.get(i).line(k);
                    byPhase.put(k.get(0), l == null ? Figures.round(0, Tally.KWH_DECIMALS) : l.kwh());
                    exactByPhase.put(k.get(0), l == null ? BigDecimal.ZERO : l.exactKwh());
                }
                trend.add(new WeeklyData.TrendWeek(shown.get(i).toString(), shown.get(i).start().toString(),
                        tallies.get(i).total().runs(), tallies.get(i).total().kwh(), byPhase, exactByPhase));
            }
            return trend;
        }

        private Document document(WeeklyData data, Basis basis) {
            IsoWeek week = req.week();
            List<Block> blocks = new ArrayList<>();
            summary(blocks, data.totals());
            blocks.add(new Heading(1, "By phase"));
            blocks.add(Tally.table(data.byPhase(), "by_phase", "Runs of the week by phase", List.of("Phase")));
            blocks.add(barChart("energy_by_phase", "Facility energy by phase, " + week, data.byPhase()));
            blocks.add(new Heading(1, "By project"));
            blocks.add(Tally.table(data.byProject(), "by_project", "Runs of the week by project", List.of("Project")));
            blocks.add(barChart("energy_by_project", "Facility energy by project, " + week, data.byProject()));
            blocks.add(new Heading(1, "By team"));
            blocks.add(Tally.table(data.byTeam(), "by_team", "Runs of the week by team", List.of("Team")));
            blocks.add(new Heading(1, "By model"));
            blocks.add(Tally.table(data.byModel(), "by_model", "Runs of the week by model and version", List.of("Model", "Version")));
            blocks.add(new Heading(1, "By workload"));
            blocks.add(Tally.table(data.byWorkload(), "by_workload", "Runs of the week by workload", List.of("Workload")));

            blocks.add(new Heading(1, "Week over week"));
            blocks.add(WeekOverWeek.table(data.weekOverWeek()));
            blocks.add(new Heading(1, "Trend"));
            blocks.add(trendChart(data.trend()));
            blocks.add(new Heading(1, "Top consumers"));
            blocks.addAll(TopRuns.blocks(data.topRuns(), data.byPhase().total()));

            blocks.add(new Heading(1, "Measured and estimated energy"));
            blocks.add(ProvenanceShares.table(data.provenance()));
            if (data.totals().estimatedShare() > 0) {
                blocks.add(new Notice(Notice.Kind.ESTIMATE, Figures.percent(data.totals().estimatedShare(), 1)
                        + " of this week's IT energy is estimated by a model, not measured (projects: "
                        + String.join(", ", data.provenance().estimatedProjects()) + ")."));
            }
            blocks.add(new Heading(1, "Runs with unknown location"));
            blocks.addAll(UnknownLocation.blocks(data.unknownLocationRuns(), week));

            blocks.addAll(basis.blocks());
            return new Document(KIND, "Weekly engineering report " + week, subtitle(), req.generatedAt(), blocks);
        }

        private String subtitle() {
            LocalDate monday = req.week().monday();
            return req.week() + ": runs started " + monday + " to " + monday.plusDays(6) + " (UTC), "
                    + (req.project() == null ? "all projects" : "project " + req.project());
        }

        private void summary(List<Block> blocks, WeeklyData.Totals t) {
            IsoWeek week = req.week();
            blocks.add(new Heading(1, "Summary"));
            blocks.add(new Paragraph("Runs that started in " + week + " (Monday " + week.monday() + " 00:00 UTC to Monday "
                    + week.monday().plusDays(7) + " 00:00 UTC), wherever they ended. Energy is facility energy (IT energy × "
                    + "PUE) from each run's latest stored footprint; emissions are location-based, for the runs that have "
                    + "a CO2e figure. kWh and kgCO2e show 3 decimals: every TOTAL is the exact sum rounded half-up, the "
                    + "same in every table, and its lines are apportioned to it by the largest remainder, so they add up to it."));
            if (week.end().isAfter(req.generatedAt())) {
                blocks.add(new Notice(Notice.Kind.NOTE, week + " is not over at " + req.generatedAt()
                        + ": its figures are partial."));
            }
            if (runs.isEmpty()) blocks.add(new Notice(Notice.Kind.NOTE, "No runs started in " + week + "."));
            blocks.add(new Facts("totals", null, List.of(
                    new Facts.Fact("Runs", Integer.toString(t.runs())),
                    new Facts.Fact("Facility energy", Figures.text(t.facilityKwhExact(), t.facilityKwh()) + " kWh"),
                    new Facts.Fact("Location-based emissions", t.co2eKg() == null ? Tally.NA
                            : Figures.text(t.co2eKgExact(), t.co2eKg()) + " kgCO2e"),
                    new Facts.Fact("Runs without CO2e", Integer.toString(t.runsWithoutCo2e())),
                    new Facts.Fact("Change from " + week.minus(1), WeekOverWeek.signed(t.changeKwhExact(), t.changeKwh())
                            + " kWh (" + t.changeLabel() + ")"),
                    new Facts.Fact("IT energy measured", Figures.percent(t.measuredShare(), 1)),
                    new Facts.Fact("IT energy estimated", Figures.percent(t.estimatedShare(), 1)),
                    new Facts.Fact("Runs with unknown location", Integer.toString(t.unknownLocationRuns())))));
        }

        private static Chart barChart(String id, String title, WeeklyData.Grouped<?> t) {
            List<String> categories = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (Keyed<?, Tally.Line> l : t.lines()) {
                categories.add(l.line().key().get(0));
                values.add(l.line().exactKwh().doubleValue()); // charts plot unrounded values (§12.9)
            }
            return new Chart(id, title, Chart.Type.BAR, "kWh", categories, List.of(new Chart.Series("Facility energy", values)));
        }

        /** Facility kWh of each week of the trend, stacked by phase. */
        private Chart trendChart(List<WeeklyData.TrendWeek> trend) {
            List<Chart.Series> series = new ArrayList<>();
            for (String phase : trend.get(0).facilityKwhByPhase().keySet()) {
                List<Double> values = new ArrayList<>();
                for (WeeklyData.TrendWeek w : trend) values.add(w.exactByPhase().get(phase).doubleValue());
                series.add(new Chart.Series(phase, values));
            }
            List<String> shown = trend.stream().map(WeeklyData.TrendWeek::week).toList();
            return new Chart("trend", "Facility energy per week by phase, " + shown.get(0) + " to " + req.week(),
                    Chart.Type.STACKED_BAR, "kWh", shown, series);
        }
    }
}
