package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.RunStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 8 end to end: {@code wattprint report …} on a ledger of one laptop-sized run — 450 J of GPU energy,
 * pre-training of model gpt2 version 1, FR at 50 g/kWh, 36 s. By hand: 450 J / 3,600,000 = 0.000125 kWh =
 * 0.000000125 MWh; × 50 g/kWh = 0.00625 g = 0.00000625 kg = 0.00000000625 t. Every report printed 0.000 (or 0.00)
 * for these somewhere; none may now.
 */
class ReportLaptopRunCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void aLaptopRun() {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        ModelRunFixture.add(cli.ledgerFile(), "lap-1", "gpt2", "1", Phase.TRAINING, Instant.parse("2026-11-16T10:00:00Z"), 0.01, 1,
                450 / 3_600_000.0, RunStatus.SUCCEEDED, Map.of(), List.of());
    }

    private String ok(String... args) {
        CliHarness.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r.out();
    }

    @Test
    void esrsPrintsTheDatapointsInMarkdownAndHtmlAndJsonCarriesTheExactValueWithItsDecimals() throws Exception {
        assertThat(ok("report", "esrs-e1", "--year", "2026")).contains(
                "| E1-5\\_01 | Total energy consumption related to own operations | MWh | 0.000000125 |",
                "| E1-6\\_09 | Gross location-based Scope 2 GHG emissions (factor boundary: not known) | tCO2e | 0.00000000625 |");
        assertThat(ok("report", "esrs-e1", "--year", "2026", "--format", "html"))
                .contains("<td>E1-6_09</td><td>Gross location-based Scope 2 GHG emissions (factor boundary: not known)</td><td>tCO2e</td>"
                        + "<td class=\"num\">0.00000000625</td>");
        JsonNode j = new ObjectMapper().readTree(ok("report", "esrs-e1", "--year", "2026", "--json"));
        assertThat(j.get("E1-6_09").get("value").decimalValue()).isCloseTo(new BigDecimal("6.25E-9"), within(new BigDecimal("1E-20")));
        assertThat(j.get("E1-6_09").get("decimals").asInt()).isEqualTo(11);
    }

    @Test
    void aiActGivesEveryFormFigureThreeSignificantFigures() {
        assertThat(ok("report", "ai-act", "--model", "gpt2", "--version", "1")).contains(
                "| Training energy (MWh) | 0.000000125 |", "| IT energy (MWh) | 0.000000125 |",
                "| Location-based emissions (tCO2e) | 0.00000000625 |");
    }

    @Test
    void weeklyScope2MaturityAndSummaryPrintTheLaptopsDigits() {
        assertThat(ok("report", "weekly", "--week", "2026-W47")).contains("| Facility energy | 0.000125 kWh |",
                "| Location-based emissions | 0.00000625 kgCO2e |");
        assertThat(ok("report", "scope2", "--year", "2026")).contains("| Scope 2 location-based (tCO2e) | 0.00000000625 |",
                "| Electricity consumed (MWh) | 0.000000125 |");
        assertThat(ok("report", "maturity")).contains("| **0.000125** | **0.00000625** |");
        assertThat(ok("report", "summary", "--by", "project")).contains("0.00000625");
    }

    /**
     * Every report's JSON states each figure exact with the decimals printed beside it (issue 16 item 8): every number
     * named for a quantity (…_kwh, …_mwh, …_kg, …_t, …_wh, …_days, hours; not a factor) outside {@code basis} has its {@code
     * NAME_decimals}; and the laptop's figures are its exact values (0.000125 kWh, 0.00000625 kg, 0.000000125 MWh),
     * never the rounded 0.000.
     */
    @Test
    void everyReportsJsonStatesTheLaptopsFiguresExactWithTheirDecimals() throws Exception {
        ModelRunFixture.add(cli.ledgerFile(), "inf-1", "gpt2", "1", Phase.INFERENCE, Instant.parse("2026-11-17T10:00:00Z"), 0.01, 1,
                36 / 3_600_000.0, RunStatus.SUCCEEDED, Map.of("task", "text-generation", "queries", "1000"), List.of());
        Path ref = tmp.resolve("ref.csv");
        java.nio.file.Files.writeString(ref, "model,task,wh_per_1k_queries,source\na,text-generation,0.001,s\nb,text-generation,1,s\n");
        ObjectMapper m = new ObjectMapper();
        Map<String, JsonNode> json = new java.util.LinkedHashMap<>();
        json.put("weekly", m.readTree(ok("report", "weekly", "--week", "2026-W47", "--json")));
        json.put("scope2", m.readTree(ok("report", "scope2", "--year", "2026", "--json")));
        json.put("ai-act", m.readTree(ok("report", "ai-act", "--model", "gpt2", "--version", "1", "--json")));
        json.put("methodology", m.readTree(ok("report", "methodology", "--period", "2026-11-01..2026-12-01", "--json")));
        json.put("maturity", m.readTree(ok("report", "maturity", "--json")));
        json.put("summary", m.readTree(ok("report", "summary", "--by", "project", "--decimals", "3", "--json")));
        json.put("label", m.readTree(ok("report", "label", "--model", "gpt2", "--task", "text-generation", "--reference",
                ref.toString(), "--format", "json")));
        for (Map.Entry<String, JsonNode> e : json.entrySet()) {
            List<String> missing = new java.util.ArrayList<>();
            int figures = factsWithoutDecimals(e.getValue(), "", missing);
            assertThat(missing).as(e.getKey()).isEmpty();
            assertThat(figures).as(e.getKey()).isPositive();
        }
        // by hand: 450 J = 0.000125 kWh, 36 J = 0.00001 kWh; × 50 g/kWh: 0.00625 g and 0.0005 g
        BigDecimal weekKwh = new BigDecimal("0.000125").add(new BigDecimal("0.00001"));
        assertThat(json.get("weekly").at("/totals/facility_kwh").decimalValue()).isEqualByComparingTo(weekKwh);
        assertThat(json.get("weekly").at("/totals/facility_kwh_decimals").asInt()).isEqualTo(6);
        assertThat(json.get("ai-act").at("/training/energy_mwh").decimalValue()).isEqualByComparingTo("0.000000125");
        assertThat(json.get("ai-act").at("/training/energy_mwh_decimals").asInt()).isEqualTo(9);
        assertThat(json.get("ai-act").at("/training_runs/0/it_kwh").decimalValue()).isEqualByComparingTo("0.000125");
        assertThat(json.get("ai-act").at("/training_runs/0/it_kwh_decimals").asInt()).isEqualTo(6);
        assertThat(json.get("summary").at("/total/energy_kwh").decimalValue()).isEqualByComparingTo(weekKwh);
        assertThat(json.get("summary").at("/total/energy_kwh_decimals").asInt()).isEqualTo(6);
        assertThat(json.get("maturity").at("/total/it_kwh").decimalValue()).isEqualByComparingTo(weekKwh);
        // label: 0.01 Wh over 1,000 queries = 0.01 Wh per 1,000 queries
        assertThat(json.get("label").at("/wh_per_1k_queries").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(json.get("label").at("/wh_per_1k_queries_decimals").asInt()).isEqualTo(4);
    }

    /** A quantity's field name; emission factors (g per kWh) are written as printed, 2 decimals (METHODOLOGY §5.1). */
    private static final java.util.regex.Pattern QUANTITY =
            java.util.regex.Pattern.compile("(?!(.*_)?g_per_kwh$).*(_kwh|_mwh|_kg|_t|_wh|_days|^hours)$");

    /** Counts the quantity figures under {@code n} (not in {@code basis}); adds to {@code missing} those without decimals. */
    private static int factsWithoutDecimals(JsonNode n, String path, List<String> missing) {
        int count = 0;
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) count += factsWithoutDecimals(n.get(i), path + "/" + i, missing);
        } else if (n.isObject()) {
            for (Map.Entry<String, JsonNode> f : n.properties()) {
                if (f.getKey().equals("basis")) continue;
                if (f.getValue().isNumber() && QUANTITY.matcher(f.getKey()).matches()) {
                    count++;
                    if (!n.has(f.getKey() + "_decimals")) missing.add(path + "/" + f.getKey());
                } else {
                    count += factsWithoutDecimals(f.getValue(), path + "/" + f.getKey(), missing);
                }
            }
        }
        return count;
    }
}
