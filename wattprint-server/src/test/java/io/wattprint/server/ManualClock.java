package io.wattprint.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when a test advances it: the rate limit's refill is tested without sleeping. */
final class ManualClock extends Clock {
    private volatile Instant now;

    ManualClock(Instant start) { this.now = start; }

    void advance(Duration d) { now = now.plus(d); }

    @Override
    public Instant instant() { return now; }

    @Override
    public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override
    public Clock withZone(ZoneId zone) { return this; }
}
