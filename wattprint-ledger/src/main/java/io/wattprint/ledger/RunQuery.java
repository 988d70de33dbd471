package io.wattprint.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * Which runs {@link RunRepository#list(RunQuery)} returns: a project, a model and model version, a team, runs that
 * started in [since, until), those after a position of the order ({@code after}: the server's paging cursor), at most
 * {@code limit} of them, newest first. A null field does not filter.
 */
public record RunQuery(String project, Instant since, Instant until, Integer limit, String model, String modelVersion,
                       String team, After after) {
    public RunQuery {
        if (limit != null && limit < 0) throw new IllegalArgumentException("limit must not be negative, got " + limit);
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("until " + until + " is before since " + since);
        }
    }

    /**
     * A position in {@link RunRepository#list}'s order (newest start first, ties by higher id first): the runs after it
     * are those that started earlier, or at the same instant with a lower id (ids compared as bytes). The start is
     * compared as stored, to the microsecond.
     */
    public record After(Instant start, String id) {
        public After {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(id, "id");
        }
    }

    public RunQuery(String project, Instant since, Instant until, Integer limit, String model, String modelVersion) {
        this(project, since, until, limit, model, modelVersion, null, null);
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

    /** This query restricted to one team's runs (null: any team). */
    public RunQuery withTeam(String t) { return new RunQuery(project, since, until, limit, model, modelVersion, t, after); }

    /** This query continued after a position of the order (null: from the start). */
    public RunQuery withAfter(After a) { return new RunQuery(project, since, until, limit, model, modelVersion, team, a); }
}
