package io.wattprint.report.methodology;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.core.facility.Facility;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.scope2.ResidualMixYears;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import io.wattprint.report.Basis;
import io.wattprint.report.JsonFigure;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sections 4 and 5: "Coverage" (runs, footprints, known locations, the measured share of IT energy, facilities
 * with and without meter readings for the period) and "Open gaps", each with what to do about it: runs without a
 * location, energy estimated on a host, facilities without readings, zones with own-operations consumption but no
 * residual mix for the year when market-based Scope 2 is computed (the grid average is used instead, METHODOLOGY §8.4),
 * runs without a footprint.
 */
final class CoverageAndGaps {
    private CoverageAndGaps() {}

    /** Section 4's data; the shares (document only) are what the percentages print from. */
    @JsonPropertyOrder({"runs", "runs_with_footprint", "runs_with_known_location", "it_kwh"})
    record Coverage(int runs, int runsWithFootprint, int runsWithKnownLocation, @JsonIgnore BigDecimal itKwh,
                    BigDecimal measuredPct, BigDecimal estimatedPct, BigDecimal importedPct,
                    List<String> facilitiesWithReadings, List<String> facilitiesWithoutReadings,
                    @JsonIgnore double measuredShare, @JsonIgnore double estimatedShare, @JsonIgnore double importedShare,
                    @JsonIgnore BigDecimal exactItKwh) {
        /** JSON: the exact IT kWh, with the decimals printed (issue 16 item 8). */
        @JsonProperty("it_kwh")
        @JsonUnwrapped(prefix = "it_kwh")
        JsonFigure itKwhJson() { return JsonFigure.of(exactItKwh, itKwh); }
    }

    /** Section 5's data. */
    record Gaps(List<Gap> gaps) {}

    record Gap(String gap, String affected, String action) {}

    static Coverage coverage(Inputs in) {
        Basis basis = Basis.of(in.runs());
        int withFootprint = basis.runs() - basis.withoutFootprint().size();
        int known = withFootprint - basis.unknownLocation().size();
        TreeSet<String> with = new TreeSet<>();
        TreeSet<String> without = new TreeSet<>();
        for (Facility f : in.facilities()) (in.readings().get(f.name()).isEmpty() ? without : with).add(f.name());
        double importedShare = basis.itKwh() == 0 ? 0 : basis.importedKwh() / basis.itKwh();
        // the exact decimal sum of the components' stored kWh (as Basis counts them), rounded once
        BigDecimal it = BigDecimal.ZERO;
        for (RunRecord r : in.runs()) {
            if (r.footprint() == null) continue;
            for (ComponentEnergy c : r.footprint().components()) it = it.add(Figures.exact(c.energy().kilowattHours()));
        }
        return new Coverage(basis.runs(), withFootprint, known, Figures.round(it, 3),
                Figures.percentValue(basis.measuredShare(), 1), Figures.percentValue(basis.estimatedShare(), 1),
                Figures.percentValue(importedShare, 1), List.copyOf(with), List.copyOf(without), basis.measuredShare(),
                basis.estimatedShare(), importedShare, it);
    }

