package io.wattprint.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.cli.UserException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} never replaces what is not a regular file. */
class ReportOutFileTest {
    static final byte[] REPORT = "# Weekly report\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    @Test
    void aRegularFileIsReplacedWhole() throws Exception {
        Path out = tmp.resolve("report.md");
        Files.writeString(out, "an older and much longer report\n".repeat(10));

        ReportOutputOptions.writeFile(out, REPORT);

        assertThat(Files.readAllBytes(out)).isEqualTo(REPORT);
        try (var dir = Files.list(tmp)) {
            assertThat(dir).as("no temporary file left").containsExactly(out);
        }
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.writeString(tmp.resolve("real.md"), "old\n");
        Path link = Files.createSymbolicLink(tmp.resolve("link.md"), real);

        ReportOutputOptions.writeFile(link, REPORT);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(REPORT);
    }

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        Path fifo = tmp.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        ReportOutputOptions.writeFile(fifo, REPORT);

        assertThat(reader.get(1, TimeUnit.MINUTES)).isEqualTo(REPORT);
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).as("still a FIFO").isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void aDeviceThatRefusesTheBytesIsAnErrorAndIsNotReplaced() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "needs /dev/full (Linux)");
        // Through a link of our own: were the device replaced, only the link would be, never /dev/full itself.
        Path link = Files.createSymbolicLink(tmp.resolve("full"), full);

        assertThatThrownBy(() -> ReportOutputOptions.writeFile(link, REPORT))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("cannot write " + link)
                .hasMessageContaining("No space left on device");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aLinkToAFileThatDoesNotExistMakesThatFileAndStaysALink() throws Exception {
        Path target = tmp.resolve("reports").resolve("week.md");
        Files.createDirectories(target.getParent());
        Path link = Files.createSymbolicLink(tmp.resolve("dangling"), Path.of("reports", "week.md"));   // relative, as ln -s makes

        ReportOutputOptions.writeFile(link, REPORT);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.readAllBytes(target)).isEqualTo(REPORT);
        try (var dir = Files.list(target.getParent())) {
            assertThat(dir).as("no temporary file left").containsExactly(target);
        }
    }

    @Test
    void aChainOfLinksEndingNowhereMakesTheLastTarget() throws Exception {
        Path target = tmp.resolve("final.md");
        Path middle = Files.createSymbolicLink(tmp.resolve("middle"), target);
        Path link = Files.createSymbolicLink(tmp.resolve("first"), middle);

        ReportOutputOptions.writeFile(link, REPORT);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(middle)).isTrue();
        assertThat(Files.readAllBytes(target)).isEqualTo(REPORT);
    }

    @Test
    void aLinkIntoADirectoryThatDoesNotExistSaysWhatItPointsToAndWhatIsMissing() throws Exception {
        Path missingDir = tmp.resolve("no-such-dir");
        Path link = Files.createSymbolicLink(tmp.resolve("dangling"), missingDir.resolve("week.md"));

        assertThatThrownBy(() -> ReportOutputOptions.writeFile(link, REPORT))
                .isInstanceOf(UserException.class)
                .hasMessage("cannot write " + link + ": it is a symbolic link to " + missingDir.resolve("week.md")
                        + ", which does not exist, and neither does its directory " + missingDir
                        + " (create the directory, or pass another --out)");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(missingDir).doesNotExist();
    }

    @Test
    void aLoopOfLinksIsAnErrorThatSaysSo() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        assertThatThrownBy(() -> ReportOutputOptions.writeFile(a, REPORT))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("cannot write " + a + ": it is a symbolic link in a loop of links");
        assertThat(Files.isSymbolicLink(a)).isTrue();
        assertThat(Files.isSymbolicLink(b)).isTrue();
    }
}
