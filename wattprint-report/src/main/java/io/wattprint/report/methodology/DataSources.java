package io.wattprint.report.methodology;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.ledger.HardwareRepository.StoredHardware;
import io.wattprint.ledger.ImportRecord;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.ResidualMixUse;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Section 1, "Data sources and versions": the reference data versions the footprints cite, the emission factors
 * they used (with the basis and boundary their explanations name, {@link FactorsUsed}), the factor series imported
 * for the runs' zones, the files ingested, the cloud provider exports ({@link CloudExports}), the contractual
 * instruments and residual mixes, and the hardware records. Only what the ledger holds: an empty kind says so in
 * one line.
 */
final class DataSources {
    /** The section's data; {@code factorsTotal} is written only when there are factors. */
    record Data(List<Dataset> referenceData, List<FactorsUsed.Factor> factors,
                @JsonInclude(JsonInclude.Include.NON_NULL) FactorsUsed.Factor factorsTotal, List<Series> factorSeries,
                List<IngestedFile> ingestedFiles, List<CloudExports.Export> cloudExports, List<Instrument> instruments,
                List<Mix> residualMixes, List<ResidualMixUse> residualMixYears, List<Hardware> hardware) {}

    record Dataset(String dataset, int runs) {}

    record Series(String zone, String source, String dataset, String basis, String boundary, int points, String from,
                  String to) {}

    /** An ingested file; the printed table shows the first 12 characters of its SHA-256. */
    record IngestedFile(String kind, String file, String sha256, String ingestedAt, long imported, long duplicates,
                        long quarantined, String status) {
        @JsonIgnore
        String shortSha256() { return sha256.substring(0, Math.min(12, sha256.length())); }
    }

    /** An instrument; its rate is named explicitly (snake case would write "rate_gper_kwh"). */
    record Instrument(String id, String type, BigDecimal mwh, String vintage, String zone, String market,
                      @JsonProperty("rate_g_per_kwh") BigDecimal rateGPerKwh, String retiredFor) {}

    record Mix(String zone, String year, BigDecimal gPerKwh, String source) {}

    record Hardware(String id, String model, BigDecimal embodiedKg, String source, BigDecimal lifetimeYears,
                    String resources, String validFrom) {}

    private DataSources() {}

    static Data data(Inputs in) {
        Map<String, Integer> datasets = new TreeMap<>();
        for (RunRecord r : in.runs()) {
            if (r.footprint() == null) continue;
            String d = r.footprint().dataset() == null ? "(not recorded)" : r.footprint().dataset();
            datasets.merge(d, 1, Integer::sum);
        }
        List<Dataset> ref = new ArrayList<>();
        datasets.forEach((d, n) -> ref.add(new Dataset(d, n)));
        FactorsUsed.Lines factors = FactorsUsed.of(in.runs());
        List<Series> series = in.series().stream().map(DataSources::series).toList();
        List<IngestedFile> files = in.imports().stream().map(r -> new IngestedFile(r.kind(), r.file(), r.contentSha256(),
                r.finishedAt().toString(), r.imported(), r.skippedDuplicates(), r.quarantined(), r.status())).toList();
        List<Instrument> instruments = in.instruments().stream().map(DataSources::instrument).toList();
        List<Mix> mixes = in.residualMixes().stream().map(m -> new Mix(m.zone(), Integer.toString(m.year()),
                Figures.round(m.intensity().gramsPerKwh(), Figures.FACTOR_DECIMALS), m.source())).toList();
        List<Hardware> hardware = in.hardware().stream().map(DataSources::hardware).toList();
        // which residual mix each zone and year got (ResidualMixYears' rule), only where market-based Scope 2 is computed
        List<ResidualMixUse> used = in.instruments().isEmpty() ? List.of()
                : ResidualMixUse.of(Inputs.ownOperationsZoneYears(in.runs()), in.residualMixes());
        return new Data(List.copyOf(ref), factors.lines(), factors.total(), series, files, CloudExports.of(in.cloud()),
                instruments, mixes, used, hardware);
    }

    private static Series series(FactorSeries s) {
        return new Series(s.zone(), s.source(), s.dataset(), lower(s.basis().name()), lower(s.boundary().name()),
                s.points().size(), s.from().toString(), s.to().toString());
    }

