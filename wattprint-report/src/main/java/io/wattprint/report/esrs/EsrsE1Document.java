package io.wattprint.report.esrs;

import io.wattprint.core.figure.Fact;
import io.wattprint.core.figure.Figures;
import io.wattprint.report.ResidualMixUse;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ESRS E1 document, read from the report's data ({@link EsrsE1Data}, what its JSON writes, with its printed-only
 * tables), so the printed form and the JSON cannot disagree; only the "Sources and methods" blocks come from the
 * {@code Basis} itself.
 */
final class EsrsE1Document {
    private EsrsE1Document() {}

    static Document of(EsrsE1Data data, List<Block> basisBlocks, Instant generatedAt) {
        EsrsE1Data.Meta m = data.meta();
        int year = m.year();
        List<Block> blocks = new ArrayList<>();
        blocks.add(facts(m));
        blocks.add(new Heading(1, "E1-5 and E1-6 datapoints"));
        blocks.add(datapoints(data));
        blocks.add(new Heading(1, "Narrative datapoints"));
        narrative(data, blocks);
        blocks.add(new Heading(1, "XBRL elements"));
        blocks.add(xbrl(data));
        blocks.add(new Heading(1, "Boundary"));
        for (String b : m.boundary()) blocks.add(new Paragraph(b));
        blocks.add(new Heading(1, "Energy mix of own operations, " + year + " (E1-5)"));
        blocks.add(EsrsTables.energyMix(data.tables().energyMix()));
        blocks.add(new Heading(1, "Scope 2 by facility / zone, " + year + " (E1-6_09, E1-6_10)"));
        blocks.add(EsrsTables.scope2(data.tables().scope2()));
        if (!data.meta().meteredFacilities().isEmpty()) {
            blocks.add(io.wattprint.report.scope2.Scope2Report.meteredTable(data.meta().meteredFacilities()));
        }
        blocks.add(new Heading(1, "Residual mix used, " + year + " (E1-5 split, E1-6_10)"));
        blocks.add(m.residualMixYears().isEmpty() ? new Paragraph("No own-operations consumption: no residual mix used.")
                : ResidualMixUse.table(m.residualMixYears()));
        blocks.add(new Heading(1, "Scope 3 category 1: purchased cloud compute, " + year + " (E1-6_11)"));
        blocks.add(EsrsTables.cloud(data.tables().cloud()));
        blocks.add(new Heading(1, "Scope 3 category 3: upstream of purchased electricity, " + year + " (in E1-6_11)"));
        blocks.add(EsrsTables.category3(data.tables().category3()));
        blocks.add(new Heading(1, "Notes"));
        for (EsrsE1Data.Note n : m.notes()) blocks.add(n.notice());
        blocks.addAll(basisBlocks);
        String subtitle = "ESRS E1 (Commission Delegated Regulation (EU) 2023/2772), AI portfolio: E1-5 energy (MWh) and E1-6 "
                + "GHG emissions (tCO2e), year " + year + ", prior year " + m.priorYear() + ", base year " + m.baseYear();
        return new Document(EsrsE1Report.KIND, "ESRS E1 climate disclosures " + year, subtitle, generatedAt, blocks);
    }

    private static Facts facts(EsrsE1Data.Meta m) {
        String priorNa = m.priorYearNote(), baseNa = m.baseYearNote();
        EsrsE1Data.Revenue revenue = m.netRevenue();
        List<Facts.Fact> facts = new ArrayList<>(List.of(
                new Facts.Fact("Reporting year", m.year() + " (runs closed in it, UTC)"),
                new Facts.Fact("Prior year", m.priorYear() + (priorNa == null ? "" : " (" + priorNa + ")")),
                new Facts.Fact("Base year", m.baseYear() + " (" + m.baseYearBasis() + ")"
                        + (baseNa == null ? "" : " (" + baseNa + ")")),
                new Facts.Fact("Reporter", m.reporter() == null ? "not named" : m.reporter()),
                new Facts.Fact("Net revenue", revenue == null ? "not given"
                        : Figures.text(revenue.amount()) + " " + revenue.currency()),
                new Facts.Fact("Energy mix", m.energyMixFile() == null ? "none given (--energy-mix)" : m.energyMixFile())));
        // a restated year in the facts too, so that CSV (which has no notes) shows it
        for (EsrsE1Data.Restatement r : m.restatements()) facts.add(3, new Facts.Fact("Restated", BaseYear.summary(r)));
        return new Facts("report", null, facts);
    }

