package io.wattprint.ledger;

import java.time.Instant;

/**
 * Which runs {@link RunRepository#list(RunQuery)} returns: a project, a model and model version, runs that started
 * in [since, until), at most {@code limit} of them, newest first. A null field does not filter.
 */
public record RunQuery(String project, Instant since, Instant until, Integer limit, String model, String modelVersion) {
    public RunQuery {
        if (limit != null && limit < 0) throw new IllegalArgumentException("limit must not be negative, got " + limit);
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("until " + until + " is before since " + since);
        }
    }

    /** Any model. */
    public RunQuery(String project, Instant since, Instant until, Integer limit) {
        this(project, since, until, limit, null, null);
    }

    public static RunQuery all() { return new RunQuery(null, null, null, null); }

    /**
     * The runs of one model (of one version; null: any version), whatever their project or start: what the
     * per-model reports ({@code report ai-act}, {@code report label}) read instead of every run.
     */
    public static RunQuery model(String model, String modelVersion) {
        return new RunQuery(null, null, null, null, model, modelVersion);
    }
}
