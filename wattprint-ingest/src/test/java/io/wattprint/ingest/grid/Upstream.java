package io.wattprint.ingest.grid;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real third-party files in {@code ../shared/upstream/} (never copied into the project): found by
 * walking up from the working directory to the first directory holding {@code shared/upstream}. When
 * it is absent the calling test is skipped with a loud message.
 */
final class Upstream {
    private Upstream() {}

    static Path file(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared/upstream").resolve(relative);
            if (Files.isRegularFile(candidate)) return candidate;
        }
        String msg = "SKIPPED: conformance test needs shared/upstream/" + relative + " (looked in every parent of " + dir + ")";
        System.err.println("*** " + msg + " ***");
        Assumptions.abort(msg);
        return null;
    }
}
