package io.wattprint.ledger;

import java.time.Instant;

/**
 * Which runs {@link RunRepository#list(RunQuery)} returns: a project, runs that started
 * in [since, until), at most {@code limit} of them, newest first. A null field does not
 * filter.
 */
public record RunQuery(String project, Instant since, Instant until, Integer limit) {
    public RunQuery {
        if (limit != null && limit < 0) throw new IllegalArgumentException("limit must not be negative, got " + limit);
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("until " + until + " is before since " + since);
        }
    }

    public static RunQuery all() { return new RunQuery(null, null, null, null); }
}
