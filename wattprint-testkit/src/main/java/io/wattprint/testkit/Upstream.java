package io.wattprint.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The real third-party files of {@code ../shared/upstream/} (next to the project's root), read where
 * they are and never copied into the project. The one way every conformance test finds them.
 *
 * <p>Where: {@code WATTPRINT_UPSTREAM} (environment) when set, else the first folder, walking up from
 * the working directory, that holds {@code shared/upstream}.
 *
 * <p>When a file is missing: on a developer's machine the calling test is <em>skipped</em> with a loud
 * banner on stderr; under CI ({@code CI=true}, as every CI service sets it) it <em>fails</em>, so a
 * checkout without the files can never pass with fewer tests.
 */
public final class Upstream {
    private final Map<String, String> env;
    private final Path workingDir;

    Upstream(Map<String, String> env, Path workingDir) {
        this.env = env;
        this.workingDir = workingDir;
    }

    private static Upstream here() {
        return new Upstream(System.getenv(), Path.of("").toAbsolutePath());
    }

    /** The upstream file at {@code relative} (e.g. {@code codecarbon/emissions_v3_38cols.csv}). */
    public static Path file(String relative) {
        return here().require(relative);
    }

    /** The upstream folder at {@code relative} (e.g. {@code electricitymaps}). */
    public static Path directory(String relative) {
        return here().require(relative, Files::isDirectory);
    }

    Path require(String relative) {
        return require(relative, Files::isRegularFile);
    }

    Path require(String relative, java.util.function.Predicate<Path> present) {
        Optional<Path> dir = dir();
        Path f = dir.map(d -> d.resolve(relative)).orElse(null);
        if (f != null && present.test(f)) return f;
        String where = dir.map(d -> "looked for " + d.resolve(relative))
                .orElse("no shared/upstream in any folder above " + workingDir + " and WATTPRINT_UPSTREAM not set");
        Prerequisite.unmet(env, "shared/upstream/" + relative + " (" + where + ") for this conformance test", "");
        return null;
    }

    Optional<Path> dir() {
        String explicit = env.get("WATTPRINT_UPSTREAM");
        if (explicit != null && !explicit.isBlank()) return Optional.of(Path.of(explicit).toAbsolutePath());
        for (Path d = workingDir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared/upstream");
            if (Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
