package io.wattprint.report.methodology;

import io.wattprint.core.model.Period;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Paragraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code wattprint report methodology}: the methodology and assumptions appendix, generated from the ledger so it
 * is true for the ledger it describes. Five sections, the same in every format and as JSON keys:
 * {@code data_sources}, {@code formulas}, {@code estimators}, {@code coverage}, {@code gaps}. Everything is derived
 * from what the ledger holds for the period (runs that started in it; records overlapping it); nothing is asserted
 * that the ledger does not show.
 */
public final class Methodology {
    private Methodology() {}

    /** The appendix for the runs that started in {@code period} (null: every run in the ledger). */
    public static ReportOutput generate(Ledger ledger, Period period, Instant generatedAt) {
        return build(Inputs.read(ledger, period), generatedAt);
    }

    /** The appendix when there is no ledger yet: every section says it has nothing to show. */
    public static ReportOutput empty(Period period, Instant generatedAt) {
        return build(Inputs.empty(period), generatedAt);
    }

    static ReportOutput build(Inputs in, Instant generatedAt) {
        String scope = in.period() == null ? "all runs in the ledger" : "runs started in " + in.period().label();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Generated from the ledger: every source, formula and estimator below is one the ledger shows "
                + "was used for " + scope + "; section references are to docs/METHODOLOGY.md."));
        DataSources.Data sources = DataSources.data(in);
        Formulas.Data formulas = Formulas.data(in);
        Estimators.Data estimators = Estimators.data(in);
        CoverageAndGaps.Coverage coverage = CoverageAndGaps.coverage(in);
        CoverageAndGaps.Gaps gaps = CoverageAndGaps.gaps(in);
        Data data = new Data("methodology", generatedAt.toString(), in.period() == null ? null : in.period().label(),
                in.period() == null ? null : in.period().from().toString(),
                in.period() == null ? null : in.period().to().toString(), sources, formulas, estimators, coverage, gaps);
        blocks.addAll(DataSources.blocks(sources));
        blocks.addAll(Formulas.blocks(formulas));
        blocks.addAll(Estimators.blocks(estimators));
        blocks.addAll(CoverageAndGaps.blocks(coverage));
        blocks.addAll(CoverageAndGaps.blocks(gaps));
        Document d = new Document("methodology", "Methodology and assumptions", "Period: " + (in.period() == null ? "all runs"
                : in.period().label()), generatedAt, blocks);
        return new ReportOutput(d, data);
    }

    /** The appendix's data: the period, then each section's data under its key; the document is built from it. */
    record Data(String report, String generatedAt, String period, String periodStart, String periodEnd,
                DataSources.Data dataSources, Formulas.Data formulas, Estimators.Data estimators,
                CoverageAndGaps.Coverage coverage, CoverageAndGaps.Gaps gaps) {}
}