    /**
     * The datapoints table: one line per datapoint, and the energy not determined after E1-5_05 (not an ESRS datapoint).
     * The XBRL elements are a table of their own ({@link #xbrl}): their names, up to 130 characters, would widen this
     * one past a page.
     */
    private static Table datapoints(EsrsE1Data data) {
        String priorNa = data.meta().priorYearNote(), baseNa = data.meta().baseYearNote();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, EsrsE1Data.Datapoint> e : data.datapoints().entrySet()) {
            EsrsE1Data.Datapoint d = e.getValue();
            String label = d.factorBoundary() == null ? d.label() : d.label() + " (factor boundary: " + d.factorBoundary() + ")";
            if (d.unit() == null) {
                // a narrative datapoint: its text, paragraphs long, is under "Narrative datapoints", not in a figure column
                rows.add(List.of(e.getKey(), label, "text", SEE_BELOW, SEE_BELOW, SEE_BELOW));
                continue;
            }
            rows.add(List.of(e.getKey(), label, d.unit(), cell(d.valueFact(), d.text(), d.note()),
                    cell(d.priorYearFact(), d.priorYearText(), d.priorYearNote()),
                    cell(d.baseYearFact(), d.baseYearText(), d.baseYearNote())));
            EsrsE1Data.Datapoint it = data.meta().energyItOnly();
            if (e.getKey().equals("E1-5_01") && (signum(it.value()) > 0 || signum(it.priorYear()) > 0 || signum(it.baseYear()) > 0)) {
                rows.add(List.of("—", "of which IT energy only, no PUE known (part of E1-5_01, not an ESRS datapoint; the rest "
                        + "is facility energy, IT energy × PUE)", "MWh", cell(it.valueFact(), ""), cell(it.priorYearFact(), priorNa),
                        cell(it.baseYearFact(), baseNa)));
            }
            if (e.getKey().equals("E1-5_05")) {
                EsrsE1Data.Datapoint nd = data.meta().energyNotDetermined();
                rows.add(List.of("—", "Energy consumption whose source is not determined (part of E1-5_01, not an ESRS datapoint)",
                        "MWh", nd.valueFact().text(), cell(nd.priorYearFact(), priorNa), cell(nd.baseYearFact(), baseNa)));
            }
        }
        return new Table("datapoints", null, List.of(Table.Column.text("Datapoint"), Table.Column.text("Description"),
                Table.Column.text("Unit"), Table.Column.number("Year"), Table.Column.number("Prior year"),
                Table.Column.number("Base year")), rows, null);
    }

    /** The cell of a narrative datapoint in the datapoints table. */
    static final String SEE_BELOW = "text below";

    /** Each narrative datapoint (a text, no unit) as a paragraph per year: the year, the prior year, the base year. */
    private static void narrative(EsrsE1Data data, List<Block> blocks) {
        EsrsE1Data.Meta m = data.meta();
        for (Map.Entry<String, EsrsE1Data.Datapoint> e : data.datapoints().entrySet()) {
            EsrsE1Data.Datapoint d = e.getValue();
            if (d.unit() != null) continue;
            blocks.add(new Paragraph(e.getKey() + " " + d.label() + ". " + m.year() + ": " + or(d.text(), d.note()) + ". Prior year ("
                    + m.priorYear() + "): " + or(d.priorYearText(), d.priorYearNote()) + ". Base year (" + m.baseYear() + "): "
                    + or(d.baseYearText(), d.baseYearNote()) + "."));
        }
    }

    private static String or(String text, String why) { return text != null ? text : why == null ? "none" : why; }

    /** The XBRL element of every datapoint of the datapoints table (the lines that are not ESRS datapoints have none). */
    private static Table xbrl(EsrsE1Data data) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, EsrsE1Data.Datapoint> e : data.datapoints().entrySet()) {
            if (e.getValue().xbrl() != null) rows.add(List.of(e.getKey(), e.getValue().xbrl()));
        }
        return new Table("xbrl", "ESRS Set 1 XBRL Taxonomy (EFRAG, 2024-08-30)", List.of(Table.Column.text("Datapoint"),
                Table.Column.text("XBRL element")), rows, null);
    }

    private static int signum(BigDecimal v) { return v == null ? 0 : v.signum(); }

    /** A datapoint's cell: its figure, or why there is none. */
    private static String cell(Fact v, String why) { return v == null ? why : v.text(); }

    /** A datapoint's cell: its figure, else its text, else why there is none. */
    private static String cell(Fact v, String text, String why) { return v != null ? v.text() : text != null ? text : why; }

}
