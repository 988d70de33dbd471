package io.wattprint.report.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Table;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON of the appendix, read back, gives the figures its printed tables show: both come from the sections' data
 * records. Each case names a table of the document, where its lines are in the JSON, and a figure column with its key.
 */
class MethodologyJsonRoundTripTest {
    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path tmp;

    private ReportOutput fullLedger() {
        try (Ledger ledger = Ledger.open(tmp.resolve("ledger.db").toString())) {
            MethodologyFixture.all(ledger);
            ledger.instruments().addResidualMix(new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(550.5), "example"));
            return Methodology.generate(ledger, Period.parse("2026-10"), AT);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "reference_data, data_sources, reference_data, Runs, runs",
        "factors, data_sources, factors, gCO2e/kWh, g_per_kwh",
        "factors, data_sources, factors, Runs, runs",
        "factors, data_sources, factors, Facility kWh, facility_kwh",
        "ingested_files, data_sources, ingested_files, Duplicates, duplicates",
        "instruments, data_sources, instruments, MWh, mwh",
        "instruments, data_sources, instruments, gCO2e/kWh, rate_g_per_kwh",
        "residual_mixes, data_sources, residual_mixes, gCO2e/kWh, g_per_kwh",
        "hardware, data_sources, hardware, Embodied kgCO2e, embodied_kg",
        "hardware, data_sources, hardware, Life (years), lifetime_years",
        "pue_applied, formulas, pue_applied, PUE, pue",
        "pue_applied, formulas, pue_applied, Runs, runs",
        "facility_pues, formulas, facility_pues, PUE, pue",
        "allocation_rules, formulas, allocation_rules, Version, version",
        "energy_methods, estimators, energy_methods, Runs, runs",
        "energy_methods, estimators, energy_methods, IT kWh, it_kwh",
    })
    void eachFigureOfATableIsItsJsonValue(String table, String section, String key, String column, String field) {
        ReportOutput r = fullLedger();
        Table t = table(r, table);
        int c = column(t, column);
        List<Map<String, Object>> lines = lines(r, section, key);
        assertThat(lines).isNotEmpty().hasSameSizeAs(t.rows());
        List<String> fromJson = new ArrayList<>();
        for (Map<String, Object> line : lines) fromJson.add(Section.cell(line.get(field)));
        assertThat(fromJson).isEqualTo(t.rows().stream().map(row -> row.get(c)).toList());
    }

    @Test
    void theTotalLinesAreTheJsonTotals() {
        ReportOutput r = fullLedger();
        assertThat(table(r, "factors").total().get(7)).isEqualTo(Section.cell(object(r, "data_sources", "factors_total")
                .get("facility_kwh"))).isEqualTo("18.400");
        assertThat(table(r, "energy_methods").total().get(6)).isEqualTo(Section.cell(object(r, "estimators",
                "energy_methods_total").get("it_kwh"))).isEqualTo("17.000");
    }

    @Test
    void theSharesAndCoverageArePrintedAsTheirJsonPercentages() {
        ReportOutput r = fullLedger();
        Table t = table(r, "energy_methods");
        List<Map<String, Object>> lines = lines(r, "estimators", "energy_methods");
        for (int i = 0; i < lines.size(); i++) {
            assertThat(t.rows().get(i).get(column(t, "Share"))).isEqualTo(lines.get(i).get("share_pct") + " %");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> coverage = (Map<String, Object>) r.json().get("coverage");
        Facts facts = (Facts) r.document().blocks().stream().filter(b -> b instanceof Facts f && f.id().equals("coverage"))
                .findFirst().orElseThrow();
        assertThat(facts.facts()).extracting(Facts.Fact::value).contains(Section.cell(coverage.get("it_kwh")),
                coverage.get("measured_pct") + " %", coverage.get("estimated_pct") + " %", coverage.get("imported_pct") + " %");
    }

    private static Table table(ReportOutput r, String id) {
        return (Table) r.document().blocks().stream().filter(b -> b instanceof Table t && t.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + id));
    }

    private static int column(Table t, String name) {
        for (int i = 0; i < t.columns().size(); i++) if (t.columns().get(i).name().equals(name)) return i;
        throw new AssertionError("no column " + name + " in " + t.id());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(ReportOutput r, String section, String key) {
        return (Map<String, Object>) ((Map<String, Object>) r.json().get(section)).get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(ReportOutput r, String section, String key) {
        return (List<Map<String, Object>>) ((Map<String, Object>) r.json().get(section)).get(key);
    }
}
