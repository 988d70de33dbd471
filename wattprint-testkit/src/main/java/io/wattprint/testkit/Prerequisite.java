package io.wattprint.testkit;

import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The one rule for a test whose prerequisite is missing on this machine (an upstream file, a Chromium, a signal
 * the process tree cannot receive): on a developer's machine the test is <em>skipped</em> with a loud banner on
 * stderr; under CI ({@code CI=true}, any case, as every CI service sets it) it <em>fails</em>, so a CI machine
 * can never pass with fewer tests.
 */
public final class Prerequisite {
    private Prerequisite() {}

    /** Nothing when {@code met}; else skips (developer) or fails (CI) the calling test, naming {@code need}. */
    public static void require(boolean met, String need) {
        if (!met) unmet(System.getenv(), need, "");
    }

    /**
     * Skips (developer) or fails (CI) the calling test: "… needs {@code need}"; {@code ciHint} (may be empty) is
     * added to the CI failure, e.g. how to install what is missing. Never returns normally.
     */
    static void unmet(Map<String, String> env, String need, String ciHint) {
        if (underCi(env)) {
            throw new AssertionError("the test needs " + need + "; under CI (CI=true) a missing prerequisite fails instead of skipping"
                    + (ciHint.isEmpty() ? "" : " (" + ciHint + ")"));
        }
        String msg = "SKIPPED: the test needs " + need;
        System.err.println("\n**********\n" + msg + "\n**********\n");
        Assumptions.abort(msg);
    }

    /** {@code CI=true} (any case), as every CI service sets it. */
    static boolean underCi(Map<String, String> env) {
        return "true".equalsIgnoreCase(env.getOrDefault("CI", "").trim());
    }
}
