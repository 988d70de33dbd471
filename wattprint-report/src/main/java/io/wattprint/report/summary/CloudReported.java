package io.wattprint.report.summary;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.cloud.ModelVersions;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.ledger.CloudEmissionRepository.Recorded;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Emissions cloud providers reported for their customers (imported by {@code ingest aws-carbon},
 * {@code gcp-carbon}, {@code azure-carbon}), shown beside the runs of a summary report and never added
 * to the runs' TOTAL: a provider's account figure already contains the emissions of measured runs on
 * its machines, and its location- and market-based figures are two views of the same emissions.
 *
 * <p>Lines: one per provider, account/project ({@link Summary.By#PROJECT}; for the other groupings,
 * which providers do not report, every account together), figure (scope and method), import kind and
 * model version. Each total (one per figure: scope 1, scope 2 location-based, scope 2 market-based,
 * …, never across figures) is the exact decimal sum of its stored figures rounded half-up to the
 * report's decimals, and its lines are apportioned to it by largest remainder (core {@link ToTotal}),
 * so they add up to it as shown; {@code exactCo2eKg} keeps each unrounded. Rows count whole when
 * their usage period overlaps the report's period (not pro-rated).
 */
public final class CloudReported {
    /** Account/project label of the lines when the report is grouped by something providers do not report. */
    public static final String ALL_ACCOUNTS = "(all accounts)";

    /** One line: {@code energyKwh} is always unknown (providers report no energy). */
    public record Line(String provider, String accountProject, String figure, Integer scope, String method,
                       BigDecimal co2eKg, String sourceKind, String modelVersion, List<String> importIds,
                       Instant periodFrom, Instant periodTo, int rows, BigDecimal exactCo2eKg) {
        /** "imported: aws-carbon model v3.0.0 (import 1a2b3c4d)". */
        public String provenance() {
            String model = "unversioned".equals(modelVersion) ? "no model version" : "model " + modelVersion;
            List<String> shortIds = importIds.stream().map(CloudReported::shortId).toList();
            return "imported: " + sourceKind + " " + model + " (import" + (shortIds.size() > 1 ? "s " : " ")
                    + String.join(", ", shortIds) + ")";
        }

        /** ISO 8601 interval of the periods the line covers, end exclusive: "2025-09-01/2025-10-01". */
        public String period() { return day(periodFrom) + "/" + day(periodTo); }

        Line shown(BigDecimal kg) {
            return new Line(provider, accountProject, figure, scope, method, kg, sourceKind, modelVersion, importIds,
                    periodFrom, periodTo, rows, exactCo2eKg);
        }
    }

    /** The total of one figure over every line of it. */
    public record Total(String figure, BigDecimal co2eKg, int lines, BigDecimal exactCo2eKg) {}

    private final List<Line> lines;
    private final List<Total> totals;
    private final String note;

    private CloudReported(List<Line> lines, List<Total> totals, String note) {
        this.lines = lines;
        this.totals = totals;
        this.note = note;
    }

    public List<Line> lines() { return lines; }

    public List<Total> totals() { return totals; }

    /** Why lines are per provider only (grouping other than project), or null. */
    public String note() { return note; }

    public boolean isEmpty() { return lines.isEmpty(); }

    /**
     * The current figures (newest model, latest seq: {@link Recorded#current()}) whose period overlaps
     * [{@code from}, {@code to}); either bound may be null.
     */
    public static List<Recorded> overlapping(List<Recorded> rows, Instant from, Instant to) {
        return rows.stream().filter(Recorded::current)
                .filter(r -> from == null || r.emission().period().to().isAfter(from))
                .filter(r -> to == null || r.emission().period().from().isBefore(to))
                .toList();
    }

    /** Exact kg of the rows per line, before rounding (for the report's automatic decimals). */
    public static List<BigDecimal> exactTotals(List<Recorded> rows) {
        Map<String, BigDecimal> byFigure = new TreeMap<>();
        for (Recorded r : rows) byFigure.merge(r.emission().figureLabel(), kg(r.emission()), BigDecimal::add);
        return List.copyOf(byFigure.values());
    }

    public static CloudReported of(List<Recorded> rows, Summary.By by, int scale) {
        boolean perAccount = by == Summary.By.PROJECT;
        Map<List<String>, Acc> groups = new TreeMap<>(KEY_ORDER);
        for (Recorded r : rows) {
            CloudEmission e = r.emission();
            String acct = perAccount ? accountProject(e) : ALL_ACCOUNTS;
            List<String> key = List.of(e.provider(), acct, e.figureLabel(), e.sourceKind(), e.modelVersion());
            groups.computeIfAbsent(key, k -> new Acc(e)).add(r);
        }
        List<Line> exact = new ArrayList<>();
        Map<String, List<Integer>> byFigure = new TreeMap<>();
        for (Map.Entry<List<String>, Acc> g : groups.entrySet()) {
            Line line = g.getValue().line(g.getKey().get(0), g.getKey().get(1));
            byFigure.computeIfAbsent(line.figure(), f -> new ArrayList<>()).add(exact.size());
            exact.add(line);
        }
        List<Line> lines = new ArrayList<>(exact);
        Map<String, Total> totals = new TreeMap<>();
        for (Map.Entry<String, List<Integer>> f : byFigure.entrySet()) {
            List<BigDecimal> kgs = f.getValue().stream().map(i -> exact.get(i).exactCo2eKg()).toList();
            List<BigDecimal> shown = ToTotal.apportionExact(kgs, scale);
            for (int k = 0; k < shown.size(); k++) {
                int i = f.getValue().get(k);
                lines.set(i, exact.get(i).shown(shown.get(k)));
            }
            totals.put(f.getKey(), new Total(f.getKey(), ToTotal.totalOfExact(kgs, scale), kgs.size(), ToTotal.sum(kgs)));
        }
        String note = perAccount || lines.isEmpty() ? null
                : "cloud providers do not report by " + by.label() + ": one line per provider and figure, all accounts together";
        return new CloudReported(lines, List.copyOf(totals.values()), note);
    }

    /** Account and project, as the provider names them: AWS usage account, GCP project, Azure subscription/resource group. */
    static String accountProject(CloudEmission e) {
        List<String> parts = new ArrayList<>();
        if (e.account() != null) parts.add(e.account());
        if (e.project() != null) parts.add(e.project());
        if (parts.isEmpty() && e.payerAccount() != null) parts.add(e.payerAccount());
        return parts.isEmpty() ? Summary.NONE : String.join("/", parts);
    }

    private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < 4; i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) return c;
        }
        return ModelVersions.compare(a.get(4), b.get(4));
    };

    private static BigDecimal kg(CloudEmission e) { return BigDecimal.valueOf(e.co2e().grams()).movePointLeft(3); }

    static String shortId(String id) { return id == null ? "?" : id.length() > 8 ? id.substring(0, 8) : id; }

    private static String day(Instant t) {
        String s = t.toString();
        return s.endsWith("T00:00:00Z") ? s.substring(0, 10) : s;
    }

    private static final class Acc {
        final CloudEmission first;
        BigDecimal kg = BigDecimal.ZERO;
        final Set<String> imports = new LinkedHashSet<>();
        Instant from;
        Instant to;
        int rows;

        Acc(CloudEmission first) { this.first = first; }

        void add(Recorded r) {
            CloudEmission e = r.emission();
            kg = kg.add(kg(e));
            imports.add(r.importId());
            if (from == null || e.period().from().isBefore(from)) from = e.period().from();
            if (to == null || e.period().to().isAfter(to)) to = e.period().to();
            rows++;
        }

        /** The line with its exact kg (rounded by {@link CloudReported#of}). */
        Line line(String provider, String acct) {
            return new Line(provider, acct, first.figureLabel(), first.scope(),
                    first.method() == null ? null : first.method().label(), kg,
                    first.sourceKind(), first.modelVersion(), List.copyOf(imports), from, to, rows, kg);
        }
    }
}
