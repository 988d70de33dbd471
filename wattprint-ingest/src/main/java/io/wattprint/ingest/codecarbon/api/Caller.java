package io.wattprint.ingest.codecarbon.api;

/**
 * Who calls the CodeCarbon-compatible API: the team and project a token is restricted to (either may be null,
 * no restriction). A caller sees and writes only what belongs to its team and project; anything else answers
 * as if it did not exist (404).
 */
public record Caller(String team, String project) {
    /** A caller with no restriction (an admin token, a single-user ledger). */
    public static final Caller UNRESTRICTED = new Caller(null, null);

    /** {@code who}, or {@link #UNRESTRICTED} for null. */
    public static Caller of(Caller who) {
        return who == null ? UNRESTRICTED : who;
    }

    /** True when something of {@code team} and {@code project} is this caller's to see. */
    public boolean sees(String team, String project) {
        return (this.team == null || this.team.equals(team)) && (this.project == null || this.project.equals(project));
    }
}