    private static Instrument instrument(ContractualInstrument i) {
        return new Instrument(i.id(), i.type().label(), Figures.round(i.energy().kilowattHours() / 1000, 3),
                i.vintageLabel(), i.zone(), i.market().toString(),
                Figures.round(i.rate().gramsPerKwh(), Figures.FACTOR_DECIMALS), i.retiredFor());
    }

    private static Hardware hardware(StoredHardware h) {
        var r = h.record();
        return new Hardware(r.id(), r.model(), Figures.round(r.embodied().kilograms(), 3), r.source(),
                Figures.round(r.lifetimeYears(), 2), r.totalResources() + " " + lower(r.unit().name()),
                r.validFrom().toString());
    }

    static List<Block> blocks(Data d) {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(1, "Data sources and versions"));
        Section.add(b, new Table("reference_data", "Reference data versions cited by the footprints",
                List.of(Table.Column.text("Dataset"), Table.Column.number("Runs")),
                Section.rows(d.referenceData(), r -> Section.cells(r.dataset(), r.runs())), null),
                "No footprint cites a reference data version.");
        Section.add(b, FactorsUsed.table(d.factors(), d.factorsTotal()),
                "No footprint has an emission factor (no run with a known location).");
        Section.add(b, new Table("factor_series", "Emission factor series imported (zones of these runs)", List.of(
                Table.Column.text("Zone"), Table.Column.text("Source"), Table.Column.text("Dataset"),
                Table.Column.text("Basis"), Table.Column.text("Boundary"), Table.Column.number("Points"),
                Table.Column.text("From"), Table.Column.text("To")), Section.rows(d.factorSeries(), s -> Section.cells(
                s.zone(), s.source(), s.dataset(), s.basis(), s.boundary(), s.points(), s.from(), s.to())), null),
                "No factor series is imported for the zones of these runs: annual factors only.");
        Section.add(b, new Table("ingested_files", "Files ingested (wattprint ingest; all files the ledger records)", List.of(
                Table.Column.text("Kind"), Table.Column.text("File"), Table.Column.text("SHA-256"),
                Table.Column.text("Ingested"), Table.Column.number("Imported"), Table.Column.number("Duplicates"),
                Table.Column.number("Quarantined"), Table.Column.text("Status")), Section.rows(d.ingestedFiles(),
                f -> Section.cells(f.kind(), f.file(), f.shortSha256(), f.ingestedAt(), f.imported(), f.duplicates(),
                        f.quarantined(), f.status())), null), "No file has been ingested.");
        Section.add(b, CloudExports.table(d.cloudExports()), "No cloud provider export for the period.");
        Section.add(b, new Table("instruments", "Contractual instruments (market-based Scope 2)", List.of(
                Table.Column.text("Id"), Table.Column.text("Type"), Table.Column.number("MWh"), Table.Column.text("Vintage"),
                Table.Column.text("Zone"), Table.Column.text("Market"), Table.Column.number("gCO2e/kWh"),
                Table.Column.text("Retired for")), Section.rows(d.instruments(), i -> Section.cells(i.id(), i.type(),
                i.mwh(), i.vintage(), i.zone(), i.market(), i.rateGPerKwh(), i.retiredFor())), null),
                "No contractual instrument for the period: no market-based figure.");
        Section.add(b, new Table("residual_mixes", "Residual mixes", List.of(Table.Column.text("Zone"),
                Table.Column.text("Year"), Table.Column.number("gCO2e/kWh"), Table.Column.text("Source")),
                Section.rows(d.residualMixes(), m -> Section.cells(m.zone(), m.year(), m.gPerKwh(), m.source())), null),
                "No residual mix for the period.");
        Section.add(b, ResidualMixUse.table(d.residualMixYears()),
                "No market-based figure (no instrument for the period) or no own-operations consumption: no residual mix used.");
        Section.add(b, new Table("hardware", "Hardware records (embodied carbon)", List.of(Table.Column.text("Host or asset"),
                Table.Column.text("Model"), Table.Column.number("Embodied kgCO2e"), Table.Column.text("Source"),
                Table.Column.number("Life (years)"), Table.Column.text("Resources"), Table.Column.text("Valid from")),
                Section.rows(d.hardware(), h -> Section.cells(h.id(), h.model(), h.embodiedKg(), h.source(),
                        h.lifetimeYears(), h.resources(), h.validFrom())), null),
                "No hardware record: no embodied carbon is computed.");
        return b;
    }

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
