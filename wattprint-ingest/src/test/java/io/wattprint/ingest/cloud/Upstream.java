package io.wattprint.ingest.cloud;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** The real third-party samples in {@code ../shared/upstream/}, read where they are and never copied. */
final class Upstream {
    private Upstream() {}

    /** The sample, or the test is skipped with a loud message saying what is missing. */
    static Path file(String relative) {
        Optional<Path> dir = Optional.empty();
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/upstream"))) {
                dir = Optional.of(d.resolve("shared/upstream"));
                break;
            }
        }
        Path f = dir.map(d -> d.resolve(relative)).orElse(null);
        if (f == null || !Files.isRegularFile(f)) {
            String msg = "SKIPPED: conformance test needs ../shared/upstream/" + relative
                    + " (not found walking up from " + Path.of("").toAbsolutePath() + ")";
            System.err.println("\n**********\n" + msg + "\n**********\n");
            Assumptions.abort(msg);
        }
        return f;
    }
}
