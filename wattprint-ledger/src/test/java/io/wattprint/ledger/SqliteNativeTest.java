package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's native library is written once to the user's cache and loaded from there, not extracted to /tmp per start. */
class SqliteNativeTest {
    @TempDir Path cache;
    private String savedPath, savedName;

    @BeforeEach
    void clearProperties() {
        savedPath = System.clearProperty(SqliteNative.PATH_PROPERTY);
        savedName = System.clearProperty(SqliteNative.NAME_PROPERTY);
    }

    @AfterEach
    void restoreProperties() {
        System.clearProperty(SqliteNative.PATH_PROPERTY);
        System.clearProperty(SqliteNative.NAME_PROPERTY);
        if (savedPath != null) System.setProperty(SqliteNative.PATH_PROPERTY, savedPath);
        if (savedName != null) System.setProperty(SqliteNative.NAME_PROPERTY, savedName);
    }

    @Test
    void theLibraryIsCopiedWholeFromTheDriverJarAndTheDriverPointedAtIt() throws Exception {
        Path lib = SqliteNative.prepare(cache);
        assertThat(lib).isNotNull().isRegularFile().startsWith(cache);
        String resource = "org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + System.mapLibraryName("sqlitejdbc");
        try (var in = org.sqlite.JDBC.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(Files.readAllBytes(lib)).isEqualTo(in.readAllBytes());
        }
        assertThat(System.getProperty(SqliteNative.PATH_PROPERTY)).isEqualTo(lib.getParent().toString());
        assertThat(System.getProperty(SqliteNative.NAME_PROPERTY)).isEqualTo(lib.getFileName().toString());
        try (var files = Files.list(lib.getParent())) {
            assertThat(files).as("no partial file left beside it").containsExactly(lib);
        }
    }

    @Test
    void aSecondStartLoadsTheCachedLibraryWithoutWritingIt() throws Exception {
        Path lib = SqliteNative.prepare(cache);
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(lib, written);
        System.clearProperty(SqliteNative.PATH_PROPERTY);
        assertThat(SqliteNative.prepare(cache)).isEqualTo(lib);
        assertThat(Files.getLastModifiedTime(lib)).isEqualTo(written);
    }

    @Test
    void undoRemovesTheLibraryThisProcessWroteAndTheFoldersItCreatedForIt() throws Exception {
        Path root = cache.resolve("home/.cache/wattprint");
        Path lib = SqliteNative.prepare(root);
        assertThat(lib).isRegularFile();

        assertThat(SqliteNative.undo()).as("the library and the five folders home, .cache, wattprint, sqlite-jdbc-…, system").isEqualTo(6);
        try (var files = Files.list(cache)) {
            assertThat(files).as("nothing left of home/.cache/wattprint/sqlite-jdbc-…").isEmpty();
        }
    }

    @Test
    void undoLeavesALibraryThatWasAlreadyInTheCacheAndTheFoldersAboveIt() throws Exception {
        Path lib = SqliteNative.prepare(cache);
        byte[] bytes = Files.readAllBytes(lib);
        SqliteNative.undo();
        Files.createDirectories(lib.getParent());
        Files.write(lib, bytes);
        System.clearProperty(SqliteNative.PATH_PROPERTY);

        assertThat(SqliteNative.prepare(cache)).isEqualTo(lib);
        assertThat(SqliteNative.undo()).isZero();
        assertThat(lib).isRegularFile();
    }

    @Test
    void undoLeavesAFolderSomeoneElsePutAFileInSince() throws Exception {
        Path root = cache.resolve("wattprint");
        Path lib = SqliteNative.prepare(root);
        Path other = Files.writeString(root.resolve("other"), "x");

        SqliteNative.undo();
        assertThat(lib).doesNotExist();
        assertThat(other).isRegularFile();
    }

    @Test
    void aLibraryPathTheUserSetIsLeftAlone() throws Exception {
        System.setProperty(SqliteNative.PATH_PROPERTY, "/opt/own-sqlite");
        assertThat(SqliteNative.prepare(cache)).isNull();
        assertThat(System.getProperty(SqliteNative.PATH_PROPERTY)).isEqualTo("/opt/own-sqlite");
        try (var files = Files.list(cache)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aCacheThatCannotBeWrittenFailsWithoutPointingTheDriverAnywhere() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqliteNative.prepare(notAFolder))
                .isInstanceOf(java.io.IOException.class);
        assertThat(System.getProperty(SqliteNative.PATH_PROPERTY)).isNull();
        assertThat(System.getProperty(SqliteNative.NAME_PROPERTY)).isNull();
    }

    @Test
    void theCacheIsXdgCacheHomeThenHomeDotCacheAndNoneWithoutAnAbsoluteHome() {
        assertThat(SqliteNative.cacheRoot(Map.of("XDG_CACHE_HOME", "/c", "HOME", "/h"))).isEqualTo(Path.of("/c", "wattprint"));
        assertThat(SqliteNative.cacheRoot(Map.of("XDG_CACHE_HOME", "relative", "HOME", "/h")))
                .isEqualTo(Path.of("/h", ".cache", "wattprint"));
        assertThat(SqliteNative.cacheRoot(Map.of("HOME", "/h"))).isEqualTo(Path.of("/h", ".cache", "wattprint"));
        assertThat(SqliteNative.cacheRoot(Map.of())).isNull();
        assertThat(SqliteNative.cacheRoot(Map.of("HOME", ""))).isNull();
    }
}
