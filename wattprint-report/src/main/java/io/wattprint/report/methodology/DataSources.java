package io.wattprint.report.methodology;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.ledger.HardwareRepository.StoredHardware;
import io.wattprint.ledger.ImportRecord;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import io.wattprint.report.JsonTable.Col;
import io.wattprint.report.JsonTable;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Paragraph;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section 1, "Data sources and versions": the reference data versions the footprints cite, the emission factors
 * they used (with the basis and boundary their explanations name), the factor series imported for the runs' zones,
 * the files ingested, the cloud provider exports, the contractual instruments and residual mixes, and the hardware
 * records. Only what the ledger holds: an empty kind says so in one line.
 */
final class DataSources {
    /** "(average, lifecycle)" as factor citations and series labels print it (EmissionFactor.citation, FactorSeries.label). */
    private static final Pattern BASIS = Pattern.compile("\\((average|marginal), (lifecycle|direct)\\)");

    private DataSources() {}

    static Section build(Inputs in) {
        List<Block> b = new ArrayList<>();
        Map<String, Object> json = new LinkedHashMap<>();
        b.add(new Heading(1, "Data sources and versions"));

        Map<String, Integer> datasets = new TreeMap<>();
        for (RunRecord r : in.runs()) {
            if (r.footprint() == null) continue;
            String d = r.footprint().dataset() == null ? "(not recorded)" : r.footprint().dataset();
            datasets.merge(d, 1, Integer::sum);
        }
        JsonTable ref = new JsonTable("reference_data", "Reference data versions cited by the footprints",
                Col.text("Dataset", "dataset"), Col.number("Runs", "runs"));
        datasets.forEach(ref::row);
        add(b, json, "reference_data", ref, "No footprint cites a reference data version.");

        factors(in, b, json);

        JsonTable series = new JsonTable("factor_series", "Emission factor series imported (zones of these runs)",
                Col.text("Zone", "zone"), Col.text("Source", "source"), Col.text("Dataset", "dataset"), Col.text("Basis", "basis"),
                Col.text("Boundary", "boundary"), Col.number("Points", "points"), Col.text("From", "from"), Col.text("To", "to"));
        for (FactorSeries s : in.series()) {
            series.row(s.zone(), s.source(), s.dataset(), lower(s.basis().name()), lower(s.boundary().name()), s.points().size(),
                    s.from().toString(), s.to().toString());
        }
        add(b, json, "factor_series", series, "No factor series is imported for the zones of these runs: annual factors only.");

        JsonTable files = new JsonTable("ingested_files", "Files ingested (wattprint ingest; all files the ledger records)",
                Col.text("Kind", "kind"), Col.text("File", "file"), Col.text("SHA-256", "sha256"), Col.text("Ingested", "ingested_at"),
                Col.number("Imported", "imported"), Col.number("Duplicates", "duplicates"),
                Col.number("Quarantined", "quarantined"), Col.text("Status", "status"));
        for (ImportRecord r : in.imports()) {
            files.row(r.kind(), r.file(), new JsonTable.Cell(r.contentSha256().substring(0, Math.min(12, r.contentSha256().length())),
                    r.contentSha256()), r.finishedAt().toString(), r.imported(), r.skippedDuplicates(), r.quarantined(), r.status());
        }
        add(b, json, "ingested_files", files, "No file has been ingested.");

        cloud(in, b, json);
        instruments(in, b, json);

        JsonTable hw = new JsonTable("hardware", "Hardware records (embodied carbon)", Col.text("Host or asset", "id"),
                Col.text("Model", "model"), Col.number("Embodied kgCO2e", "embodied_kg"), Col.text("Source", "source"),
                Col.number("Life (years)", "lifetime_years"), Col.text("Resources", "resources"), Col.text("Valid from", "valid_from"));
        for (StoredHardware h : in.hardware()) {
            var r = h.record();
            hw.row(r.id(), r.model(), Figures.round(r.embodied().kilograms(), 3), r.source(), Figures.round(r.lifetimeYears(), 2),
                    r.totalResources() + " " + r.unit().name().toLowerCase(java.util.Locale.ROOT), r.validFrom().toString());
        }
        add(b, json, "hardware", hw, "No hardware record: no embodied carbon is computed.");
        return new Section(b, json);
    }

