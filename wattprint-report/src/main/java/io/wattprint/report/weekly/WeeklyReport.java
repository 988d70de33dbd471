package io.wattprint.report.weekly;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.model.Phase;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.Basis;
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

    /** Assembles the document and the JSON tree from the runs of each week. */
    private static final class Builder {
        private final WeeklyRequest req;
        private final Map<IsoWeek, List<RunFigures>> weeks;
        private final List<RunRecord> records;
        private final List<RunFigures> runs;
        private final List<Block> blocks = new ArrayList<>();
        private final Map<String, Object> json = new LinkedHashMap<>();

        Builder(WeeklyRequest req, Map<IsoWeek, List<RunFigures>> weeks, List<RunRecord> records) {
            this.req = req;
            this.weeks = weeks;
            this.records = records;
            this.runs = weeks.getOrDefault(req.week(), List.of());
        }

        ReportOutput build() {
            IsoWeek week = req.week();
            IsoWeek previous = week.minus(1);
            Tally phases = byPhase(runs);
            Tally projects = byProject(runs);
            Tally teams = Tally.of(runs, r -> List.of(r.team()), List.of());
            Tally models = Tally.of(runs, r -> List.of(r.model(), r.modelVersion()), List.of());
            Tally workloads = Tally.of(runs, r -> List.of(r.workload().name()), List.of());
            WeekOverWeek wow = new WeekOverWeek(previous, byProject(weeks.getOrDefault(previous, List.of())), projects);
            ProvenanceShares shares = new ProvenanceShares(runs);
            List<RunFigures> unknown = runs.stream().filter(r -> !r.locationKnown()).toList();
            Basis basis = Basis.of(records);

            json.put("report", KIND);
            json.put("week", week.toString());
            json.put("from", week.start().toString());
            json.put("to", week.end().toString());
            json.put("project", req.project());
            json.put("generated_at", req.generatedAt().toString());
            json.put("rules", rules());

            summary(phases, wow, shares, unknown);
            blocks.add(new Heading(1, "By phase"));
            blocks.add(phases.table("by_phase", "Runs of the week by phase", List.of("Phase")));
            blocks.add(barChart("energy_by_phase", "Facility energy by phase, " + week, phases));
            json.put("by_phase", phases.json(List.of("phase")));
            blocks.add(new Heading(1, "By project"));
            blocks.add(projects.table("by_project", "Runs of the week by project", List.of("Project")));
            blocks.add(barChart("energy_by_project", "Facility energy by project, " + week, projects));
            json.put("by_project", projects.json(List.of("project")));
            blocks.add(new Heading(1, "By team"));
            blocks.add(teams.table("by_team", "Runs of the week by team", List.of("Team")));
            json.put("by_team", teams.json(List.of("team")));
            blocks.add(new Heading(1, "By model"));
            blocks.add(models.table("by_model", "Runs of the week by model and version", List.of("Model", "Version")));
            json.put("by_model", models.json(List.of("model", "version")));
            blocks.add(new Heading(1, "By workload"));
            blocks.add(workloads.table("by_workload", "Runs of the week by workload", List.of("Workload")));
            json.put("by_workload", workloads.json(List.of("workload")));

            blocks.add(new Heading(1, "Week over week"));
            blocks.add(wow.table());
            json.put("week_over_week", wow.json());
            trend();
            Map<String, BigDecimal> runKwh = runKwh(runs);
            TopRuns top = new TopRuns(runs, TOP_RUNS, runKwh);
            blocks.add(new Heading(1, "Top consumers"));
            blocks.addAll(top.blocks(phases.total().kwh()));
            json.put("top_runs", top.json());

            blocks.add(new Heading(1, "Measured and estimated energy"));
            blocks.add(shares.table());
            if (shares.total().estimatedShare() > 0) {
                blocks.add(new Notice(Notice.Kind.ESTIMATE, Figures.percent(shares.total().estimatedShare(), 1)
                        + " of this week's IT energy is estimated by a model, not measured (projects: "
                        + String.join(", ", shares.estimatedProjects()) + ")."));
            }
            json.put("provenance", shares.json());
            unknownLocation(unknown, runKwh);

            blocks.addAll(basis.blocks());
            json.put("basis", basis.data());
            Document d = new Document(KIND, "Weekly engineering report " + week, subtitle(), req.generatedAt(), blocks);
            return new ReportOutput(d, json);
        }

        private String subtitle() {
            LocalDate monday = req.week().monday();
            return req.week() + ": runs started " + monday + " to " + monday.plusDays(6) + " (UTC), "
                    + (req.project() == null ? "all projects" : "project " + req.project());
        }

        private Map<String, Object> rules() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("attribution", "a run belongs to the ISO week (UTC) in which it started");
            m.put("energy", "facility energy (IT energy x PUE) of each run's latest stored footprint");
            m.put("emissions", "location-based kgCO2e of the runs that have one");
            m.put("kwh_decimals", Tally.KWH_DECIMALS);
            m.put("kg_decimals", Tally.KG_DECIMALS);
            m.put("percent_decimals", 1);
            m.put("rounding", "a total is the exact sum rounded half-up; its lines are apportioned to it by the largest "
                    + "remainder, so they add up to it and the week's totals are the same in every table");
            m.put("trend_weeks", req.trendWeeks());
            return m;
        }

        private void summary(Tally phases, WeekOverWeek wow, ProvenanceShares shares, List<RunFigures> unknown) {
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
            Tally.Line t = phases.total();
            WeekOverWeek.Line c = wow.total();
            blocks.add(new Facts("totals", null, List.of(
                    new Facts.Fact("Runs", Integer.toString(t.runs())),
                    new Facts.Fact("Facility energy", Figures.text(t.kwh()) + " kWh"),
                    new Facts.Fact("Location-based emissions", t.kg() == null ? Tally.NA : Figures.text(t.kg()) + " kgCO2e"),
                    new Facts.Fact("Runs without CO2e", Integer.toString(t.withoutCo2e())),
                    new Facts.Fact("Change from " + week.minus(1), WeekOverWeek.signed(c.change()) + " kWh (" + c.label() + ")"),
                    new Facts.Fact("IT energy measured", Figures.percent(shares.total().measuredShare(), 1)),
                    new Facts.Fact("IT energy estimated", Figures.percent(shares.total().estimatedShare(), 1)),
                    new Facts.Fact("Runs with unknown location", Integer.toString(unknown.size())))));
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("runs", t.runs());
            totals.put("facility_kwh", t.kwh());
            totals.put("co2e_kg", t.kg());
            totals.put("runs_without_co2e", t.withoutCo2e());
            totals.put("change_kwh", c.change());
            totals.put("change_percent", c.percent());
            totals.put("measured_percent", Figures.percentValue(shares.total().measuredShare(), 1));
            totals.put("estimated_percent", Figures.percentValue(shares.total().estimatedShare(), 1));
            totals.put("unknown_location_runs", unknown.size());
            json.put("totals", totals);
        }

        private static Chart barChart(String id, String title, Tally t) {
            List<String> categories = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (Tally.Line l : t.lines()) {
                categories.add(l.key().get(0));
                values.add(l.kwh().doubleValue());
            }
            return new Chart(id, title, Chart.Type.BAR, "kWh", categories, List.of(new Chart.Series("Facility energy", values)));
        }

        /** Facility kWh of each of the last N weeks, stacked by phase (the week's rounded by-phase lines). */
        private void trend() {
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
            List<Chart.Series> series = new ArrayList<>();
            for (List<String> k : keys) {
                List<Double> values = new ArrayList<>();
                for (Tally t : tallies) {
                    Tally.Line l = t.line(k);
                    values.add(l == null ? 0.0 : l.kwh().doubleValue());
                }
                series.add(new Chart.Series(k.get(0), values));
            }
            blocks.add(new Heading(1, "Trend"));
            blocks.add(new Chart("trend", "Facility energy per week by phase, " + shown.get(0) + " to " + req.week(),
                    Chart.Type.STACKED_BAR, "kWh", shown.stream().map(IsoWeek::toString).toList(), series));
            List<Object> js = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("week", shown.get(i).toString());
                m.put("from", shown.get(i).start().toString());
                m.put("runs", tallies.get(i).total().runs());
                m.put("facility_kwh", tallies.get(i).total().kwh());
                Map<String, Object> byPhase = new LinkedHashMap<>();
                for (List<String> k : keys) {
                    Tally.Line l = tallies.get(i).line(k);
                    byPhase.put(k.get(0), l == null ? Figures.round(0, Tally.KWH_DECIMALS) : l.kwh());
                }
                m.put("facility_kwh_by_phase", byPhase);
                js.add(m);
            }
            json.put("trend", js);
        }

        private void unknownLocation(List<RunFigures> unknown, Map<String, BigDecimal> runKwh) {
            blocks.add(new Heading(1, "Runs with unknown location"));
            UnknownLocation u = new UnknownLocation(unknown, runKwh);
            blocks.addAll(u.blocks(req.week()));
            json.put("unknown_location_runs", u.json());
        }
    }
}
