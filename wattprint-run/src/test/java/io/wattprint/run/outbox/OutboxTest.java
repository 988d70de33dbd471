package io.wattprint.run.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox's markers: one file per run to send, 0600, oldest first, holding the run's GPUs, gone once sent. */
class OutboxTest {
    @TempDir
    Path home;

    @Test
    void aMarkedRunIsPendingWithItsGpusUntilRemoved() {
        Outbox o = Outbox.in(home);
        assertThat(o.pending()).as("no folder yet").isEmpty();
        o.add("run-b", List.of(new Outbox.Gpu("GPU-1", "NVIDIA H100 80GB HBM3"), new Outbox.Gpu("GPU-2", null)));
        assertThat(o.dir()).isEqualTo(home.resolve("outbox"));
        assertThat(o.has("run-b")).isTrue();
        assertThat(o.gpus("run-b")).containsExactly(new Outbox.Gpu("GPU-1", "NVIDIA H100 80GB HBM3"), new Outbox.Gpu("GPU-2", null));
        o.remove("run-b");
        assertThat(o.pending()).isEmpty();
        assertThat(o.gpus("run-b")).isEmpty();
    }

    @Test
    void markersAreListedOldestFirstAndTemporaryFilesAreNot() throws Exception {
        Outbox o = Outbox.in(home);
        o.add("newer", List.of());
        o.add("older", List.of());
        Files.setLastModifiedTime(o.dir().resolve("newer"), FileTime.from(Instant.parse("2026-12-07T10:00:01Z")));
        Files.setLastModifiedTime(o.dir().resolve("older"), FileTime.from(Instant.parse("2026-12-07T10:00:00Z")));
        Files.writeString(o.dir().resolve("half.tmp"), "");
        assertThat(o.pending()).containsExactly("older", "newer");
    }

    @Test
    void aMarkerIsReadableByItsOwnerOnly() throws Exception {
        Outbox o = Outbox.in(home);
        o.add("r1", List.of());
        if (!Files.getFileStore(home).supportsFileAttributeView("posix")) return;
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(o.dir().resolve("r1")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(o.dir()))).isEqualTo("rwx------");
    }

    @Test
    void aNameThatIsNotARunIdIsRefused() {
        Outbox o = Outbox.in(home);
        assertThatThrownBy(() -> o.add("../escape", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(home.resolve("escape")).doesNotExist();
    }
}
