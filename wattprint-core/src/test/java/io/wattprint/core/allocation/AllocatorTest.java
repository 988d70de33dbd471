package io.wattprint.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.allocation.Allocation.Kind;
import io.wattprint.core.allocation.Allocation.Line;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AllocatorTest {
    private static final Pool POOL = new Pool("cluster meter, October", Energy.ofKilowattHours(100), Co2e.ofKilograms(40));

    private static AllocationRule rule(String by, IdlePolicy idle) {
        return AllocationRule.parse("test-rule", by, null, idle);
    }

    private static Consumer gpu(String id, double hours) {
        return new Consumer(id, Map.of(), new Usage(hours, 0, 0));
    }

    private static Consumer tagged(String id, String project, double hours) {
        return new Consumer(id, project == null ? Map.of() : Map.of("project", project), new Usage(hours, 0, 0));
    }

    private static BigDecimal d(String s) { return new BigDecimal(s); }

    @Test
    void splitsByGpuHoursWithIdleCapacityAsItsOwnLine() {
        // By hand: capacity 10 GPU-h, a used 6, b 2 → idle 2. 100 kWh and 40 kg × 6/10, 2/10, 2/10.
        Allocation a = Allocator.allocate(rule("gpu-hours", IdlePolicy.SEPARATE), POOL,
                List.of(gpu("a", 6), gpu("b", 2)), 10d);

        assertThat(a.lines()).extracting(Line::consumer).containsExactly("a", "b", "(idle capacity)");
        assertThat(a.lines()).extracting(Line::energyKwh).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("60"), d("20"), d("20"));
        assertThat(a.lines()).extracting(Line::co2eKg).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("24"), d("8"), d("8"));
        assertThat(a.lines()).extracting(Line::share).containsExactly(0.6, 0.2, 0.2);
        assertThat(a.idle().usage()).isEqualTo(2);
        assertThat(a.idle().kind()).isEqualTo(Kind.IDLE);
    }

    @Test
    void spreadingIdleCapacityChargesItToTheConsumersProRataAndLeavesTheIdleLineAtZero() {
        // 100 kWh × 6/8 = 75, × 2/8 = 25; the idle line shows its 2 GPU-h but no energy.
        Allocation a = Allocator.allocate(rule("gpu-hours", IdlePolicy.SPREAD), POOL,
                List.of(gpu("a", 6), gpu("b", 2)), 10d);

        assertThat(a.lines()).extracting(Line::energyKwh).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("75"), d("25"), d("0"));
        assertThat(a.idle().usage()).isEqualTo(2);
        assertThat(a.explanation().notes()).anyMatch(n -> n.contains("spread over the consumers"));
    }

    @Test
    void withoutCapacityThereIsNoIdleLine() {
        Allocation a = Allocator.allocate(rule("gpu-hours", IdlePolicy.SEPARATE), POOL, List.of(gpu("a", 3), gpu("b", 1)), null);

        assertThat(a.idle()).isNull();
        assertThat(a.lines()).extracting(Line::energyKwh).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("75"), d("25"));
    }

    @Test
    void tagBasisGroupsByTheTagValueAndKeepsUntaggedRunsOnTheirOwnLine() {
        // alpha 3 + 1 = 4 GPU-h, beta 2, untagged 2 (one run with no tag, one with a blank one): 8 in all.
        Allocation a = Allocator.allocate(rule("tag:project", IdlePolicy.SEPARATE), POOL, List.of(
                tagged("r1", "beta", 2), tagged("r2", "alpha", 3), tagged("r3", null, 1.5),
                tagged("r4", "alpha", 1), tagged("r5", " ", 0.5)), null);

        assertThat(a.lines()).extracting(Line::consumer).containsExactly("alpha", "beta", "(untagged)");
        assertThat(a.lines()).extracting(Line::members).containsExactly(2, 1, 2);
        assertThat(a.lines()).extracting(Line::kind).containsExactly(Kind.CONSUMER, Kind.CONSUMER, Kind.UNTAGGED);
        assertThat(a.lines()).extracting(Line::energyKwh).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("50"), d("25"), d("25"));
        assertThat(a.lines()).extracting(Line::co2eKg).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("20"), d("10"), d("10"));
    }

    @Test
    void tagBasisSplitsByTheChosenMeasure() {
        AllocationRule byRequests = AllocationRule.parse("ns", "tag:k8s-namespace", Measure.REQUESTS, IdlePolicy.SEPARATE);
        Allocation a = Allocator.allocate(byRequests, POOL, List.of(
                new Consumer("r1", Map.of("k8s-namespace", "search"), new Usage(10, 0, 300)),
                new Consumer("r2", Map.of("k8s-namespace", "chat"), new Usage(1, 0, 100))), null);

        assertThat(a.lines()).extracting(Line::consumer).containsExactly("chat", "search");
        assertThat(a.lines()).extracting(Line::energyKwh).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("25"), d("75"));
        assertThat(byRequests.describe()).isEqualTo("tag:k8s-namespace by requests");
    }

    @Test
    void everyLineExplanationNamesTheRuleAndItsBasis() {
        Allocation a = Allocator.allocate(AllocationRule.parse("october-chargeback", "tag:project", null, IdlePolicy.SEPARATE),
                POOL, List.of(tagged("r1", "alpha", 3), tagged("r2", null, 1)), 8d);

        for (Line l : a.lines()) {
            assertThat(l.explanation().render()).anyMatch(s -> s.contains(
                    "rule: october-chargeback (basis tag:project by gpu-hours, idle separate)"));
        }
        assertThat(a.lines().get(0).explanation().render()).containsExactly(
                "project=alpha = 37.5 kWh, 15 kgCO2e    [pool × usage / capacity]",
                "  rule: october-chargeback (basis tag:project by gpu-hours, idle separate)",
                "  usage: 3 gpu-hours (1 run)",
                "  capacity: 8 gpu-hours",
                "  share: 37.5 %",
                "  pool: 100 kWh, 40 kgCO2e  — cluster meter, October");
        assertThat(a.lines().get(1).explanation().notes()).containsExactly(
                "runs without a value for tag project are kept on this line, never dropped");
    }

    @Test
    void equalSharesThatDoNotDivideExactlyStillAddUpToThePool() {
        // 1 kWh / 3 at 12 decimals: 0.333333333333 each and one quantum left, given to the first (ties: earlier).
        Allocation a = Allocator.allocate(rule("gpu-hours", IdlePolicy.SEPARATE),
                new Pool("p", Energy.ofKilowattHours(1), Co2e.ofKilograms(1)), List.of(gpu("a", 1), gpu("b", 1), gpu("c", 1)), null);

        assertThat(a.lines()).extracting(l -> l.energyKwh().toPlainString())
                .containsExactly("0.333333333334", "0.333333333333", "0.333333333333");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void linesAlwaysAddUpExactlyToThePool(long seed) {
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(400);
        List<Consumer> consumers = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < n; i++) {
            // A mix of tiny, ordinary and zero usages, and a few tags, so that every kind of line occurs.
            double h = rnd.nextInt(10) == 0 ? 0 : Math.pow(10, rnd.nextDouble() * 8 - 4);
            used += h;
            String project = rnd.nextInt(5) == 0 ? null : "p" + rnd.nextInt(7);
            consumers.add(tagged("run-" + i, project, h));
        }
        Pool pool = new Pool("random", Energy.ofKilowattHours(rnd.nextDouble() * Math.pow(10, rnd.nextInt(9) - 3)),
                Co2e.ofKilograms(rnd.nextDouble() * 1000));
        Double capacity = rnd.nextBoolean() ? used * (1 + rnd.nextDouble()) : null;
        String by = rnd.nextBoolean() ? "gpu-hours" : "tag:project";
        IdlePolicy idle = rnd.nextBoolean() ? IdlePolicy.SEPARATE : IdlePolicy.SPREAD;

        Allocation a = Allocator.allocate(rule(by, idle), pool, consumers, capacity);

        BigDecimal kwh = a.lines().stream().map(Line::energyKwh).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal kg = a.lines().stream().map(Line::co2eKg).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(kwh).isEqualByComparingTo(a.energyKwh());
        assertThat(kg).isEqualByComparingTo(a.co2eKg());
        // The pool as split is the pool (the decimal its double stands for) to within half a quantum, and each line
        // is its exact share within one quantum.
        BigDecimal quantum = BigDecimal.ONE.movePointLeft(Allocator.SCALE);
        assertThat(a.energyKwh().subtract(new BigDecimal(Double.toString(pool.energy().kilowattHours()))).abs())
                .isLessThanOrEqualTo(quantum.divide(BigDecimal.valueOf(2)));
        double denominator = capacity != null && idle == IdlePolicy.SEPARATE ? capacity : used;
        for (Line l : a.lines()) {
            if (l.kind() == Kind.IDLE && idle == IdlePolicy.SPREAD) {
                assertThat(l.energyKwh().signum()).isZero();
                continue;
            }
            double exact = a.energyKwh().doubleValue() * l.usage() / denominator;
            assertThat(Math.abs(l.energyKwh().doubleValue() - exact)).isLessThanOrEqualTo(1e-12 + 1e-12 * exact);
        }
        assertThat(a.lines().stream().filter(l -> l.kind() != Kind.IDLE).mapToInt(Line::members).sum()).isEqualTo(n);
    }

    @Test
    void negativeOrNotANumberUsageIsRefused() {
        assertThatThrownBy(() -> new Usage(-1, 0, 0)).hasMessage("GPU-hours must be a number 0 or more, got -1.0");
        assertThatThrownBy(() -> new Usage(0, Double.NaN, 0)).hasMessage("CPU-hours must be a number 0 or more, got NaN");
        assertThatThrownBy(() -> new Usage(0, 0, -3)).hasMessage("requests must be a number 0 or more, got -3.0");
    }

    @Test
    void zeroTotalUsageWithoutCapacityIsAnError() {
        assertThatThrownBy(() -> Allocator.allocate(rule("gpu-hours", IdlePolicy.SEPARATE), POOL, List.of(gpu("a", 0)), null))
                .hasMessageContaining("the consumers used 0 gpu-hours in total: there is nothing to split the pool by")
                .hasMessageContaining("give a capacity");
        assertThatThrownBy(() -> Allocator.allocate(rule("requests", IdlePolicy.SEPARATE), POOL, List.of(), null))
                .hasMessageContaining("used 0 requests in total");
    }

    @Test
    void zeroUsageWithCapacityGoesWhollyToIdleButCannotBeSpread() {
        Allocation a = Allocator.allocate(rule("gpu-hours", IdlePolicy.SEPARATE), POOL, List.of(gpu("a", 0)), 5d);
        assertThat(a.idle().energyKwh()).isEqualByComparingTo("100");

        assertThatThrownBy(() -> Allocator.allocate(rule("gpu-hours", IdlePolicy.SPREAD), POOL, List.of(gpu("a", 0)), 5d))
                .hasMessage("idle capacity cannot be spread: the consumers used 0 gpu-hours");
    }

    @Test
    void capacityBelowUsageOrNegativeIsAnError() {
        assertThatThrownBy(() -> Allocator.allocate(rule("gpu-hours", IdlePolicy.SEPARATE), POOL, List.of(gpu("a", 6)), 5d))
                .hasMessage("capacity 5 gpu-hours is less than the 6 gpu-hours the consumers used");
        assertThatThrownBy(() -> Allocator.allocate(rule("gpu-hours", IdlePolicy.SEPARATE), POOL, List.of(gpu("a", 6)), -1d))
                .hasMessageContaining("capacity must be a number of gpu-hours, 0 or more, got -1.0");
        assertThatThrownBy(() -> Allocator.allocate(rule("gpu-hours", IdlePolicy.SEPARATE), POOL, List.of(gpu("a", 6)), Double.NaN))
                .hasMessageContaining("capacity must be a number of gpu-hours");
    }

    @Test
    void aConsumerListedTwiceIsAnError() {
        assertThatThrownBy(() -> Allocator.allocate(rule("gpu-hours", IdlePolicy.SEPARATE), POOL, List.of(gpu("a", 1), gpu("a", 2)), null))
                .hasMessage("consumer a is listed twice");
    }
}
