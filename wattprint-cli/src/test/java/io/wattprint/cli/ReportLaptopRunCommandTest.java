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
}
