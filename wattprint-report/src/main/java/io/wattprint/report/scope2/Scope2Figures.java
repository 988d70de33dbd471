package io.wattprint.report.scope2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.wattprint.core.scope2.Allocation;
import io.wattprint.core.scope2.DualScope2;
import io.wattprint.core.scope2.Scope2Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Scope2Result} as the machine output of {@code wattprint scope2 --json}: snake_case, tonnes CO2e and MWh
 * unrounded (METHODOLOGY §5.1: machine outputs carry the exact value), with the zones, the surplus of each
 * instrument and the explanation; the runs left out are warnings with code {@code runs_excluded}, a line whose
 * location-based factor is not direct (or a total mixing boundaries) one with code {@code factor_boundary}, a
 * facility with meter readings in the year (these lines stay run-based, METHODOLOGY §8.7) one with code
 * {@code metered_facility};
 * {@code location_boundary} and each line's {@code grid_factor_boundary} name the factors' boundary (METHODOLOGY §3.3).
 */
public record Scope2Figures(int year, String reporter, Window vintageWindow, int runs, double energyMwh,
                            double locationBasedT, String locationBoundary, double marketBasedT, List<Zone> zones, List<Line> lines,
                            List<Applied> instrumentsApplied, List<Surplus> surplus,
                            List<Scope2ReportData.Warning> warnings, List<String> explanation) {

    public record Window(String from, String to, int monthsBefore, int monthsAfter) {}

    public record Zone(String zone, int runs, double energyMwh, double locationBasedT, double marketBasedT,
                       double instrumentMwh, double residualMixMwh, double gridAverageMwh) {}

    public record Line(String label, String zone, double energyMwh,
                       @JsonProperty("grid_factor_g_per_kwh") double gridFactorGPerKwh, String gridFactorBoundary,
                       String gridFactorSource,
                       double locationBasedT, double marketBasedT, double instrumentMwh, double uncoveredMwh,
                       String uncoveredBasis, @JsonProperty("uncovered_g_per_kwh") Double uncoveredGPerKwh,
                       String uncoveredSource) {}

    public record Applied(String id, String type, String line, String zone, double mwh,
                          @JsonProperty("rate_g_per_kwh") double rateGPerKwh, double co2eT, String vintage, String market,
                          String retiredFor, String registry, boolean hourlyMatched) {}

    public record Surplus(String id, double unusedMwh) {}

    public static Scope2Figures of(Scope2Result result, int year) {
        DualScope2 r = result.dual();
        Scope2Data c = result.consumption();
        List<Zone> zones = new ArrayList<>();
        for (DualScope2.ZoneTotal z : r.zones()) {
            zones.add(new Zone(z.zone(), c.runsIn(z.zone()), z.energy().megawattHours(), z.locationBased().tonnes(),
                    z.marketBased().tonnes(), z.instrumentEnergy().megawattHours(), z.residualMixEnergy().megawattHours(),
                    z.gridAverageEnergy().megawattHours()));
        }
        List<Line> lines = new ArrayList<>();
        for (DualScope2.Line l : r.lines()) {
            lines.add(new Line(l.line().label(), l.line().zone(), l.line().energy().megawattHours(),
                    l.line().gridFactor().gramsPerKwh(), boundary(c, l.line().label()), l.line().gridFactorSource(),
                    l.locationBased().tonnes(),
                    l.marketBased().tonnes(), l.instrumentEnergy().megawattHours(), l.uncovered().megawattHours(),
                    l.uncoveredLevel() == null ? null : l.uncoveredLevel().name().toLowerCase(Locale.ROOT),
                    l.uncoveredFactor() == null ? null : l.uncoveredFactor().gramsPerKwh(), l.uncoveredSource()));
        }
        List<Applied> applied = new ArrayList<>();
        for (Allocation a : r.allocations()) {
            applied.add(new Applied(a.instrument().id(), a.instrument().type().label(), a.line().label(), a.line().zone(),
                    a.energy().megawattHours(), a.instrument().rate().gramsPerKwh(), a.co2e().tonnes(),
                    a.instrument().vintageLabel(), a.instrument().market().name(), a.instrument().retiredFor(),
                    a.instrument().registry(), a.hourlyMatched()));
        }
        List<Surplus> surplus = new ArrayList<>();
        for (DualScope2.Surplus s : r.surplus()) surplus.add(new Surplus(s.instrument().id(), s.unused().megawattHours()));
        List<Scope2ReportData.Warning> warnings = new ArrayList<>();
        for (Scope2Warning w : r.warnings()) {
            warnings.add(new Scope2ReportData.Warning(w.code().name().toLowerCase(Locale.ROOT), w.subject(), w.message()));
        }
        for (String w : c.warnings()) {
            String code = c.factorWarnings().contains(w) ? "factor_boundary"
                    : w.startsWith(Scope2Result.METERED_NOTE_START) ? "metered_facility" : "runs_excluded";
            warnings.add(new Scope2ReportData.Warning(code, null, w));
        }
        Window window = new Window(r.rules().windowFrom().toString(), r.rules().windowTo().toString(),
                r.rules().vintageMonthsBefore(), r.rules().vintageMonthsAfter());
        return new Scope2Figures(year, r.rules().reporter(), window, c.runs(), r.energy().megawattHours(),
                r.locationBased().tonnes(), c.locationBoundary(), r.marketBased().tonnes(), zones, lines, applied, surplus,
                warnings, r.explanation().render());
    }

    private static String boundary(Scope2Data c, String label) {
        var f = c.factorOf(label);
        return io.wattprint.core.scope2.Scope2Factor.label(f == null ? null : f.boundary());
    }
}
