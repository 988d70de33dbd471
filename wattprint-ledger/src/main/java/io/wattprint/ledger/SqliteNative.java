package io.wattprint.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where SQLite's native library is loaded from. The driver ships it inside its jar and, by default, writes it to
 * the temporary directory under a new name at every start, reads it back byte by byte to compare, and leaves it
 * there when the process is killed — about a third of a short command's start-up here, and a megabyte in /tmp per
 * killed process. Instead it is written once per driver build to the user's cache
 * ({@code $XDG_CACHE_HOME/wattprint} or {@code $HOME/.cache/wattprint}, in a folder named by the driver's version,
 * the system and the architecture), renamed into place when complete, and the driver is told to load it from
 * there. Anything that stops that (no home, a read-only cache, no library for this system in the jar) leaves
 * the driver's own way in place: start-up is slower, nothing else changes.
 *
 * <p>The library is written when the first SQLite connection is made, never before. A command that opened a
 * ledger it then removes again (a refused {@code wattprint ingest} on a fresh home) calls {@link #undo}, which
 * removes the library and the folders this process wrote for it, so that the command leaves nothing behind;
 * the library stays loaded in this process, and the next command writes it again.
 */
final class SqliteNative {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static volatile boolean prepared;
    /** What this process wrote to the cache: the library, then the folders it created, deepest first. */
    private static final List<Path> written = new ArrayList<>();

    private SqliteNative() {}

    /** Points the driver at the cached library, once per process, before the first SQLite connection. */
    static void prepare() {
        if (prepared) return;
        synchronized (SqliteNative.class) {
            if (prepared) return;
            prepared = true;
            Path cache = cacheRoot(System.getenv());
            if (cache == null) return;
            try {
                prepare(cache);
            } catch (IOException | RuntimeException | LinkageError e) {
                // The driver extracts the library to the temporary directory itself, as it always did.
            }
        }
    }

    /**
     * Makes sure the library for this system is in {@code cacheRoot} and sets the driver's properties to it.
     * Returns the library's path, or null when the properties were already set or the jar has no library here.
     */
    static Path prepare(Path cacheRoot) throws IOException {
        if (System.getProperty(PATH_PROPERTY) != null) return null;
        String version = org.sqlite.SQLiteJDBCLoader.getVersion();
        if (version == null || !version.matches("[0-9][0-9.]*")) return null;
        String name = System.mapLibraryName("sqlitejdbc");
        // Named by the JVM's own system and architecture: the driver's choice of library (glibc or musl, Android)
        // runs `uname`, a process start, so it is asked only when the library is not cached yet.
        String system = (System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = cacheRoot.resolve("sqlite-jdbc-" + version).resolve(system);
        Path lib = dir.resolve(name);
        if (!Files.isRegularFile(lib)) {
            List<Path> newDirs = new ArrayList<>();
            for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) newDirs.add(d);
            String resource = "org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
            try (InputStream in = org.sqlite.JDBC.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) return null;
                Files.createDirectories(dir);
                // Written aside and renamed: a file under the final name is always whole, whoever else writes it.
                Path part = Files.createTempFile(dir, name, ".part");
                try {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            synchronized (written) {
                written.add(lib);
                written.addAll(newDirs);
            }
        }
        System.setProperty(PATH_PROPERTY, dir.toString());
        System.setProperty(NAME_PROPERTY, name);
        return lib;
    }

    /**
     * Removes what this process wrote to the cache (the library, then each folder it created, while empty), and
     * returns how many paths it removed. Nothing when the library was already there: the cache is then another
     * process's too. A process that finds the library gone between its check and its load falls back to the driver's
     * own extraction (the driver does so when the named file is missing).
     */
    static int undo() {
        synchronized (written) {
            int removed = 0;
            for (Path p : written) {
                try {
                    if (Files.deleteIfExists(p)) removed++;
                } catch (IOException e) {
                    break; // a folder someone else has put something in since: it stays, and the folders above it
                }
            }
            written.clear();
            return removed;
        }
    }

    /** {@code $XDG_CACHE_HOME/wattprint}, else {@code $HOME/.cache/wattprint}, else null. */
    static Path cacheRoot(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "wattprint");
        String home = env.get("HOME");
        if (home != null && !home.isBlank() && Path.of(home).isAbsolute()) return Path.of(home, ".cache", "wattprint");
        return null;
    }
}
