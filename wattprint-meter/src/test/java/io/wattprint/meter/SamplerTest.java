package io.wattprint.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SamplerTest {
    private static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");
    /** So long that only start() and stop() read the sources: the test drives the clock. */
    private static final Duration NEVER = Duration.ofHours(1);

    /** A clock the test moves by hand, optionally stepping by itself on every read. */
    static final class TestClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(T0);
        private final Duration stepPerRead;

        TestClock(Duration stepPerRead) { this.stepPerRead = stepPerRead; }

        void advance(Duration d) { now.updateAndGet(t -> t.plus(d)); }

        @Override public Instant instant() { return now.getAndUpdate(t -> t.plus(stepPerRead)); }
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { throw new UnsupportedOperationException(); }
    }

    /** One joule per second since the previous poll; records everything it returned. */
    static class FakeSource implements EnergySource {
        final String name;
        final List<EnergyInterval> returned = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger polls = new AtomicInteger();
        final CountDownLatch polledThrice = new CountDownLatch(3);
        Instant last;

        FakeSource(String name) { this.name = name; }

        @Override public String name() { return name; }
        @Override public void start(Instant t0) { last = t0; }
        @Override public List<EnergyInterval> poll(Instant now) {
            polls.incrementAndGet();
            polledThrice.countDown();
            if (!now.isAfter(last)) return List.of();
            EnergyInterval i = new EnergyInterval(last, now, Component.gpu(name),
                    Energy.ofJoules(Duration.between(last, now).toSeconds()), new Provenance.MeasuredCounter("fake"));
            last = now;
            returned.add(i);
            return List.of(i);
        }
        @Override public String describe() { return "fake " + name; }
    }

    static final class FailingSource extends FakeSource {
        FailingSource(String name) { super(name); }
        @Override public List<EnergyInterval> poll(Instant now) {
            polls.incrementAndGet();
            throw new IllegalStateException("counter went away");
        }
    }

    @Test
    void intervalBelowOneHundredMillisecondsIsRejected() {
        assertThatThrownBy(() -> new Sampler(List.of(), Duration.ofMillis(99), Clock.systemUTC(), b -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sampling interval must be at least 100 ms, got 99 ms");
        assertThatNoException().isThrownBy(() -> new Sampler(List.of(), Sampler.MIN_INTERVAL, Clock.systemUTC(), b -> {}));
    }

    @Test
    void startingTwiceIsRejected() {
        Sampler s = new Sampler(List.of(new FakeSource("0")), NEVER, new TestClock(Duration.ZERO), b -> {});
        s.start();

        assertThatThrownBy(s::start).isInstanceOf(IllegalStateException.class).hasMessage("sampler already started");
        s.stop();
    }

    @Test
    void stopTakesALastReadingAtTheStopInstant() {
        TestClock clock = new TestClock(Duration.ZERO);
        FakeSource gpu = new FakeSource("0");
        List<EnergyInterval> sunk = new ArrayList<>();
        Sampler s = new Sampler(List.of(gpu), NEVER, clock, sunk::addAll);

        assertThat(s.start()).isEqualTo(T0);
        clock.advance(Duration.ofSeconds(42));
        List<EnergyInterval> all = s.stop();

        assertThat(all).containsExactly(new EnergyInterval(T0, T0.plusSeconds(42), Component.gpu("0"),
                Energy.ofJoules(42), new Provenance.MeasuredCounter("fake")));
        assertThat(sunk).isEqualTo(all);
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void stopReturnsEveryIntervalOfEveryTickInOrder() throws InterruptedException {
        TestClock clock = new TestClock(Duration.ofSeconds(1));
        FakeSource a = new FakeSource("0");
        FakeSource b = new FakeSource("1");
        List<EnergyInterval> sunk = Collections.synchronizedList(new ArrayList<>());
        Sampler s = new Sampler(List.of(a, b), Sampler.MIN_INTERVAL, clock, sunk::addAll);

        s.start();
        assertThat(a.polledThrice.await(10, TimeUnit.SECONDS)).isTrue();
        List<EnergyInterval> all = s.stop();

        assertThat(all).hasSize(a.returned.size() + b.returned.size());
        assertThat(all).filteredOn(i -> i.component().equals(Component.gpu("0"))).isEqualTo(a.returned);
        assertThat(all).filteredOn(i -> i.component().equals(Component.gpu("1"))).isEqualTo(b.returned);
        assertThat(a.returned.size()).isGreaterThanOrEqualTo(3);
        // Back to back: each interval starts where the previous one ended.
        for (int k = 1; k < a.returned.size(); k++) {
            assertThat(a.returned.get(k).start()).isEqualTo(a.returned.get(k - 1).end());
        }
        assertThat(sunk).isEqualTo(all);
    }

    @Test
    void failingSourceIsReportedOnceAndTheOthersGoOn() throws InterruptedException {
        TestClock clock = new TestClock(Duration.ofSeconds(1));
        FakeSource bad = new FailingSource("bad");
        FakeSource good = new FakeSource("good");
        Sampler s = new Sampler(List.of(bad, good), Sampler.MIN_INTERVAL, clock, batch -> {});

        s.start();
        assertThat(good.polledThrice.await(10, TimeUnit.SECONDS)).isTrue();
        List<EnergyInterval> all = s.stop();

        assertThat(bad.polls.get()).isEqualTo(1);
        assertThat(s.warnings()).containsExactly("bad stopped: counter went away");
        assertThat(all).isEqualTo(good.returned).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void warningsOfAWorkingSourceAreGatheredWithoutStoppingIt() {
        TestClock clock = new TestClock(Duration.ZERO);
        FakeSource warns = new FakeSource("warns") {
            @Override public List<String> warnings() { return List.of("counter may have wrapped twice"); }
        };
        Sampler s = new Sampler(List.of(warns), NEVER, clock, batch -> {});

        s.start();
        clock.advance(Duration.ofSeconds(2));
        List<EnergyInterval> all = s.stop();

        assertThat(s.warnings()).containsExactly("counter may have wrapped twice");
        assertThat(all).hasSize(1);
    }

    @Test
    void sourceFailingAtStartIsSkippedAndReported() {
        TestClock clock = new TestClock(Duration.ZERO);
        FakeSource broken = new FakeSource("broken") {
            @Override public void start(Instant t0) { throw new IllegalStateException("no device"); }
        };
        FakeSource good = new FakeSource("good");
        Sampler s = new Sampler(List.of(broken, good), NEVER, clock, batch -> {});

        s.start();
        clock.advance(Duration.ofSeconds(5));
        List<EnergyInterval> all = s.stop();

        assertThat(broken.polls.get()).isZero();
        assertThat(s.warnings()).containsExactly("broken stopped: no device");
        assertThat(all).extracting(i -> i.energy().joules()).containsExactly(5.0);
    }

    @Test
    void failingSinkKeepsIntervalsInMemoryAndWarnsOnce() throws InterruptedException {
        TestClock clock = new TestClock(Duration.ofSeconds(1));
        FakeSource gpu = new FakeSource("0");
        AtomicInteger sinkCalls = new AtomicInteger();
        Sampler s = new Sampler(List.of(gpu), Sampler.MIN_INTERVAL, clock, batch -> {
            sinkCalls.incrementAndGet();
            throw new IllegalStateException("database is locked");
        });

        s.start();
        assertThat(gpu.polledThrice.await(10, TimeUnit.SECONDS)).isTrue();
        List<EnergyInterval> all = s.stop();

        assertThat(all).isEqualTo(gpu.returned).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sinkCalls.get()).isEqualTo(all.size());
        assertThat(s.warnings()).containsExactly(
                "could not store intervals as they came (database is locked); they are kept in memory and stored at the end");
    }

    @Test
    void unsentHoldsExactlyTheBatchesTheSinkRefused() throws InterruptedException {
        TestClock clock = new TestClock(Duration.ofSeconds(1));
        FakeSource gpu = new FakeSource("0");
        AtomicInteger calls = new AtomicInteger();
        Sampler s = new Sampler(List.of(gpu), Sampler.MIN_INTERVAL, clock, batch -> {
            if (calls.incrementAndGet() == 1) throw new IllegalStateException("database is locked");
        });
        s.start();
        assertThat(gpu.polledThrice.await(10, TimeUnit.SECONDS)).isTrue();
        List<EnergyInterval> all = s.stop();

        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        assertThat(s.unsent()).containsExactly(all.get(0));
    }

    @Test
    void emptyTicksAreNotSentToTheSink() {
        TestClock clock = new TestClock(Duration.ZERO);
        AtomicInteger sinkCalls = new AtomicInteger();
        Sampler s = new Sampler(List.of(new FakeSource("0")), NEVER, clock, b -> sinkCalls.incrementAndGet());
        s.start();
        assertThat(s.stop()).isEmpty();   // clock never moved: the source has nothing to report
        assertThat(sinkCalls.get()).isZero();
    }

    @Test
    void cutEndsEverySourcesIntervalAtTheReturnedInstant() {
        TestClock clock = new TestClock(Duration.ZERO);
        FakeSource a = new FakeSource("0");
        FakeSource b = new FakeSource("1");
        Sampler s = new Sampler(List.of(a, b), NEVER, clock, batch -> {});
        s.start();
        clock.advance(Duration.ofSeconds(3));

        Instant boundary = s.cut();
        clock.advance(Duration.ofSeconds(2));
        List<EnergyInterval> all = s.stop();

        assertThat(boundary).isEqualTo(T0.plusSeconds(3));
        assertThat(all).extracting(EnergyInterval::end).containsExactly(boundary, boundary, T0.plusSeconds(5), T0.plusSeconds(5));
        assertThat(all).extracting(i -> i.energy().joules()).containsExactly(3.0, 3.0, 2.0, 2.0);
    }

    @Test
    void cutBeforeStartIsRejected() {
        Sampler s = new Sampler(List.of(), NEVER, new TestClock(Duration.ZERO), b -> {});
        assertThatThrownBy(s::cut).isInstanceOf(IllegalStateException.class).hasMessage("sampler not started");
    }

    @Test
    void withoutRetentionStopReturnsNothingButRefusedIntervalsAreStillKept() {
        TestClock clock = new TestClock(Duration.ZERO);
        List<EnergyInterval> sunk = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        Sampler s = new Sampler(List.of(new FakeSource("0")), NEVER, clock, b -> {
            if (calls.incrementAndGet() == 2) throw new IllegalStateException("database is locked");
            sunk.addAll(b);
        }).retainIntervals(false);
        s.start();
        clock.advance(Duration.ofSeconds(2));
        s.cut();
        clock.advance(Duration.ofSeconds(3));

        assertThat(s.stop()).isEmpty();
        assertThat(sunk).extracting(i -> i.energy().joules()).containsExactly(2.0);
        assertThat(s.unsent()).extracting(i -> i.energy().joules()).containsExactly(3.0);
        assertThatThrownBy(() -> s.retainIntervals(true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void warningsASourceHandledItselfAreAddedAfterTheSamplersOwn() {
        TestClock clock = new TestClock(Duration.ZERO);
        FakeSource gpu = new FakeSource("0") {
            @Override public List<String> warnings() { return List.of("gpu:0 counter went backwards"); }
        };
        FakeSource broken = new FakeSource("broken") {
            @Override public void start(Instant t0) { throw new IllegalStateException("no device"); }
        };
        Sampler s = new Sampler(List.of(gpu, broken), NEVER, clock, b -> {});

        s.start();
        s.stop();

        assertThat(s.warnings()).containsExactly("broken stopped: no device", "gpu:0 counter went backwards");
    }

    @Test
    void stopClosesEverySourceOnceAfterItsLastReading() {
        TestClock clock = new TestClock(Duration.ZERO);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        class Closing extends FakeSource {
            Closing(String name) { super(name); }
            @Override public List<EnergyInterval> poll(Instant now) {
                events.add("poll " + name);
                return super.poll(now);
            }
            @Override public void close() {
                events.add("close " + name);
                if (name.equals("a")) throw new IllegalStateException("driver busy");
            }
        }
        Sampler s = new Sampler(List.of(new Closing("a"), new Closing("b")), NEVER, clock, b -> {});

        s.start();
        clock.advance(Duration.ofSeconds(1));
        s.stop();
        s.stop();

        assertThat(events).containsExactly("poll a", "poll b", "close a", "close b");
        assertThat(s.warnings()).containsExactly("a did not close cleanly: driver busy");
    }

    @Test
    void anErrorInATickIsReportedAndSamplingGoesOn() throws InterruptedException {
        TestClock clock = new TestClock(Duration.ofSeconds(1));
        AtomicInteger calls = new AtomicInteger();
        FakeSource flaky = new FakeSource("0") {
            @Override public List<EnergyInterval> poll(Instant now) {
                if (calls.incrementAndGet() == 1) throw new NoClassDefFoundError("com/sun/jna/Native");
                return super.poll(now);
            }
        };
        Sampler s = new Sampler(List.of(flaky), Sampler.MIN_INTERVAL, clock, b -> {});
        s.start();
        assertThat(flaky.polledThrice.await(10, TimeUnit.SECONDS)).as("ticks go on after the error").isTrue();
        s.stop();

        assertThat(s.warnings()).contains("a tick failed (java.lang.NoClassDefFoundError: com/sun/jna/Native); sampling goes on at the next one");
    }
}