    static List<Block> blocks(Coverage c) {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(1, "Coverage"));
        b.add(new Facts("coverage", null, List.of(
                new Facts.Fact("Runs in the period", Integer.toString(c.runs())),
                new Facts.Fact("Runs with a footprint", Integer.toString(c.runsWithFootprint())),
                new Facts.Fact("Runs with a known location (CO2e computed)", Integer.toString(c.runsWithKnownLocation())),
                new Facts.Fact("IT energy (kWh)", Figures.text(c.exactItKwh(), c.itKwh())),
                new Facts.Fact("IT energy measured", Figures.percent(c.measuredShare(), 1)),
                new Facts.Fact("IT energy estimated", Figures.percent(c.estimatedShare(), 1)),
                new Facts.Fact("IT energy imported", Figures.percent(c.importedShare(), 1)),
                new Facts.Fact("Facilities with meter readings for the period", Section.names(c.facilitiesWithReadings(), 10)),
                new Facts.Fact("Facilities without", Section.names(c.facilitiesWithoutReadings(), 10)))));
        return b;
    }

    static Gaps gaps(Inputs in) {
        Basis basis = Basis.of(in.runs());
        List<Gap> t = new ArrayList<>();
        if (!basis.unknownLocation().isEmpty()) {
            t.add(new Gap("Location unknown: no factor, no CO2e", basis.unknownLocation().size() + " run(s): " + Basis.ids(basis.unknownLocation()),
                    "Record where runs execute: wattprint run --location ZONE|CLOUD-REGION (or --facility NAME); a stored "
                            + "run keeps the location it was recorded with (METHODOLOGY §3)."));
        }
        Map<String, double[]> byHost = new TreeMap<>(); // host → {estimated kWh, IT kWh}
        Map<String, TreeSet<String>> methods = new TreeMap<>();
        for (RunRecord r : in.runs()) {
            StoredFootprint f = r.footprint();
            if (f == null) continue;
            String host = r.run().host() == null ? "(no host)" : r.run().host();
            for (ComponentEnergy c : f.components()) {
                double[] h = byHost.computeIfAbsent(host, k -> new double[2]);
                h[1] += c.energy().kilowattHours();
                if (c.provenance().kind() == Provenance.Kind.ESTIMATED) {
                    h[0] += c.energy().kilowattHours();
                    methods.computeIfAbsent(host, k -> new TreeSet<>()).add(c.provenance().method());
                }
            }
        }
        byHost.forEach((host, h) -> {
            if (h[0] <= 0) return;
            t.add(new Gap("Energy estimated on host " + host, Figures.text(h[0], 3) + " kWh of " + Figures.text(h[1], 3) + " kWh ("
                            + Figures.percent(h[0] / h[1], 1) + ") by " + String.join(", ", methods.get(host)),
                    "Meter host " + host + ": run under wattprint run with RAPL energy_uj readable (METHODOLOGY §1.2) and "
                            + "NVML for its GPUs (§1.1), so the energy is measured instead of estimated (§1.3–1.4)."));
        });
        for (Facility f : in.facilities()) {
            if (!in.readings().get(f.name()).isEmpty()) continue;
            t.add(new Gap("No meter reading for the period", "facility " + f.name(), "wattprint facility reading " + f.name()
                    + " --from … --to … --kwh … --kind utility-bill|interval-meter|bms|pdu --source …, then wattprint "
                    + "reconcile (METHODOLOGY §2.1, §9)."));
        }
        if (!in.instruments().isEmpty()) residualMixGaps(in, t);
        if (!basis.withoutFootprint().isEmpty()) {
            t.add(new Gap("No footprint", basis.withoutFootprint().size() + " run(s): " + Basis.ids(basis.withoutFootprint()),
                    "A closed run: wattprint runs recompute ID; a run still open gets its footprint when it closes."));
        }
        return new Gaps(List.copyOf(t));
    }

    static List<Block> blocks(Gaps g) {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(1, "Open gaps"));
        Section.add(b, new Table("gaps", null, List.of(Table.Column.text("Gap"), Table.Column.text("Affected"),
                Table.Column.text("What to do")), Section.rows(g.gaps(), x -> Section.cells(x.gap(), x.affected(), x.action())),
                null), "No open gap: every run has a footprint and a location, no energy is estimated, every facility has a "
                + "meter reading for the period and, where market-based Scope 2 is computed, every zone with "
                + "own-operations consumption has a residual mix for its year.");
        return b;
    }

    /**
     * Market-based Scope 2 is computed (the period has instruments): every zone and year with own-operations
     * consumption — runs with a grid factor and no cloud region, in the UTC year the run closed, as Scope 2 assigns it
     * — without a residual mix <b>for that year</b> is a gap. What no instrument covers there gets the grid average
     * (else the latest earlier year's residual mix, {@link ResidualMixYears}), which counts again attributes others claimed (GHG Protocol Scope 2
     * Guidance §6.11; METHODOLOGY §8.4 step 5).
     */
    private static void residualMixGaps(Inputs in, List<Gap> t) {
        Map<String, Map<Integer, double[]>> consumption = new TreeMap<>(); // zone → year → {runs, facility kWh}
        for (RunRecord r : in.runs()) {
            StoredFootprint f = r.footprint();
            if (f == null || f.factorZone() == null || f.factorGramsPerKwh() == null || r.run().location().cloudRegion() != null) {
                continue;
            }
            double[] c = consumption.computeIfAbsent(f.factorZone(), k -> new TreeMap<>())
                    .computeIfAbsent(Inputs.scope2Year(r), k -> new double[2]);
            c[0]++;
            c[1] += f.facilityEnergy().kilowattHours();
        }
        ResidualMixYears rule = new ResidualMixYears(in.residualMixes());
        consumption.forEach((zone, years) -> years.forEach((year, c) -> {
            ResidualMixYears.Choice choice = rule.choose(zone, year);
            if (choice.sameYear()) return;
            String fallback = choice.mix() == null
                    ? "the grid average, which counts again attributes others claimed"
                            + (choice.laterYear() == null ? "" : " (the " + choice.laterYear() + " residual mix is later: not used)")
                    : "the " + choice.mix().year() + " residual mix (latest earlier published year) instead of the " + year + " one";
            t.add(new Gap("No residual mix for " + zone + " " + year + " (market-based Scope 2)",
                    "zone " + zone + ": " + (int) c[0] + " run(s), " + Figures.text(c[1], 3) + " kWh of own-operations consumption closed in " + year,
                    "The MWh no instrument covers in " + zone + " get " + fallback + " (GHG Protocol Scope 2 Guidance §6.11; "
                            + "METHODOLOGY §8.4 step 5): wattprint instruments residual-mix --zone " + zone + " --year " + year
                            + " --g-per-kwh G --source TEXT."));
        }));
    }
}
