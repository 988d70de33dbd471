package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A ledger this process may read but not write — a 0444 file read by another user, a read-only mount — is
 * listed, shown and reported, and left byte for byte as it was. The shaded jar runs in its own JVM; as root
 * the "other user" is nobody (setpriv), and the read-only mount is a bind mount in a private mount namespace.
 */
class ReadOnlyLedgerIT {
    static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    Path dir;
    Path home;

    record Result(int code, String out, String err) {}

    @BeforeEach
    void ledgerWithOneRun() throws Exception {
        // Not @TempDir: another user must be able to reach it.
        dir = Files.createTempDirectory("wattprint-ro");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        home = Files.createDirectories(dir.resolve("home"));
        Result run = java(List.of(), "run", "--project", "read-only-demo", "--location", "FR", "--", "true");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(home.resolve("ledger.db")).exists();
        assertThat(home.resolve("ledger.db-wal")).as("a clean close leaves no WAL").doesNotExist();
    }

    @AfterEach
    void cleanUp() throws Exception {
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aLedgerFileOfMode0444IsListedShownAndReportedByAUserWhoCannotWriteIt() throws Exception {
        Files.setPosixFilePermissions(home.resolve("ledger.db"), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> otherUser = ROOT ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups") : List.of();
        String before = sha256(home.resolve("ledger.db"));

        assertReadable(otherUser);
        assertThat(sha256(home.resolve("ledger.db"))).as("the ledger is unchanged").isEqualTo(before);
    }

    @Test
    void aLedgerOnAReadOnlyMountIsListedShownAndReported() throws Exception {
        assumeThat(ROOT).as("a bind mount needs root").isTrue();
        String before = sha256(home.resolve("ledger.db"));
        List<String> readOnlyMount = List.of("unshare", "-m", "--propagation", "private", "sh", "-c",
                "mount --bind -o ro \"$0\" \"$0\" && exec \"$@\"", home.toString());

        assertReadable(readOnlyMount);
        assertThat(sha256(home.resolve("ledger.db"))).isEqualTo(before);
    }

    @Test
    void aReadOnlyLedgerWithAnOlderSchemaSaysHowToBringItUpToDate() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("ledger.db"));
             var st = c.createStatement()) {
            st.execute("DELETE FROM schema_version WHERE version = (SELECT MAX(version) FROM schema_version)");
        }
        Files.setPosixFilePermissions(home.resolve("ledger.db"), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> otherUser = ROOT ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups") : List.of();

        Result list = java(otherUser, "runs", "list");

        assertThat(list.code()).isNotZero();
        assertThat(list.err()).contains("cannot read ledger " + home.resolve("ledger.db"))
                .contains("it is read-only and its schema is version")
                .contains("run any wattprint command once with write access")
                .doesNotContain("at io.wattprint");
    }

    private void assertReadable(List<String> prefix) throws Exception {
        Result list = java(prefix, "runs", "list", "--json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("read-only-demo");
        String id = list.out().replaceAll("(?s).*?\"id\" : \"([0-9a-f-]{36})\".*", "$1");
        assertThat(id).hasSize(36);

        Result show = java(prefix, "runs", "show", id);
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("read-only-demo");

        Result summary = java(prefix, "report", "summary", "--by", "project");
        assertThat(summary.code()).as(summary.err()).isZero();
        assertThat(summary.out()).contains("read-only-demo");
        assertThat(list.err() + show.err() + summary.err()).doesNotContain("not writable").doesNotContain("Exception");
    }

    private Result java(List<String> prefix, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("wattprint.jar")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("wattprint-ro-out", ".txt");
        Path err = Files.createTempFile("wattprint-ro-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().remove("WATTPRINT_DB");
            pb.environment().put("WATTPRINT_HOME", home.toString());
            pb.environment().put("HOME", dir.toString());
            Process p = pb.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("wattprint " + String.join(" ", args) + " finished").isTrue();
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
