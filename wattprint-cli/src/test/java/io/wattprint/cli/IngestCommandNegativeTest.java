package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wattprint ingest: every bad input exits with one clear line and no stack trace. */
class IngestCommandNegativeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    void refused(CliHarness.Result r, int code, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.err()).contains(message).doesNotContain("\tat ", "Exception");
    }

    @Test
    void anUnknownKindIsRefusedWithCloseMatches() throws Exception {
        Path f = Files.writeString(tmp.resolve("e.csv"), "x\n");
        refused(cli.run("ingest", "codecarbn", f.toString()), 2, "unknown kind 'codecarbn' (did you mean codecarbon?)");
    }

    @Test
    void aMissingFileIsNamed() {
        Path f = tmp.resolve("missing.csv");
        refused(cli.run("ingest", "codecarbon", f.toString()), 2, "no such file or directory: " + f);
    }

    @Test
    void aFileThatIsNotOfTheKindIsRefusedNamingTheColumnsExpected() throws Exception {
        Path f = Files.writeString(tmp.resolve("e.csv"), "zone,value\nFR,20\n");
        refused(cli.run("ingest", "codecarbon", f.toString()), 2, f + " line 1: the header lacks timestamp, project_name");
    }

    @Test
    void anUnreadableFileExitsOne() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file");
        Path f = Files.writeString(tmp.resolve("e.csv"), "x\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        refused(cli.run("ingest", "codecarbon", f.toString()), 1, "cannot read " + f);
    }

    @Test
    void theKindIsRequired() {
        refused(cli.run("ingest"), 2, "a kind and a file are required");
    }

    @Test
    void theFileIsRequired() {
        refused(cli.run("ingest", "codecarbon"), 2, "a file or directory to import is required");
    }
}
