package io.wattprint.server;

import io.javalin.http.Context;
import io.wattprint.core.time.TimeSpec;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of a read route, checked before anything is read: a parameter the route does not take, or one
 * given twice, is a 400 that names it (a typo such as {@code ?projet=} must not silently list every run); a value of
 * the wrong form is a 400 that names the parameter and says what it takes.
 */
final class QueryParams {
    private final Map<String, List<String>> params;

    private QueryParams(Map<String, List<String>> params) { this.params = params; }

    /** The request's parameters, when each is one of {@code allowed} and given at most once; else 400. */
    static QueryParams of(Context ctx, Set<String> allowed) {
        Map<String, List<String>> map = ctx.queryParamMap();
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw ApiError.badRequest("unknown parameter '" + e.getKey() + "' (this route takes " + (allowed.isEmpty() ? "none"
                        : String.join(", ", allowed.stream().sorted().toList())) + ")");
            }
            if (e.getValue().size() > 1) throw ApiError.badRequest("parameter '" + e.getKey() + "' is given more than once");
        }
        return new QueryParams(map);
    }

    /** The value, or null when absent; an empty value is a 400 (it is never meant as "no filter"). */
    String text(String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) return null;
        String t = v.get(0);
        if (t.isBlank()) throw ApiError.badRequest("invalid value for " + name + ": '' (expected a value, or leave the parameter out)");
        return t;
    }

    /** A time filter read as the CLI's {@code --since}/{@code --from} read theirs ({@link TimeSpec}); null when absent. */
    Instant time(String name, Clock clock) {
        String t = text(name);
        if (t == null) return null;
        try {
            return TimeSpec.parse(t, clock);
        } catch (DateTimeException | ArithmeticException e) {
            throw ApiError.badRequest("invalid value for " + name + ": '" + t + "' (" + TimeSpec.EXPECTED + ")");
        }
    }

    /** A whole number from {@code min} to {@code max}; {@code dflt} when absent. */
    int integer(String name, int dflt, int min, int max) {
        String t = text(name);
        if (t == null) return dflt;
        try {
            int n = Integer.parseInt(t.trim());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw ApiError.badRequest("invalid value for " + name + ": '" + t + "' (expected a whole number from " + min + " to " + max + ")");
    }
}
