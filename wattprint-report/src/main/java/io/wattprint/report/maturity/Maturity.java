package io.wattprint.report.maturity;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.model.Period;
import io.wattprint.core.model.Phase;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.Basis;
import io.wattprint.report.ReportOutput;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code wattprint report maturity}: the measurement maturity of seed 000's rubric (COMPEL D19), per AI system and
 * for the organisation, decided from the ledger. Level 2 (Developing): "at least one-off measurement of the largest
 * training runs"; Level 3 (Defined): "continuous per-system kilowatt-hour and tCO2e tracking for every production
 * AI system", every run logging "its energy figure to a central registry without practitioner intervention".
 *
 * <p>Rules (an AI system is a workload name; production = inference runs in the period, or the production tag):
 * <ul>
 *   <li>Level 3: ≥ {@value #THRESHOLD_PCT} % of its IT energy measured (counter or power), ≥ {@value #THRESHOLD_PCT} %
 *       recorded automatically (by wattprint run or the Java API, not imported), ≥ {@value #THRESHOLD_PCT} % with
 *       CO2e (location known), every run with a footprint, and continuous: it ran in at least {@value #MIN_WEEKS}
 *       ISO weeks of the period and every ISO week in which it ran has an automatic run with CO2e whose energy is
 *       ≥ {@value #THRESHOLD_PCT} % measured (seed 000: a weekly refresh of the dashboard);</li>
 *   <li>Level 2: not Level 3, and its largest training run (its largest run if it has no training run) has
 *       ≥ {@value #THRESHOLD_PCT} % of its IT energy measured or imported from a measuring tool;</li>
 *   <li>Level 1: anything else (estimates only, no footprint).</li>
 * </ul>
 * The organisation is at Level 3 only if it has production systems and every one is Level 3; else at Level 2 if any
 * system is at Level 2 or above; else Level 1.
 */
public final class Maturity {
    static final double THRESHOLD = 0.9;
    static final int THRESHOLD_PCT = 90;
    static final int MIN_WEEKS = 2;
    /** Weeks in the default period: the last 12 whole ISO weeks before the week of generation. */
    public static final int DEFAULT_WEEKS = 12;

    private Maturity() {}

    /** Which tag marks a production system besides inference runs (default {@code env=production}). */
    public record ProductionTag(String key, String value) {
        public static final ProductionTag DEFAULT = new ProductionTag("env", "production");

        public ProductionTag {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (key.isBlank() || value.isBlank()) throw new IllegalArgumentException("a production tag needs a key and a value");
        }

        /** {@code key=value}, both non-blank. */
        public static ProductionTag parse(String text) {
            int eq = text == null ? -1 : text.indexOf('=');
            if (eq <= 0 || eq == text.length() - 1 || text.substring(0, eq).isBlank() || text.substring(eq + 1).isBlank()) {
                throw new IllegalArgumentException("'" + text + "' is not a tag (expected KEY=VALUE, e.g. env=production)");
            }
            return new ProductionTag(text.substring(0, eq).strip(), text.substring(eq + 1).strip());
        }

        @Override
        public String toString() { return key + "=" + value; }
    }

    /** The last {@value #DEFAULT_WEEKS} whole ISO weeks (Monday 00:00 UTC) before the week containing {@code at}. */
    public static Period defaultPeriod(Instant at) {
        LocalDate monday = at.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Period.of(monday.minusWeeks(DEFAULT_WEEKS), monday);
    }

    /** An instant's ISO week, {@code 2026-W47} (UTC). */
    static String week(Instant t) {
        LocalDate d = t.atZone(ZoneOffset.UTC).toLocalDate();
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The ISO weeks a period touches, in order. */
    static Set<String> weeks(Period p) {
        Set<String> w = new LinkedHashSet<>();
        for (Instant t = p.from(); t.isBefore(p.to()); t = t.plusSeconds(86_400)) w.add(week(t));
        return w;
    }

    static boolean meets(double share) { return share >= THRESHOLD - 1e-9; }

    /** The report for the runs that started in {@code period} ({@code runs} may hold others; they are left out). */
    public static ReportOutput generate(List<RunRecord> runs, Period period, ProductionTag tag, Instant generatedAt) {
        Set<String> periodWeeks = weeks(period);
        Map<String, List<RunRecord>> bySystem = new TreeMap<>();
        List<RunRecord> inPeriod = new ArrayList<>();
        for (RunRecord r : runs) {
            if (!period.contains(r.run().start())) continue;
            inPeriod.add(r);
            bySystem.computeIfAbsent(r.run().workload().name(), k -> new ArrayList<>()).add(r);
        }
        List<SystemAssessment> systems = new ArrayList<>();
        bySystem.forEach((name, rs) -> systems.add(new SystemAssessment(name, rs, periodWeeks, productionReason(rs, tag))));

        int production = 0, production3 = 0, max = 0;
        for (SystemAssessment s : systems) {
            if (s.production()) {
                production++;
                if (s.level == 3) production3++;
            }
            max = Math.max(max, s.level);
        }
        Integer orgLevel = systems.isEmpty() ? null : production > 0 && production3 == production ? 3 : max >= 2 ? 2 : 1;
        String summary = organisation(systems.size(), production, production3, orgLevel);
        MaturityData.Organisation org = new MaturityData.Organisation(orgLevel, systems.size(), production, production3, summary);

        List<BigDecimal> kwh = ToTotal.apportionExact(systems.stream().map(s -> s.itKwhExact).toList(), 3);
        List<BigDecimal> kg = ToTotal.apportionExact(systems.stream().map(s -> s.co2eKgExact).toList(), 3);
        List<MaturityData.AiSystem> sys = new ArrayList<>();
        int runCount = 0;
        for (int i = 0; i < systems.size(); i++) {
            SystemAssessment s = systems.get(i);
            runCount += s.runs;
            MaturityData.Exact exact = new MaturityData.Exact(s.measuredShare(), s.automaticShare(), s.co2eKnownShare(),
                    s.itKwhExact, s.co2eKgExact);
            sys.add(new MaturityData.AiSystem(s.name, s.production(), s.level, s.runs, List.copyOf(s.weeksActive),
                    List.copyOf(s.weeksCovered), Figures.percentValue(s.measuredShare(), 1),
                    Figures.percentValue(s.automaticShare(), 1), Figures.percentValue(s.co2eKnownShare(), 1), kwh.get(i),
                    kg.get(i), s.productionReason, List.copyOf(s.missing), exact));
        }
        MaturityData.Total total = systems.isEmpty() ? null
                : MaturityData.Total.of(runCount, ToTotal.sum(kwh), ToTotal.sum(kg),
                        ToTotal.sum(systems.stream().map(s -> s.itKwhExact).toList()),
                        ToTotal.sum(systems.stream().map(s -> s.co2eKgExact).toList()));
        Basis basis = Basis.of(inPeriod);
        MaturityData data = new MaturityData("maturity", generatedAt.toString(), period.label(), period.from().toString(),
                period.to().toString(), List.copyOf(periodWeeks), rules(tag), org, sys, total, basis.data());
        return new ReportOutput(MaturityDocument.of(data, basis.blocks(), generatedAt), data);
    }

    private static String productionReason(List<RunRecord> runs, ProductionTag tag) {
        boolean inference = runs.stream().anyMatch(r -> r.run().workload().phase() == Phase.INFERENCE);
        boolean tagged = runs.stream().anyMatch(r -> tag.value().equals(r.run().workload().tags().get(tag.key())));
        if (inference && tagged) return "inference, " + tag;
        if (inference) return "inference";
        return tagged ? tag.toString() : null;
    }

    private static String organisation(int systems, int production, int production3, Integer level) {
        if (level == null) return "Not assessed: no AI systems in the period.";
        String s = "Level " + level + ": " + production3 + " of " + production + " production system(s) at Level 3";
        if (production == 0) return s + " (no production system in the period: Level 3 needs every production system measured "
                + "continuously); " + systems + " AI system(s) assessed.";
        return s + (level == 3 ? "." : "; Level 3 needs all of them.") + " " + systems + " AI system(s) assessed.";
    }

    static List<String> ruleLines(ProductionTag tag) {
        return List.of(
                "Rubric (seed 000, COMPEL D19): Level 2 (Developing) = at least one-off measurement of the largest training runs; "
                        + "Level 3 (Defined) = continuous per-system kWh and tCO2e tracking for every production AI system, "
                        + "logged automatically to a central registry.",
                "AI system: the runs of one workload name (wattprint run --name, the tracker's workload; default the project). "
                        + "Production: a system with inference runs in the period, or with a run tagged " + tag + ".",
                "Level 3: ≥ 90 % of its IT energy measured (energy counter or integrated power), ≥ 90 % recorded automatically "
                        + "(by wattprint run or the Java API; imports need a person), ≥ 90 % with CO2e (location known), every "
                        + "run with a footprint, and continuous: it ran in at least 2 ISO weeks of the period and every ISO week "
                        + "in which it ran has an automatic run with CO2e and ≥ 90 % of its energy measured (weekly, as the "
                        + "seed's weekly dashboard refresh).",
                "Level 2: its largest training run (its largest run if it has none) by IT energy has ≥ 90 % of its energy "
                        + "measured or imported from a measuring tool (seed 000: a cloud provider's figures or CodeCarbon in "
                        + "the training loop are Level 2). Level 1: anything else (estimates only, no footprint).",
                "Organisation: Level 3 only if it has production systems and every one is at Level 3; Level 2 if any system "
                        + "is at Level 2 or above; Level 1 otherwise.");
    }

    private static MaturityData.Rules rules(ProductionTag tag) {
        return new MaturityData.Rules("workload name", "inference runs in the period, or tag " + tag, tag.toString(),
                THRESHOLD_PCT, MIN_WEEKS, ruleLines(tag));
    }
}
