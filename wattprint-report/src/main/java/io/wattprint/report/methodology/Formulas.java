package io.wattprint.report.methodology;

import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.PuePeriod;
import io.wattprint.core.figure.Figures;
import io.wattprint.ledger.HardwareRepository.StoredHardware;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * not listed: market-based only with instruments, embodied only with hardware records, allocation only with rules,
 * the metered-vs-run rule only with facility-boundary meter readings.
 */
final class Formulas {
    record Data(List<Formula> formulas, List<PueApplied> pueApplied, List<FacilityPue> facilityPues,
                FactorApplication factorApplication, List<Rule> allocationRules) {}

    record Formula(String formula, String appliedTo, String section, String standard) {}

    record PueApplied(BigDecimal pue, String basis, int runs) {}

    record FacilityPue(String facility, String period, BigDecimal pue, String basis, String category, String source) {}

    /** How the footprints with a factor applied it, as their explanations show. */
    record FactorApplication(int annualOnlyRuns, int seriesRuns, int seriesWithAnnualFallbackRuns, int noFactorRuns) {}

    record Rule(String name, String basis, String measure, String idle, int version, String savedAt) {}

    private Formulas() {}

    static Data data(Inputs in) {
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
        List<Formula> t = new ArrayList<>();
        if (withFootprint > 0) {
            t.add(new Formula("facility kWh = IT kWh × PUE", withFootprint + " run(s) with a footprint", "§2, §2.1",
                    "ISO/IEC 30134-2 (PUE = total facility energy / IT equipment energy)"));
        }
        if (withFactor > 0) {
            t.add(new Formula("kgCO2e (location-based) = facility kWh × grid factor (gCO2e/kWh) / 1000",
                    withFactor + " run(s) with a factor", "§3", "GHG Protocol Scope 2 Guidance (2015), location-based method"));
        }
        if (seriesRuns > 0) {
            t.add(new Formula("kgCO2e = Σ hours facility kWh × factor of the series points, split by time", seriesRuns + " run(s)",
                    "§3.1", "GHG Protocol Scope 2, location-based: hourly where available"));
        }
        if (fallbackRuns > 0) {
            t.add(new Formula("annual factor for the instants no series point covers", fallbackRuns + " run(s)", "§3.2",
                    "GHG Protocol Scope 2, location-based: annual average"));
        }
        int metered = 0, facilityReadings = 0;
        for (List<MeterReading> rs : in.readings().values()) {
            long n = rs.stream().filter(m -> m.kind().boundary() == MeterReading.Boundary.FACILITY).count();
            if (n > 0) metered++;
            facilityReadings += (int) n;
        }
        if (metered > 0) {
            t.add(new Formula("Scope 2 facility kWh = metered kWh (readings in the year, pro rata) + kWh of runs closed outside "
                    + "the readings; not attributed to runs = metered kWh − kWh of the runs inside (runs above the meter are "
                    + "scaled down to it)", metered + " facility(ies) with " + facilityReadings + " facility-boundary meter reading(s)",
                    "§8.7", "GHG Protocol Scope 2 Guidance (2015) §6.1 (metered consumption, utility bills)"));
        }
        if (!in.instruments().isEmpty()) {
            t.add(new Formula("kgCO2e (market-based) = Σ instrument MWh × rate + uncovered MWh × residual mix (grid average where none)",
                    in.instruments().size() + " instrument(s), " + in.residualMixes().size() + " residual mix(es)", "§8",
                    "GHG Protocol Scope 2 Guidance (2015) ch. 6–7, Scope 2 Quality Criteria"));
        }
        if (!in.hardware().isEmpty()) {
            TreeSet<String> covered = new TreeSet<>();
            for (StoredHardware h : in.hardware()) if (hosts.contains(h.record().id())) covered.add(h.record().id());
            t.add(new Formula("M = TE × (TiR / EL) × (RR / ToR)", in.hardware().size() + " hardware record(s); " + covered.size()
                    + " of " + hosts.size() + " host(s) of these runs have one", "§6.1", "SCI, ISO/IEC 21031:2024 (Scope 3 embodied)"));
        }
        if (!in.rules().isEmpty()) {
            t.add(new Formula("line = pool × usage / Σ usage (idle separate: pool × usage / capacity)",
                    in.rules().size() + " saved rule(s)", "§10", "seed 000 top-down attribution by accelerator-hour share"));
        }
        List<PueApplied> applied = new ArrayList<>();
        for (Object[] p : pues.values()) applied.add(new PueApplied(Figures.round((Double) p[0], 2), (String) p[1], (Integer) p[2]));
        return new Data(List.copyOf(t), List.copyOf(applied), facilityPues(in),
                new FactorApplication(annualOnly, seriesRuns, fallbackRuns, noFactor), rules(in));
    }

