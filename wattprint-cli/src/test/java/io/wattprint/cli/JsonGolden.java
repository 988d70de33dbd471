package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exact {@code --json} output kept in {@code src/test/resources/json-golden/NAME.json}: the bytes a script reads.
 * Run with {@code -Dwattprint.golden.write=true} to write the files from today's output (then read the diff).
 */
final class JsonGolden {
    private static final Path DIR = Path.of("src/test/resources/json-golden");

    private JsonGolden() {}

    static void check(String name, CliHarness.Result r) {
        assertThat(r.code()).as(r.toString()).isZero();
        Path file = DIR.resolve(name + ".json");
        try {
            if (Boolean.getBoolean("wattprint.golden.write")) {
                Files.createDirectories(DIR);
                Files.writeString(file, r.out());
            }
            assertThat(r.out()).as(name).isEqualTo(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
