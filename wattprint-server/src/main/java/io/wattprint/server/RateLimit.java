package io.wattprint.server;

import io.wattprint.core.figure.Figures;

/**
 * A per-token rate limit: a token bucket of {@code burst} requests refilled at {@code perSecond} requests a second.
 * {@link #OFF} (0 requests a second) limits nothing.
 *
 * @param perSecond sustained requests a second a token may make; 0 turns the limit off
 * @param burst     requests a token may make at once after being idle (the bucket's size), at least 1 when on
 */
public record RateLimit(double perSecond, int burst) {
    /** No limit. */
    public static final RateLimit OFF = new RateLimit(0, 0);
    /**
     * The default: 50 requests a second, bursts of 100 (an agent sends a batch every few seconds; a dashboard a page
     * of reads; docs/METHODOLOGY.md §13).
     */
    public static final RateLimit DEFAULT = new RateLimit(50, 100);

    public RateLimit {
        if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("perSecond must be 0 or more, not " + perSecond);
        }
        if (perSecond > 0 && burst < 1) throw new IllegalArgumentException("burst must be at least 1, not " + burst);
        if (burst < 0) throw new IllegalArgumentException("burst must be 0 or more, not " + burst);
    }

    public boolean isOff() { return perSecond == 0; }

    /** The rate in words for messages: {@code 50 requests a second}, {@code 1 request a minute}. */
    public String describe() {
        if (isOff()) return "no limit";
        double perMinute = perSecond * 60;
        if (perSecond < 1 && Math.abs(perMinute - Math.rint(perMinute)) < 1e-9) return count(Math.rint(perMinute)) + " a minute";
        return count(perSecond) + " a second";
    }

    private static String count(double n) {
        String text = Figures.shortest(n);   // every digit, plain notation: 50 → "50", 2.5 → "2.5"
        return text + (text.equals("1") ? " request" : " requests");
    }

    @Override
    public String toString() { return isOff() ? "off" : perSecond + "/s burst " + burst; }
}
