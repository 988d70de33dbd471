package io.wattprint.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class UpstreamTest {
    @TempDir
    Path tmp;

    @Test
    void aFileInSharedUpstreamAboveTheWorkingDirectoryIsFound() throws Exception {
        Path file = tmp.resolve("shared/upstream/codecarbon/emissions.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        Path module = Files.createDirectories(tmp.resolve("main/wattprint-ingest"));

        assertThat(new Upstream(Map.of(), module).require("codecarbon/emissions.csv")).isEqualTo(file);
    }

    @Test
    void wattprintUpstreamNamesTheFolderForACloneElsewhere() throws Exception {
        Path file = tmp.resolve("elsewhere/codecarbon/emissions.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        Path module = Files.createDirectories(tmp.resolve("clone/wattprint-ingest"));

        assertThat(new Upstream(Map.of("WATTPRINT_UPSTREAM", tmp.resolve("elsewhere").toString()), module)
                .require("codecarbon/emissions.csv")).isEqualTo(file);
    }

    @Test
    void aMissingFileSkipsTheTestOnADevelopersMachine() throws Exception {
        Path module = Files.createDirectories(tmp.resolve("clone/wattprint-ingest"));

        assertThatThrownBy(() -> new Upstream(Map.of(), module).require("codecarbon/emissions.csv"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("shared/upstream/codecarbon/emissions.csv");
    }

    @Test
    void aMissingFileFailsTheTestUnderCi() throws Exception {
        Path module = Files.createDirectories(tmp.resolve("clone/wattprint-ingest"));

        assertThatThrownBy(() -> new Upstream(Map.of("CI", "true"), module).require("codecarbon/emissions.csv"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("shared/upstream/codecarbon/emissions.csv")
                .hasMessageContaining("CI=true");
    }

    @Test
    void aMissingFileInAPresentFolderFailsUnderCiToo() throws Exception {
        Files.createDirectories(tmp.resolve("shared/upstream/codecarbon"));
        Path module = Files.createDirectories(tmp.resolve("main/wattprint-ingest"));

        assertThatThrownBy(() -> new Upstream(Map.of("CI", "TRUE"), module).require("codecarbon/missing.csv"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(tmp.resolve("shared/upstream/codecarbon/missing.csv").toString());
    }
}
