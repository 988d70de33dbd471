package io.wattprint.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.cli.UserException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOutputOptionsTest {
    @TempDir
    Path dir;

    @Test
    void aReportFileGetsTheSamePermissionsAsAnyNewFileNotOwnerOnly() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path report = dir.resolve("report.md");

        ReportOutputOptions.writeFile(report, "# r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(report)).isEqualTo("# r\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
    }

    @Test
    void anExistingFileIsReplacedWholeAndNoTemporaryFileIsLeft() throws Exception {
        Path report = dir.resolve("report.csv");
        Files.writeString(report, "old content that is longer than the new one");

        ReportOutputOptions.writeFile(report, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(report)).isEqualTo("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void anUnwritableTargetIsAFailureNamingTheFile() {
        Path target = dir.resolve("missing-dir").resolve("r.md");
        assertThatThrownBy(() -> ReportOutputOptions.writeFile(target, new byte[] {1}))
                .isInstanceOf(UserException.class).hasMessageStartingWith("cannot write " + target);
    }
}
