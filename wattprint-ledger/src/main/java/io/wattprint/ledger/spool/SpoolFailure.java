package io.wattprint.ledger.spool;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Why a spool stopped taking records, and what it missed since. Records that fail are not kept
 * for a retry: the caller still sends them to the ledger, so they are lost only if the process
 * dies before the ledger stores them.
 *
 * @param at                 when the first write failed
 * @param error              that failure's reason, e.g. "No space left on device"
 * @param unspooledIntervals intervals not written to the spool since then
 * @param unspooledMarkers   markers not written to the spool since then
 * @param ongoing            whether the latest write failed too; false once writes succeed again
 */
public record SpoolFailure(Instant at, String error, long unspooledIntervals, long unspooledMarkers, boolean ongoing) {
    public SpoolFailure {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(error, "error");
    }

    /** "spool write failed at 2026-01-01T12:00:03Z: No space left on device; 12 intervals not spooled (...)". */
    public String message() {
        StringBuilder sb = new StringBuilder("spool write failed at ").append(at.truncatedTo(ChronoUnit.SECONDS))
                .append(": ").append(error).append("; ").append(count(unspooledIntervals, "interval"));
        if (unspooledMarkers > 0) sb.append(" and ").append(count(unspooledMarkers, "marker"));
        sb.append(" not spooled (they reach the ledger only, so a crash loses any it has not stored)");
        if (!ongoing) sb.append("; spool writes have resumed");
        return sb.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public String toString() { return message(); }
}