    private static List<FacilityPue> facilityPues(Inputs in) {
        List<FacilityPue> r = new ArrayList<>();
        for (List<PuePeriod> ps : in.pues().values()) {
            for (PuePeriod p : ps) {
                String category = p.category() == null ? "n/a (declared)"
                        : p.category() + " (" + PuePeriod.categoryName(p.category()) + ")";
                r.add(new FacilityPue(p.facility(), p.period().label(), Figures.round(p.pue().value(), 2), p.basis().label(),
                        category, p.source()));
            }
        }
        return List.copyOf(r);
    }

    private static List<Rule> rules(Inputs in) {
        return in.rules().stream().map(r -> new Rule(r.rule().name(), r.rule().basisLabel(), r.rule().measure().label(),
                r.rule().idle().label(), r.version(), r.createdAt().toString())).toList();
    }

    static List<Block> blocks(Data d) {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(1, "Formulas used"));
        Section.add(b, new Table("formulas", null, List.of(Table.Column.text("Formula"), Table.Column.text("Applied to"),
                Table.Column.text("METHODOLOGY.md"), Table.Column.text("Standard")), Section.rows(d.formulas(),
                f -> Section.cells(f.formula(), f.appliedTo(), f.section(), f.standard())), null),
                "No footprint in the period: no formula was applied.");

        b.add(new Heading(2, "PUE"));
        Section.add(b, new Table("pue_applied", "PUE applied to the runs", List.of(Table.Column.number("PUE"),
                Table.Column.text("Basis"), Table.Column.number("Runs")), Section.rows(d.pueApplied(),
                p -> Section.cells(p.pue(), p.basis(), p.runs())), null), "No footprint: no PUE applied.");
        Section.add(b, new Table("facility_pues", "Facility PUE periods (ISO/IEC 30134-2)", List.of(
                Table.Column.text("Facility"), Table.Column.text("Period"), Table.Column.number("PUE"),
                Table.Column.text("Basis"), Table.Column.text("Category"), Table.Column.text("Source")),
                Section.rows(d.facilityPues(), p -> Section.cells(p.facility(), p.period(), p.pue(), p.basis(),
                        p.category(), p.source())), null), "No facility PUE period for the period.");

        b.add(new Heading(2, "Emission factor application"));
        FactorApplication fa = d.factorApplication();
        b.add(new Facts("factor_application", null, List.of(
                new Facts.Fact("Runs with annual factors only", Integer.toString(fa.annualOnlyRuns())),
                new Facts.Fact("Runs with an hourly factor series", Integer.toString(fa.seriesRuns())),
                new Facts.Fact("of which with the annual fallback", Integer.toString(fa.seriesWithAnnualFallbackRuns())),
                new Facts.Fact("Runs with a footprint but no factor", Integer.toString(fa.noFactorRuns())))));

        if (!d.allocationRules().isEmpty()) {
            b.add(new Heading(2, "Allocation rules"));
            b.add(new Table("allocation_rules", null, List.of(Table.Column.text("Rule"), Table.Column.text("Basis"),
                    Table.Column.text("Measure"), Table.Column.text("Idle capacity"), Table.Column.number("Version"),
                    Table.Column.text("Saved")), Section.rows(d.allocationRules(), r -> Section.cells(r.name(), r.basis(),
                    r.measure(), r.idle(), r.version(), r.savedAt())), null));
        }
        return b;
    }
}
