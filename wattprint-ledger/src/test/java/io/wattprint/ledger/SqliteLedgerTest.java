package io.wattprint.ledger;

import static io.wattprint.ledger.Fixtures.T0;
import static io.wattprint.ledger.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a SQLite ledger: its settings, and every way opening it can fail. */
class SqliteLedgerTest {
    private static final String NOT_A_DATABASE =
            ": file is not a SQLite database (it may be corrupt; move it aside or pass --db)";

    @TempDir
    Path dir;

    @Test
    void aPathOpensAWalLedgerCreatingItsDirectories() throws Exception {
        Path file = dir.resolve("a/b/ledger.db");

        try (Ledger ledger = Ledger.open(file.toString())) {
            assertThat(ledger.describe()).isEqualTo("sqlite " + file);
            assertThat(pragma(ledger, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(ledger, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(ledger, "busy_timeout")).isEqualTo(String.valueOf(Connector.BUSY_TIMEOUT_MS));
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void aNewLedgerAndTheDirectoriesMadeForItArePrivateWithItsWalAndShm() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
                .contains("posix"), "POSIX permissions");
        Path file = dir.resolve("home/.wattprint/ledger.db");

        try (Ledger ledger = Ledger.open(file.toString())) {
            ledger.runs().insertRun(Fixtures.run("r1", Fixtures.T0));   // the WAL and SHM exist once written
            assertThat(perms(file)).isEqualTo("rw-------");
            assertThat(perms(Path.of(file + "-wal"))).isEqualTo("rw-------");
            assertThat(perms(Path.of(file + "-shm"))).isEqualTo("rw-------");
        }
        assertThat(perms(file.getParent())).isEqualTo("rwx------");
        assertThat(perms(dir.resolve("home"))).isEqualTo("rwx------");
    }

    @Test
    void anExistingLedgerKeepsItsPermissions() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
                .contains("posix"), "POSIX permissions");
        Path file = dir.resolve("shared.db");
        Ledger.open(file.toString()).close();
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));

        Ledger.open(file.toString()).close();

        assertThat(perms(file)).isEqualTo("rw-rw----");
    }

    private static String perms(Path p) throws java.io.IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(p));
    }

    @Test
    void aJdbcUrlOpensTheSameFile() {
        Path file = dir.resolve("x/ledger.db");
        try (Ledger ledger = Ledger.open(file.toString())) {
            ledger.runs().insertRun(run("run-1", T0));
        }

        try (Ledger ledger = Ledger.open("jdbc:sqlite:" + file)) {
            assertThat(ledger.describe()).isEqualTo("sqlite " + file);
            assertThat(ledger.runs().find("run-1")).isPresent();
        }
    }

    @Test
    void aRelativePathIsMadeAbsolute() {
        Path file = Path.of("target", "relative-" + System.nanoTime() + ".db");
        try (Ledger ledger = Ledger.open(file.toString())) {
            assertThat(ledger.describe()).isEqualTo("sqlite " + file.toAbsolutePath());
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                file.resolveSibling(file.getFileName() + suffix).toFile().delete();
            }
        }
    }

    @Test
    void anEmptyFileBecomesALedger() throws Exception {
        Path file = Files.createFile(dir.resolve("ledger.db"));

        try (Ledger ledger = Ledger.open(file.toString())) {
            assertThat(ledger.schemaVersion()).isEqualTo(new Migrator(Dialect.SQLITE).latest());
        }
    }

    @Test
    void aFileOfGarbageIsReportedAsNotADatabase() throws Exception {
        Path file = dir.resolve("ledger.db");
        byte[] garbage = new byte[8192];
        new java.util.Random(42).nextBytes(garbage);
        Files.write(file, garbage);

        assertThatThrownBy(() -> Ledger.open(file.toString()))
                .isInstanceOf(LedgerException.class)
                .hasMessage("cannot open ledger " + file + NOT_A_DATABASE);
        assertThat(Files.readAllBytes(file)).as("the file is left as it was").isEqualTo(garbage);
    }

    @Test
    void aLedgerWhosePagesWereOverwrittenIsReportedAsCorrupt() throws Exception {
        Path file = dir.resolve("ledger.db");
        try (Ledger ledger = Ledger.open(file.toString())) {
            ledger.runs().insertRun(run("run-1", T0));
            try (Statement s = ledger.connection().createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        // Keep the 100-byte header, so SQLite recognises the file, and wreck the rest.
        for (int i = 100; i < bytes.length; i++) bytes[i] = (byte) (i * 31);
        Files.write(file, bytes);

        // A SQLite file whose pages are damaged: said so, not "not a database" (SQLITE_CORRUPT, not SQLITE_NOTADB).
        assertThatThrownBy(() -> Ledger.open(file.toString()))
                .isInstanceOf(LedgerException.class)
                .hasMessage("cannot open ledger " + file + ": the ledger file is damaged (SQLite: database disk image is "
                        + "malformed); run wattprint doctor to see what its integrity check finds, then copy the file aside "
                        + "and restore a backup");
    }

    @Test
    void aTextFileIsReportedAsNotADatabase() throws Exception {
        Path file = Files.writeString(dir.resolve("ledger.db"), "run_id,energy_kwh\nabc,0.5\n".repeat(100));

        assertThatThrownBy(() -> Ledger.open(file.toString()))
                .isInstanceOf(LedgerException.class)
                .hasMessage("cannot open ledger " + file + NOT_A_DATABASE);
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsNamed() throws Exception {
        Path notADir = Files.writeString(dir.resolve("wattprint-home"), "a file where a directory should be");
        Path file = notADir.resolve("ledger.db");

        assertThatThrownBy(() -> Ledger.open(file.toString()))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("cannot open ledger " + file + ": cannot create its directory " + notADir)
                .hasMessageEndingWith("choose a writable location with --db or WATTPRINT_HOME)");
    }

    @Test
    void aDirectoryGivenAsTheLedgerFileIsNamed() {
        assertThatThrownBy(() -> Ledger.open(dir.toString()))
                .isInstanceOf(LedgerException.class)
                .hasMessage("cannot open ledger " + dir + ": it is a directory (pass the path of a file inside it, e.g. "
                        + dir.resolve("ledger.db") + ")");
    }

    @Test
    void anUnwritableDirectoryIsNamed() throws Exception {
        // Root ignores permission bits, and this machine and CI run as root: this case
        // can only be shown by a non-root user.
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "running as root: permissions not enforced");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> Ledger.open(locked.resolve("ledger.db").toString()))
                    .isInstanceOf(LedgerException.class)
                    .hasMessageStartingWith("cannot open ledger " + locked.resolve("ledger.db") + ": directory " + locked
                            + " is not writable");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReadOnlyFileSystemIsReported() {
        // /proc is read-only to everyone, root included: a path there cannot be created.
        Path file = Path.of("/proc/wattprint-test/ledger.db");
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")), "no /proc here");

        assertThatThrownBy(() -> Ledger.open(file.toString()))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("cannot open ledger " + file + ": cannot create its directory /proc/wattprint-test");
    }

    @Test
    void otherDatabasesAndBlankSpecsAreRefused() {
        assertThatThrownBy(() -> Ledger.open("jdbc:mysql://db/x?user=a&password=hunter2"))
                .isInstanceOf(LedgerException.class)
                .hasMessage("cannot open ledger jdbc:mysql://db/x?user=a&password=***: unsupported database "
                        + "(use a file path, jdbc:sqlite:<path> or jdbc:postgresql://host/db)");
        assertThatThrownBy(() -> Ledger.open(" "))
                .isInstanceOf(LedgerException.class)
                .hasMessage("no ledger given: pass a file path or a JDBC URL (--db or WATTPRINT_DB)");
    }

    @Test
    void aUrlWithoutTheJdbcPrefixIsRefusedNotTakenAsAFileName() {
        assertThatThrownBy(() -> Ledger.open("postgresql://localhost/wp?password=hunter2"))
                .isInstanceOf(LedgerException.class)
                .hasMessage("cannot open ledger postgresql://localhost/wp?password=***: a URL needs the jdbc: prefix "
                        + "(for example jdbc:postgresql://localhost/wp?password=***); a plain value is taken as a SQLite file path");
        assertThat(dir.resolve("postgresql:")).doesNotExist();
        assertThat(java.nio.file.Path.of("postgresql:")).doesNotExist();
    }

    @Test
    void openingAnUpToDateLedgerTakesNoWriteLock() throws Exception {
        java.nio.file.Path file = dir.resolve("busy/ledger.db");
        Ledger.open(file.toString()).close();
        // Another process holds the write lock (a long write transaction).
        try (java.sql.Connection writer = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = writer.createStatement()) {
            writer.setAutoCommit(false);
            st.execute("INSERT INTO schema_version VALUES (1000, 'held', 'x')");
            long t0 = System.nanoTime();
            try (Ledger l = Ledger.open(file.toString())) {
                assertThat(l.runs().list(RunQuery.all())).isEmpty();
            }
            // Migrating would wait up to the 10 s busy timeout for the writer; reading does not. Half the
            // timeout as the bound: a busy CI machine may be slow, but not 5 s slow to open a file.
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
            writer.rollback();
        }
    }

    @Test
    void twoProcessesCanShareTheFile() throws Exception {
        // The CLI and a running server open the same file; WAL and busy_timeout let both
        // write. Several connections opening a new file at once also migrate it once.
        String file = dir.resolve("shared/ledger.db").toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    try (Ledger ledger = Ledger.open(file)) {
                        for (int i = 0; i < 25; i++) {
                            ledger.runs().insertRun(run("w" + writer + "-" + i, T0.plusSeconds(i)));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : writers) f.get();
        } finally {
            pool.shutdownNow();
        }

        try (Ledger ledger = Ledger.open(file)) {
            assertThat(ledger.runs().list(RunQuery.all())).hasSize(100);
            try (Statement s = ledger.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(Migrator.shipped(Dialect.SQLITE).size());
            }
        }
    }

    private static String pragma(Ledger ledger, String name) throws Exception {
        try (Statement s = ledger.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
