package io.wattprint.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Finding Chromium: the environment's explicit path, else the PATH; missing skips on a desk and fails under CI. */
class ChromiumTest {
    @TempDir
    Path tmp;

    private Path executable(String name) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, "#!/bin/sh\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void theExplicitPathWins() throws Exception {
        Path mine = executable("my-chrome");
        executable("chromium");
        assertThat(Chromium.find(Map.of("WATTPRINT_CHROMIUM", mine.toString(), "PATH", tmp.toString()))).isEqualTo(mine);
    }

    @Test
    void chromiumIsFoundOnThePath() throws Exception {
        Path c = executable("chromium-browser");
        assertThat(Chromium.find(Map.of("PATH", "/nonexistent:" + tmp))).isEqualTo(c);
    }

    @Test
    void aMissingChromiumSkipsTheTestOnADevelopersMachine() {
        assertThatThrownBy(() -> Chromium.find(Map.of("PATH", tmp.toString())))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("headless Chromium");
    }

    @Test
    void aMissingChromiumFailsTheTestUnderCi() {
        assertThatThrownBy(() -> Chromium.find(Map.of("PATH", tmp.toString(), "CI", "true")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CI=true");
    }

    @Test
    void anExplicitPathThatIsNotThereIsMissingEvenWithChromiumOnThePath() throws Exception {
        executable("chromium");
        assertThatThrownBy(() -> Chromium.find(Map.of("WATTPRINT_CHROMIUM", tmp.resolve("gone").toString(), "PATH", tmp.toString(),
                "CI", "true")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("WATTPRINT_CHROMIUM");
    }
}
