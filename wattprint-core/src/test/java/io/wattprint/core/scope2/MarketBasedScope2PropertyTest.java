package io.wattprint.core.scope2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random portfolios (seeded, so a failure is reproducible from its seed): many instruments of
 * every type, some failing a criterion, some with hourly profiles, against many consumption lines,
 * some hourly. The invariants are checked against figures the test computes itself.
 */
class MarketBasedScope2PropertyTest {
    private static final List<String> ZONES = List.of("FR", "DE", "NL", "ES");
    private static final Instant DAY = Instant.parse("2026-03-01T00:00:00Z");
    private static final double TOL_MWH = 1e-6;

    record Portfolio(List<ConsumptionLine> lines, List<ContractualInstrument> instruments, List<ResidualMix> mixes) {}

    static Portfolio random(long seed) {
        Random rnd = new Random(seed);
        List<ConsumptionLine> lines = new ArrayList<>();
        int nLines = 1 + rnd.nextInt(10);
        for (int k = 0; k < nLines; k++) {
            String zone = ZONES.get(rnd.nextInt(ZONES.size()));
            double grid = 20 + rnd.nextInt(700);
            if (rnd.nextInt(3) == 0) {
                HourlyProfile p = profile(rnd, 1 + rnd.nextInt(12));
                lines.add(new ConsumptionLine("line-" + k, zone, MarketBasedScope2Test.Y2026, MarketBasedScope2Test.Y2027,
                        p.total(), CarbonIntensity.ofGramsPerKwh(grid), "grid " + zone, p));
            } else {
                lines.add(ConsumptionLine.of("line-" + k, zone, MarketBasedScope2Test.Y2026, MarketBasedScope2Test.Y2027,
                        Energy.ofMegawattHours(rnd.nextInt(2000) / 4.0 + 0.25), CarbonIntensity.ofGramsPerKwh(grid), "grid " + zone));
            }
        }
        List<ContractualInstrument> instruments = new ArrayList<>();
        int nInstruments = rnd.nextInt(25);
        for (int k = 0; k < nInstruments; k++) {
            InstrumentType type = InstrumentType.values()[rnd.nextInt(InstrumentType.values().length)];
            String zone = ZONES.get(rnd.nextInt(ZONES.size()));
            Set<String> market = new HashSet<>(Set.of(zone));
            if (rnd.nextInt(4) == 0) market.add(ZONES.get(rnd.nextInt(ZONES.size())));
            int vintage = rnd.nextInt(8) == 0 ? 2024 : 2026;
            String retired = switch (rnd.nextInt(8)) {
                case 0 -> null;
                case 1 -> "Globex";
                default -> "ACME";
            };
            ContractualInstrument.Builder b = ContractualInstrument.builder(String.format("I-%02d", k), type).vintageYear(vintage)
                    .zone(zone).market(MarketBoundary.of(market)).retiredFor(retired)
                    .registry(rnd.nextInt(10) == 0 ? "REG-DUP" : "REG-" + k)
                    .rateGramsPerKwh(type.level() == Hierarchy.EAC ? 0 : rnd.nextInt(400));
            if (rnd.nextInt(3) == 0 && vintage == 2026) {
                HourlyProfile p = profile(rnd, 1 + rnd.nextInt(12));
                b.energy(p.total()).hourly(p);
            } else {
                b.megawattHours(rnd.nextInt(2000) / 4.0 + 0.25);
            }
            instruments.add(b.build());
        }
        List<ResidualMix> mixes = new ArrayList<>();
        for (String z : ZONES) {
            if (rnd.nextInt(3) > 0) mixes.add(new ResidualMix(z, 2026, CarbonIntensity.ofGramsPerKwh(100 + rnd.nextInt(600)), "RM " + z));
        }
        return new Portfolio(lines, instruments, mixes);
    }

    /** Energy in some of the 24 hours of one day. */
    private static HourlyProfile profile(Random rnd, int hours) {
        Map<Instant, Energy> m = new HashMap<>();
        for (int h = 0; h < hours; h++) {
            m.put(DAY.plusSeconds(3600L * rnd.nextInt(24)), Energy.ofMegawattHours(rnd.nextInt(400) / 8.0 + 0.125));
        }
        return HourlyProfile.of(m);
    }

    private static DualScope2 compute(Portfolio p) {
        return new MarketBasedScope2().compute(p.lines(), p.instruments(), p.mixes(), Scope2Rules.calendarYear(2026, "ACME"));
    }

