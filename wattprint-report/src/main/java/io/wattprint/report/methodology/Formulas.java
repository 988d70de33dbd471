package io.wattprint.report.methodology;

import io.wattprint.core.facility.PuePeriod;
import io.wattprint.core.figure.Figures;
import io.wattprint.ledger.AllocationRuleRepository.StoredRule;
import io.wattprint.ledger.HardwareRepository.StoredHardware;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import io.wattprint.report.JsonTable.Col;
import io.wattprint.report.JsonTable;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Section 2, "Formulas used": each formula the ledger shows was applied, with the runs or records it applied to,
 * its METHODOLOGY.md section and its standard; then the PUEs (as applied, and the facilities' PUE periods with
 * their ISO/IEC 30134-2 category), how emission factors were applied (annual, hourly series, fallback, as the
 * footprints' explanations show) and the saved allocation rules. A formula the ledger gives no evidence of is
 * not listed: market-based only with instruments, embodied only with hardware records, allocation only with rules.
 */
final class Formulas {
    private Formulas() {}

    static Section build(Inputs in) {
        int withFootprint = 0, withFactor = 0, seriesRuns = 0, fallbackRuns = 0, annualOnly = 0, noFactor = 0;
        TreeSet<String> hosts = new TreeSet<>();
        Map<String, Object[]> pues = new TreeMap<>();
        for (RunRecord r : in.runs()) {
            if (r.run().host() != null) hosts.add(r.run().host());
            StoredFootprint f = r.footprint();
            if (f == null) continue;
            withFootprint++;
            String key = String.format(Locale.ROOT, "%012.6f|%s", f.pue(), f.pueBasis());
            Object[] p = pues.computeIfAbsent(key, k -> new Object[] {f.pue(), f.pueBasis(), 0});
            p[2] = (Integer) p[2] + 1;
            if (f.co2e() == null) {
                noFactor++;
                continue;
            }
            withFactor++;
            boolean series = false, annual = false;
            for (String line : f.explanation()) {
                String s = line.strip();
                if (s.startsWith("grid factor series:")) series = true;
                else if (s.startsWith("grid factor:")) annual = true;
            }
            if (series) seriesRuns++;
            if (series && annual) fallbackRuns++;
            if (!series) annualOnly++;
        }
        List<Block> b = new ArrayList<>();
        Map<String, Object> json = new LinkedHashMap<>();
        b.add(new Heading(1, "Formulas used"));
        JsonTable t = new JsonTable("formulas", null, Col.text("Formula", "formula"), Col.text("Applied to", "applied_to"),
                Col.text("METHODOLOGY.md", "section"), Col.text("Standard", "standard"));
        if (withFootprint > 0) {
            t.row("facility kWh = IT kWh × PUE", withFootprint + " run(s) with a footprint", "§2, §2.1",
                    "ISO/IEC 30134-2 (PUE = total facility energy / IT equipment energy)");
        }
        if (withFactor > 0) {
            t.row("kgCO2e (location-based) = facility kWh × grid factor (gCO2e/kWh) / 1000", withFactor + " run(s) with a factor",
                    "§3", "GHG Protocol Scope 2 Guidance (2015), location-based method");
        }
        if (seriesRuns > 0) {
            t.row("kgCO2e = Σ hours facility kWh × factor of the series points, split by time", seriesRuns + " run(s)", "§3.1",
                    "GHG Protocol Scope 2, location-based: hourly where available");
        }
        if (fallbackRuns > 0) {
            t.row("annual factor for the instants no series point covers", fallbackRuns + " run(s)", "§3.2",
                    "GHG Protocol Scope 2, location-based: annual average");
        }
        if (!in.instruments().isEmpty()) {
            t.row("kgCO2e (market-based) = Σ instrument MWh × rate + uncovered MWh × residual mix (grid average where none)",
                    in.instruments().size() + " instrument(s), " + in.residualMixes().size() + " residual mix(es)", "§8",
                    "GHG Protocol Scope 2 Guidance (2015) ch. 6–7, Scope 2 Quality Criteria");
        }
        if (!in.hardware().isEmpty()) {
            TreeSet<String> covered = new TreeSet<>();
            for (StoredHardware h : in.hardware()) if (hosts.contains(h.record().id())) covered.add(h.record().id());
            t.row("M = TE × (TiR / EL) × (RR / ToR)", in.hardware().size() + " hardware record(s); " + covered.size() + " of "
                    + hosts.size() + " host(s) of these runs have one", "§6.1", "SCI, ISO/IEC 21031:2024 (Scope 3 embodied)");
        }
        if (!in.rules().isEmpty()) {
            t.row("line = pool × usage / Σ usage (idle separate: pool × usage / capacity)", in.rules().size() + " saved rule(s)",
                    "§10", "seed 000 top-down attribution by accelerator-hour share");
        }
        DataSources.add(b, json, "formulas", t, "No footprint in the period: no formula was applied.");

        b.add(new Heading(2, "PUE"));
        JsonTable pt = new JsonTable("pue_applied", "PUE applied to the runs", Col.number("PUE", "pue"), Col.text("Basis", "basis"),
                Col.number("Runs", "runs"));
        for (Object[] p : pues.values()) pt.row(Figures.round((Double) p[0], 2), p[1], p[2]);
        DataSources.add(b, json, "pue_applied", pt, "No footprint: no PUE applied.");
        JsonTable fp = new JsonTable("facility_pues", "Facility PUE periods (ISO/IEC 30134-2)", Col.text("Facility", "facility"),
                Col.text("Period", "period"), Col.number("PUE", "pue"), Col.text("Basis", "basis"),
                Col.text("Category", "category"), Col.text("Source", "source"));
        for (List<PuePeriod> ps : in.pues().values()) {
            for (PuePeriod p : ps) {
                fp.row(p.facility(), p.period().label(), Figures.round(p.pue().value(), 2), p.basis().label(),
                        p.category() == null ? "n/a (declared)" : p.category() + " (" + PuePeriod.categoryName(p.category()) + ")", p.source());
            }
        }
        DataSources.add(b, json, "facility_pues", fp, "No facility PUE period for the period.");

        b.add(new Heading(2, "Emission factor application"));
        b.add(new Facts("factor_application", null, List.of(
                new Facts.Fact("Runs with annual factors only", Integer.toString(annualOnly)),
                new Facts.Fact("Runs with an hourly factor series", Integer.toString(seriesRuns)),
                new Facts.Fact("of which with the annual fallback", Integer.toString(fallbackRuns)),
                new Facts.Fact("Runs with a footprint but no factor", Integer.toString(noFactor)))));
        Map<String, Object> fa = new LinkedHashMap<>();
        fa.put("annual_only_runs", annualOnly);
        fa.put("series_runs", seriesRuns);
        fa.put("series_with_annual_fallback_runs", fallbackRuns);
        fa.put("no_factor_runs", noFactor);
        json.put("factor_application", fa);

        if (!in.rules().isEmpty()) {
            b.add(new Heading(2, "Allocation rules"));
            JsonTable rt = new JsonTable("allocation_rules", null, Col.text("Rule", "name"), Col.text("Basis", "basis"),
                    Col.text("Measure", "measure"), Col.text("Idle capacity", "idle"), Col.number("Version", "version"),
                    Col.text("Saved", "saved_at"));
            for (StoredRule r : in.rules()) {
                rt.row(r.rule().name(), r.rule().basisLabel(), r.rule().measure().label(), r.rule().idle().label(), r.version(),
                        r.createdAt().toString());
            }
            b.add(rt.table());
            json.put("allocation_rules", rt.rows());
        } else {
            json.put("allocation_rules", List.of());
        }
        return new Section(b, json);
    }
}
