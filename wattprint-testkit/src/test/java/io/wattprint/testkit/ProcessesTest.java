package io.wattprint.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessesTest {
    @Test
    void returnsOnceTheCommandLineShowsTheMarker() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "sleep 30; :", "marker-of-this-test").start();
        try {
            assertThat(Processes.awaitCommandLine(p, "marker-of-this-test").info().commandLine().orElseThrow())
                    .contains("marker-of-this-test");
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    @Test
    void aProcessThatExitsBeforeShowingTheMarkerFails() throws Exception {
        Process p = new ProcessBuilder("true").start();
        assertThatThrownBy(() -> Processes.awaitCommandLine(p, "never-shown")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("exited");
    }
}
