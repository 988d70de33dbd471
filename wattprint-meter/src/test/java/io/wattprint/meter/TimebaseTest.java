package io.wattprint.meter;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.EnergyInterval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimebaseTest {
    private static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");

    @Test
    void monotonicTimebaseAdvancesByTheCounterNotTheWallClock() {
        SamplerTest.TestClock wall = new SamplerTest.TestClock(Duration.ZERO);
        AtomicLong nanos = new AtomicLong(5_000_000_000L);
        Timebase t = Timebase.monotonic(wall, nanos::get);

        wall.advance(Duration.ofHours(-1));            // the wall clock is stepped back an hour
        nanos.addAndGet(1_500_000_000L);               // while 1.5 s really pass

        assertThat(t.now()).isEqualTo(T0.plusMillis(1500));
    }

    @Test
    void clockJumpDuringARunNeitherStretchesNorNegatesAnInterval() {
        SamplerTest.TestClock wall = new SamplerTest.TestClock(Duration.ZERO);
        AtomicLong nanos = new AtomicLong();
        SamplerTest.FakeSource gpu = new SamplerTest.FakeSource("0");
        Sampler s = new Sampler(List.of(gpu), Duration.ofHours(1), Timebase.monotonic(wall, nanos::get), b -> {});

        s.start();
        wall.advance(Duration.ofDays(-3));             // e.g. an NTP step or a user changing the date
        nanos.addAndGet(Duration.ofSeconds(7).toNanos());
        List<EnergyInterval> all = s.stop();

        assertThat(all).singleElement().satisfies(i -> {
            assertThat(i.start()).isEqualTo(T0);
            assertThat(i.duration()).isEqualTo(Duration.ofSeconds(7));
            assertThat(i.energy().joules()).isEqualTo(7.0);
        });
    }

    @Test
    void counterGoingBackwardsNeverMovesTimeBeforeTheAnchor() {
        AtomicLong nanos = new AtomicLong(100);
        Timebase t = Timebase.monotonic(Clock.fixed(T0, java.time.ZoneOffset.UTC), nanos::get);
        nanos.set(50);
        assertThat(t.now()).isEqualTo(T0);
    }

    @Test
    void aPauseBetweenReadingTheWallClockAndTheCounterDoesNotMakeEveryInstantEarly() {
        // The thread is paused 261 ms right after the first read of the wall clock (seen on a loaded machine): that
        // read's counter pair is 261 ms apart, so it is read again, and the instant is paired with the counter at its read.
        AtomicLong nanos = new AtomicLong(1_000_000_000L);
        int[] reads = {0};
        Clock wall = new Clock() {
            @Override public java.time.ZoneId getZone() { return java.time.ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() {
                // the wall clock advances with the counter; the first read is followed by a 261 ms pause
                Instant now = T0.plusNanos(nanos.get() - 1_000_000_000L);
                if (reads[0]++ == 0) nanos.addAndGet(261_000_000L);
                return now;
            }
        };
        Timebase t = Timebase.monotonic(wall, nanos::get);
        Instant wallNow = T0.plusNanos(nanos.get() - 1_000_000_000L);
        assertThat(Duration.between(t.now(), wallNow).abs()).isLessThan(Duration.ofMillis(1));
        assertThat(reads[0]).isEqualTo(2);
    }
}
