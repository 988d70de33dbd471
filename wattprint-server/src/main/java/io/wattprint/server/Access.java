package io.wattprint.server;

import io.javalin.http.Context;
import io.wattprint.core.model.Workload;
import io.wattprint.ledger.ApiToken;
import io.wattprint.ledger.RunRecord;
import java.util.Objects;

/**
 * Who is calling: the token a request presented, with its scope and its team and project restriction. A handler gets
 * it with {@link #of(Context)}. The tenancy rule every route follows: what the token may not see answers 404, the same
 * as an id that does not exist ({@link #requireVisible}).
 */
public final class Access {
    static final String ATTRIBUTE = "wattprint.access";
    /** The caller of a route that needs no token. */
    static final Access ANONYMOUS = new Access(null);

    private final ApiToken token;

    Access(ApiToken token) { this.token = token; }

    /** The access of the request a handler is answering; anonymous on routes that need no token. */
    public static Access of(Context ctx) {
        Access a = ctx.attribute(ATTRIBUTE);
        return a == null ? ANONYMOUS : a;
    }

    /** The token's public id (never its secret), or null for an anonymous caller. */
    public String tokenId() { return token == null ? null : token.id(); }

    /** The team the token is restricted to, or null (no restriction, or an anonymous caller). */
    public String team() { return token == null ? null : token.team(); }

    /** The project the token is restricted to, or null (no restriction, or an anonymous caller). */
    public String project() { return token == null ? null : token.project(); }

    /** The token's scope, or null for an anonymous caller. */
    public ApiToken.Scope scope() { return token == null ? null : token.scope(); }

    /**
     * True when the caller may see data of this team and project: a token restricted to a team sees only that team's
     * data, one restricted to a project only that project's; data without a team (or project) is not visible to a token
     * restricted to one. An anonymous caller sees nothing.
     */
    public boolean canSee(String team, String project) {
        if (token == null) return false;
        if (token.team() != null && !token.team().equals(team)) return false;
        return token.project() == null || token.project().equals(project);
    }

    /** {@link #canSee(String, String)} of a run's workload. */
    public boolean canSee(RunRecord run) {
        Workload w = run.run().workload();
        return canSee(w.team(), w.project());
    }

    /**
     * The run, when the caller may see it; else the 404 that a missing id gets, with the same message.
     *
     * @param id the id the caller asked for, as the message names it
     */
    public RunRecord requireVisible(RunRecord run, String id) {
        if (run == null || !canSee(run)) throw ApiError.notFound(notFoundMessage(id));
        return run;
    }

    /** The message of a 404 for a run id: the same whether the run does not exist or belongs to another tenant. */
    static String notFoundMessage(String id) { return "no run '" + id + "'"; }

    @Override
    public String toString() { return token == null ? "Access[anonymous]" : "Access[" + token.id() + ", " + token.scope().label() + "]"; }

    @Override
    public boolean equals(Object o) { return o instanceof Access a && Objects.equals(tokenId(), a.tokenId()); }

    @Override
    public int hashCode() { return Objects.hashCode(tokenId()); }
}
