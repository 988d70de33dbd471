package io.wattprint.cli.meter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveViewTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final EmissionFactor FR = EmissionFactor.annual("FR", CarbonIntensity.ofGramsPerKwh(36), 2024,
            EmissionFactor.Basis.AVERAGE, EmissionFactor.Boundary.LIFECYCLE, "test", "test", "test");

    private static List<EnergyInterval> tick(int second, double gpuJ, double cpuJ) {
        Instant s = T0.plusSeconds(second), e = s.plusSeconds(1);
        return List.of(new EnergyInterval(s, e, Component.gpu("0"), Energy.ofJoules(gpuJ), new Provenance.MeasuredCounter("nvml")),
                new EnergyInterval(s, e, Component.CPU, Energy.ofJoules(cpuJ), new Provenance.Estimated("cpu")));
    }

    @Test
    void plainLinesShowPowerPerDeviceAndCumulativeEnergyAndCo2e() {
        StringWriter sw = new StringWriter();
        LiveView v = new LiveView(new PrintWriter(sw), LiveView.Mode.LINES, at -> FR, "zone FR");
        v.update(tick(0, 300, 50));
        v.update(tick(1, 360_000, 4_021));

        String[] lines = sw.toString().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("gpu:0 300.0 W", "cpu 50.0 W", "total 350.0 W");
        assertThat(lines[1]).startsWith("2026-11-23T10:00:02Z").contains("gpu:0 360000.0 W", "cpu 4021.0 W", "total 364021.0 W");
        // 364371 J = 0.101214 kWh; × 36 g/kWh = 3.64371 g
        assertThat(v.energy().joules()).isEqualTo(364_371.0);
        assertThat(v.grams()).isCloseTo(364_371 / 3.6e6 * 36, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(lines[1]).contains("101.2 Wh", "3.644 g CO2e");
    }

    @Test
    void onATerminalTheTableIsRedrawnInPlace() {
        StringWriter sw = new StringWriter();
        LiveView v = new LiveView(new PrintWriter(sw), LiveView.Mode.IN_PLACE, at -> FR, "zone FR");
        v.update(tick(0, 300, 50));
        String first = sw.toString();
        v.update(tick(1, 300, 50));
        String second = sw.toString().substring(first.length());

        assertThat(first).doesNotContain("\033[");
        long rows = first.lines().count();
        assertThat(second).startsWith("\033[" + rows + "F\033[J");
        assertThat(second).contains("gpu:0", "measured", "cpu", "estimated", "total", "CO2e");
    }

    @Test
    void jsonLinesCarryTheFiguresAndNoCo2eWithoutALocation() throws Exception {
        StringWriter sw = new StringWriter();
        LiveView v = new LiveView(new PrintWriter(sw), LiveView.Mode.JSON, at -> null, "no location");
        v.update(tick(0, 300, 50));
        v.update(tick(1, 600, 50));

        List<String> lines = sw.toString().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode last = new ObjectMapper().readTree(lines.get(1));
        assertThat(last.get("time").asText()).isEqualTo("2026-11-23T10:00:02Z");
        assertThat(last.get("components").get("gpu:0").get("power_w").asDouble()).isEqualTo(600.0);
        assertThat(last.get("components").get("gpu:0").get("provenance").asText()).isEqualTo("measured");
        assertThat(last.get("power_w").asDouble()).isEqualTo(650.0);
        assertThat(last.get("energy_kwh").asDouble()).isEqualTo(1000 / 3.6e6);
        assertThat(last.get("co2e_g").isNull()).isTrue();
    }
}