    /** The factors the footprints cite, grouped by zone, value, year, source and basis, with a total of runs and kWh. */
    private static void factors(Inputs in, List<Block> b, Map<String, Object> json) {
        record Key(String zone, BigDecimal g, String year, String source, String basis) implements Comparable<Key> {
            public int compareTo(Key o) {
                int c = zone.compareTo(o.zone);
                if (c == 0) c = g.compareTo(o.g);
                if (c == 0) c = year.compareTo(o.year);
                if (c == 0) c = source.compareTo(o.source);
                return c == 0 ? basis.compareTo(o.basis) : c;
            }
        }
        Map<Key, int[]> runs = new TreeMap<>();
        Map<Key, Double> kwh = new TreeMap<>();
        for (RunRecord r : in.runs()) {
            StoredFootprint f = r.footprint();
            if (f == null || f.co2e() == null || f.factorZone() == null || f.factorGramsPerKwh() == null) continue;
            Key k = new Key(f.factorZone(), Figures.round(f.factorGramsPerKwh(), Figures.FACTOR_DECIMALS), f.factorYear() == null ? "n/a" : f.factorYear().toString(),
                    f.factorSource() == null ? "n/a" : f.factorSource(), basis(f.explanation()));
            runs.computeIfAbsent(k, x -> new int[1])[0]++;
            kwh.merge(k, f.facilityEnergy().kilowattHours(), Double::sum);
        }
        JsonTable t = new JsonTable("factors", "Emission factors used (location-based)", Col.text("Zone", "zone"),
                Col.number("gCO2e/kWh", "g_per_kwh"), Col.text("Year", "year"), Col.text("Source", "source"),
                Col.text("Basis", "basis"), Col.number("Runs", "runs"), Col.number("Facility kWh", "facility_kwh"));
        List<BigDecimal> parts = ToTotal.apportion(new ArrayList<>(kwh.values()), 3); // same key order as runs
        int n = 0, pi = 0;
        for (Map.Entry<Key, int[]> e : runs.entrySet()) {
            Key k = e.getKey();
            BigDecimal v = parts.get(pi++);
            n += e.getValue()[0];
            t.row(k.zone(), k.g(), k.year(), k.source(), k.basis(), e.getValue()[0], JsonTable.Cell.part(kwh.get(k), v));
        }
        if (!t.isEmpty()) t.total("TOTAL", "", "", "", "", n, ToTotal.sum(parts));
        add(b, json, "factors", t, "No footprint has an emission factor (no run with a known location).");
        if (!t.isEmpty()) json.put("factors_total", t.totalJson());
    }

    /** The bases and boundaries a footprint's explanation names for its factors, e.g. "average, lifecycle". */
    static String basis(List<String> explanation) {
        TreeSet<String> found = new TreeSet<>();
        for (String line : explanation) {
            String s = line.strip();
            if (!s.startsWith("grid factor")) continue;
            Matcher m = BASIS.matcher(s);
            if (m.find()) found.add(m.group(1) + ", " + m.group(2));
        }
        return found.isEmpty() ? "n/a" : String.join("; ", found);
    }

    private static void cloud(Inputs in, List<Block> b, Map<String, Object> json) {
        record Key(String provider, String kind, String model) implements Comparable<Key> {
            public int compareTo(Key o) {
                int c = provider.compareTo(o.provider);
                if (c == 0) c = kind.compareTo(o.kind);
                return c == 0 ? model.compareTo(o.model) : c;
            }
        }
        Map<Key, int[]> count = new TreeMap<>();
        Map<Key, Instant[]> span = new TreeMap<>();
        for (CloudEmission e : in.cloud()) {
            Key k = new Key(e.provider(), e.sourceKind(), e.modelVersion());
            count.computeIfAbsent(k, x -> new int[1])[0]++;
            Instant[] s = span.computeIfAbsent(k, x -> new Instant[] {e.period().from(), e.period().to()});
            if (e.period().from().isBefore(s[0])) s[0] = e.period().from();
            if (e.period().to().isAfter(s[1])) s[1] = e.period().to();
        }
        JsonTable t = new JsonTable("cloud_exports", "Cloud provider exports (emissions the providers reported)",
                Col.text("Provider", "provider"), Col.text("Export", "source_kind"), Col.text("Model version", "model_version"),
                Col.number("Figures", "figures"), Col.text("From", "from"), Col.text("To", "to"));
        count.forEach((k, c) -> t.row(k.provider(), k.kind(), k.model(), c[0], span.get(k)[0].toString(), span.get(k)[1].toString()));
        add(b, json, "cloud_exports", t, "No cloud provider export for the period.");
    }

    private static void instruments(Inputs in, List<Block> b, Map<String, Object> json) {
        JsonTable t = new JsonTable("instruments", "Contractual instruments (market-based Scope 2)", Col.text("Id", "id"),
                Col.text("Type", "type"), Col.number("MWh", "mwh"), Col.text("Vintage", "vintage"), Col.text("Zone", "zone"),
                Col.text("Market", "market"), Col.number("gCO2e/kWh", "rate_g_per_kwh"), Col.text("Retired for", "retired_for"));
        for (ContractualInstrument i : in.instruments()) {
            t.row(i.id(), i.type().label(), Figures.round(i.energy().kilowattHours() / 1000, 3), i.vintageLabel(), i.zone(),
                    i.market().toString(), Figures.round(i.rate().gramsPerKwh(), Figures.FACTOR_DECIMALS), i.retiredFor());
        }
        add(b, json, "instruments", t, "No contractual instrument for the period: no market-based figure.");
        JsonTable m = new JsonTable("residual_mixes", "Residual mixes", Col.text("Zone", "zone"), Col.text("Year", "year"),
                Col.number("gCO2e/kWh", "g_per_kwh"), Col.text("Source", "source"));
        for (ResidualMix r : in.residualMixes()) {
            m.row(r.zone(), Integer.toString(r.year()), Figures.round(r.intensity().gramsPerKwh(), Figures.FACTOR_DECIMALS), r.source());
        }
        add(b, json, "residual_mixes", m, "No residual mix for the period.");
    }

    /** The table, or one line saying the kind is absent; the JSON list either way. */
    static void add(List<Block> b, Map<String, Object> json, String key, JsonTable t, String none) {
        if (t.isEmpty()) b.add(new Paragraph(none));
        else b.add(t.table());
        json.put(key, t.rows());
    }

    private static String lower(String s) { return s.toLowerCase(java.util.Locale.ROOT); }
}
