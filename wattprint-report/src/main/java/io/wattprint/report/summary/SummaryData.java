package io.wattprint.report.summary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.ledger.CloudEmissionRepository.Recorded;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.JsonFigure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The data of {@code report summary}, computed once: its JSON ({@link io.wattprint.report.ReportJson}, names in
 * snake_case, figures exact with the decimals printed, {@link JsonFigure}) and the source of its table and CSV. The
 * groups and their TOTAL ({@link Summary}), then what cloud providers reported ({@link CloudReported}), never added to that TOTAL. A
 * component marked {@code @JsonIgnore} is there for the printed forms only (the unrounded figure a line apportioned 0
 * prints, the period as printed).
 */
public record SummaryData(String by, String from, String to, List<Group> groups, Group total, int decimals,
                          String rounding, List<Reported> cloudReported, List<ReportedTotal> cloudReportedTotals,
                          String cloudReportedNote, String cloudReportedRule) {

    static final String RULE = "provider-reported emissions are not added to total (they would double count the "
            + "runs on the provider's machines); totals per figure (scope and method), each the sum of its lines; "
            + "whole rows whose usage period overlaps the report's period; providers report no energy";

    /**
     * A line of the runs: its figures as printed ({@code line}, apportioned to the TOTAL) and before rounding ({@code
     * exact}); JSON states each figure exact with the decimals printed ({@link JsonFigure}, issue 16 item 8).
     */
    @JsonPropertyOrder({"group", "runs", "energy_kwh", "facility_energy_kwh", "co2e_kg", "runs_without_co2e", "measured_kwh"})
    public record Group(@JsonIgnore Summary.Line line, @JsonIgnore Summary.Line exact) {
        @JsonProperty("group")
        String groupJson() { return line.group(); }

        @JsonProperty("runs")
        int runsJson() { return line.runs(); }

        @JsonProperty("energy_kwh")
        @JsonUnwrapped(prefix = "energy_kwh")
        JsonFigure energyKwhJson() { return JsonFigure.of(exact.energyKwh(), line.energyKwh()); }

        @JsonProperty("facility_energy_kwh")
        @JsonUnwrapped(prefix = "facility_energy_kwh")
        JsonFigure facilityEnergyKwhJson() { return JsonFigure.of(exact.facilityEnergyKwh(), line.facilityEnergyKwh()); }

        @JsonProperty("co2e_kg")
        @JsonUnwrapped(prefix = "co2e_kg")
        JsonFigure co2eKgJson() { return JsonFigure.of(exact.co2eKg(), line.co2eKg()); }

        @JsonProperty("runs_without_co2e")
        int runsWithoutCo2eJson() { return line.runsWithoutCo2e(); }

        @JsonProperty("measured_kwh")
        @JsonUnwrapped(prefix = "measured_kwh")
        JsonFigure measuredKwhJson() { return JsonFigure.of(exact.measuredKwh(), line.measuredKwh()); }
    }

    /** A line reported by a cloud provider: {@code energyKwh} is always null (providers report no energy). */
    @JsonPropertyOrder({"provider", "account_project", "figure", "scope", "method", "energy_kwh", "co2e_kg"})
    public record Reported(String provider, String accountProject, String figure, Integer scope, String method,
                           BigDecimal energyKwh, @JsonIgnore BigDecimal co2eKg, String periodStart, String periodEnd, int rows,
                           String sourceKind, String modelVersion, List<String> importIds, String provenance,
                           @JsonIgnore String period, @JsonIgnore BigDecimal exactCo2eKg) {
        /** JSON: exact, with the decimals printed. */
        @JsonProperty("co2e_kg")
        @JsonUnwrapped(prefix = "co2e_kg")
        JsonFigure co2eKgJson() { return JsonFigure.of(exactCo2eKg, co2eKg); }

        static Reported of(CloudReported.Line l) {
            return new Reported(l.provider(), l.accountProject(), l.figure(), l.scope(), l.method(), null, l.co2eKg(),
                    l.periodFrom().toString(), l.periodTo().toString(), l.rows(), l.sourceKind(), l.modelVersion(),
                    l.importIds(), l.provenance(), l.period(), l.exactCo2eKg());
        }
    }

    /** The total of one figure (scope and method) over its lines. */
    @JsonPropertyOrder({"figure", "co2e_kg"})
    public record ReportedTotal(String figure, @JsonIgnore BigDecimal co2eKg, int lines, @JsonIgnore BigDecimal exactCo2eKg) {
        /** JSON: exact, with the decimals printed. */
        @JsonProperty("co2e_kg")
        @JsonUnwrapped(prefix = "co2e_kg")
        JsonFigure co2eKgJson() { return JsonFigure.of(exactCo2eKg, co2eKg); }
    }

    /**
     * {@code wattprint report summary} over a ledger, as the CLI and the server's {@code GET /api/v1/summary} both
     * compute it: the runs started in [{@code from}, {@code to}) and the cloud providers' rows whose usage period
     * overlaps it ({@link CloudReported#overlapping}, whole rows).
     */
    public static SummaryData read(Ledger ledger, Summary.By by, Integer decimals, Instant from, Instant to) {
        List<RunRecord> runs = ledger.runs().list(new RunQuery(null, from, to, null));
        // Periods starting before to; those ending after from are kept (overlap, whole rows).
        List<Recorded> cloudRows = CloudReported.overlapping(ledger.cloudEmissions().history(null, to), from, to);
        return of(runs, cloudRows, by, decimals, from, to);
    }

    /**
     * {@link #read} restricted to one tenant: only the runs of {@code team} and {@code project} (null: any), and no
     * provider-reported rows, which belong to a cloud account, not to a team or project (the server's summary for a
     * restricted token).
     */
    public static SummaryData readRestricted(Ledger ledger, Summary.By by, Integer decimals, Instant from, Instant to,
                                             String team, String project) {
        List<RunRecord> runs = ledger.runs().list(new RunQuery(project, from, to, null).withTeam(team));
        return of(runs, List.of(), by, decimals, from, to);
    }

    /**
     * The runs started in [{@code from}, {@code to}) grouped {@code by}, with the cloud rows already chosen for the
     * period ({@link CloudReported#overlapping}); {@code decimals} null = automatic ({@link Summary#of}).
     */
    public static SummaryData of(List<RunRecord> runs, List<Recorded> cloudRows, Summary.By by, Integer decimals,
                                 Instant from, Instant to) {
        Summary s = Summary.of(runs, by, decimals, CloudReported.exactTotals(cloudRows));
        CloudReported cloud = CloudReported.of(cloudRows, by, s.decimals());
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < s.lines().size(); i++) groups.add(new Group(s.lines().get(i), s.exactLines().get(i)));
        String rounding = "total = exact sum rounded half-up to " + s.decimals() + " decimals; groups apportioned to it "
                + "by largest remainder (they add up to the total)";
        List<Reported> reported = cloud.lines().stream().map(Reported::of).toList();
        List<ReportedTotal> totals = cloud.totals().stream()
                .map(t -> new ReportedTotal(t.figure(), t.co2eKg(), t.lines(), t.exactCo2eKg())).toList();
        return new SummaryData(by.label(), from == null ? null : from.toString(), to == null ? null : to.toString(),
                List.copyOf(groups), new Group(s.total(), s.exactTotal()), s.decimals(), rounding, reported, totals,
                cloud.note(), RULE);
    }
}