    /** The criteria, computed here: vintage 2026, a consumption zone in the market, retired for ACME (not for supplier rates), first claim of a certificate. */
    private static Set<String> eligible(Portfolio p) {
        Set<String> zones = new HashSet<>();
        p.lines().forEach(l -> zones.add(l.zone()));
        List<ContractualInstrument> ordered = new ArrayList<>(p.instruments());
        ordered.sort(Comparator.comparing((ContractualInstrument i) -> i.type().level().rank()).thenComparing(ContractualInstrument::id));
        Set<String> ok = new HashSet<>();
        Set<String> claimed = new HashSet<>();
        for (ContractualInstrument i : ordered) {
            boolean vintage = i.vintageFrom().equals(MarketBasedScope2Test.Y2026);
            boolean market = zones.stream().anyMatch(z -> i.market().zones().contains(z));
            boolean retired = i.type() == InstrumentType.SUPPLIER_RATE || "ACME".equals(i.retiredFor());
            if (vintage && market && retired && claimed.add(i.registry())) ok.add(i.id());
        }
        return ok;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597})
    void noInstrumentMwhIsUsedTwiceAndNoHourAboveItsProfile(long seed) {
        Portfolio p = random(seed);
        DualScope2 r = compute(p);

        Map<String, Double> usedMwh = new HashMap<>();
        Map<String, Map<Instant, Double>> usedHours = new HashMap<>();
        for (Allocation a : r.allocations()) {
            usedMwh.merge(a.instrument().id(), a.energy().megawattHours(), Double::sum);
            if (a.instrument().hourly() != null) {
                double sum = 0;
                for (Map.Entry<Instant, Energy> h : a.instrumentHours().entrySet()) {
                    usedHours.computeIfAbsent(a.instrument().id(), k -> new TreeMap<>())
                            .merge(h.getKey(), h.getValue().megawattHours(), Double::sum);
                    sum += h.getValue().megawattHours();
                }
                assertThat(sum).as("hours of one allocation add up to it").isCloseTo(a.energy().megawattHours(), within(TOL_MWH));
            }
            assertThat(a.instrument().market().contains(a.line().zone())).as("only lines in the instrument's market").isTrue();
        }
        for (ContractualInstrument i : p.instruments()) {
            double used = usedMwh.getOrDefault(i.id(), 0.0);
            assertThat(used).as("MWh used of " + i.id()).isLessThanOrEqualTo(i.energy().megawattHours() + TOL_MWH);
            if (i.hourly() != null) {
                for (Map.Entry<Instant, Double> h : usedHours.getOrDefault(i.id(), Map.of()).entrySet()) {
                    assertThat(h.getValue()).as(i.id() + " at " + h.getKey())
                            .isLessThanOrEqualTo(i.hourly().hours().get(h.getKey()).megawattHours() + TOL_MWH);
                }
            }
            double surplus = r.surplus().stream().filter(s -> s.instrument().id().equals(i.id()))
                    .mapToDouble(s -> s.unused().megawattHours()).sum();
            if (eligible(p).contains(i.id())) {
                assertThat(used + surplus).as("used + surplus of " + i.id()).isCloseTo(i.energy().megawattHours(), within(TOL_MWH));
            } else {
                assertThat(used).as("instrument failing a criterion is not applied: " + i.id()).isZero();
                assertThat(surplus).isZero();
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597})
    void everyConsumedMwhIsCoveredExactlyOnce(long seed) {
        DualScope2 r = compute(random(seed));

        for (DualScope2.Line l : r.lines()) {
            double instruments = l.allocations().stream().mapToDouble(a -> a.energy().megawattHours()).sum();
            assertThat(instruments + l.uncovered().megawattHours()).as(l.line().label())
                    .isCloseTo(l.line().energy().megawattHours(), within(TOL_MWH));
            assertThat(l.uncovered().joules()).isGreaterThanOrEqualTo(0);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597})
    void totalsEqualTheSumsComputedHere(long seed) {
        Portfolio p = random(seed);
        DualScope2 r = compute(p);

        Map<String, Double> residual = new HashMap<>();
        p.mixes().forEach(m -> residual.put(m.zone(), m.intensity().gramsPerKwh()));
        double location = 0;
        double market = 0;
        for (DualScope2.Line l : r.lines()) {
            double mwh = l.line().energy().megawattHours();
            location += mwh * l.line().gridFactor().gramsPerKwh() / 1000; // g/kWh = kg/MWh → t = MWh × g/kWh / 1000
            for (Allocation a : l.allocations()) market += a.energy().megawattHours() * a.instrument().rate().gramsPerKwh() / 1000;
            double uncoveredFactor = residual.getOrDefault(l.line().zone(), l.line().gridFactor().gramsPerKwh());
            market += l.uncovered().megawattHours() * uncoveredFactor / 1000;
        }
        assertThat(r.locationBased().tonnes()).isCloseTo(location, within(1e-6));
        assertThat(r.marketBased().tonnes()).isCloseTo(market, within(1e-6));
        double zonesMarket = r.zones().stream().mapToDouble(z -> z.marketBased().tonnes()).sum();
        assertThat(zonesMarket).isCloseTo(market, within(1e-6));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597})
    void noInstrumentIsLeftOverWhileConsumptionItCouldCoverIsUncovered(long seed) {
        DualScope2 r = compute(random(seed));

        for (DualScope2.Surplus s : r.surplus()) {
            for (DualScope2.Line l : r.lines()) {
                boolean hourByHour = s.instrument().hourly() != null && l.line().hourly() != null;
                if (s.instrument().market().contains(l.line().zone()) && !hourByHour) {
                    assertThat(l.uncovered().megawattHours()).as(s.instrument().id() + " left over while " + l.line().label()
                            + " is uncovered").isLessThan(TOL_MWH);
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theSeedsExerciseEveryPath() {
        Set<Object> seen = new HashSet<>();
        for (long seed : new long[] {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597}) {
            DualScope2 r = compute(random(seed));
            r.allocations().forEach(a -> {
                seen.add(a.instrument().type());
                if (a.hourlyMatched()) seen.add("hour by hour");
                if (!a.instrumentHours().isEmpty() && !a.hourlyMatched()) seen.add("hourly instrument on totals");
            });
            r.warnings().forEach(w -> seen.add(w.code()));
            r.lines().forEach(l -> { if (l.uncoveredLevel() != null) seen.add(l.uncoveredLevel()); });
        }
        assertThat(seen).contains(InstrumentType.values()).contains("hour by hour", "hourly instrument on totals",
                Hierarchy.RESIDUAL_MIX, Hierarchy.GRID_AVERAGE, Scope2Warning.Code.VINTAGE_OUTSIDE_WINDOW,
                Scope2Warning.Code.NOT_RETIRED, Scope2Warning.Code.RETIRED_FOR_ANOTHER, Scope2Warning.Code.DUPLICATE_CERTIFICATE,
                Scope2Warning.Code.SURPLUS, Scope2Warning.Code.GRID_AVERAGE_USED);
    }
}
