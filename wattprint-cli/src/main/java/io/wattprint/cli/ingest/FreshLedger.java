package io.wattprint.cli.ingest;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQLite ledger that does not exist yet when {@code wattprint ingest} starts: if the command then records nothing (every
 * file refused, a dry run, an error), what opening the ledger created — the file, SQLite's side files and the
 * directories made for it — is removed again, so that a refused command leaves nothing behind.
 */
final class FreshLedger {
    private final Path file;
    /** Directories that did not exist, deepest first. */
    private final List<Path> newDirectories;

    private FreshLedger(Path file, List<Path> newDirectories) {
        this.file = file;
        this.newDirectories = newDirectories;
    }

    /** The ledger at {@code spec} when it is a SQLite file that is not there yet; else null (nothing to undo). */
    static FreshLedger of(String spec) {
        String s = spec == null ? "" : spec.strip();
        String path;
        if (s.startsWith("jdbc:sqlite:")) {
            path = s.substring("jdbc:sqlite:".length());
            int q = path.indexOf('?');
            if (q >= 0) path = path.substring(0, q);
            if (path.startsWith("file:")) path = path.substring("file:".length());
            if (path.isEmpty() || path.equals(":memory:")) return null;
        } else if (s.isEmpty() || s.startsWith("jdbc:") || s.contains("://")) {
            return null;
        } else {
            path = s;
        }
        Path f;
        try {
            f = Path.of(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
        if (Files.exists(f)) return null;
        List<Path> dirs = new ArrayList<>();
        for (Path d = f.getParent(); d != null && !Files.exists(d); d = d.getParent()) dirs.add(d);
        return new FreshLedger(f, dirs);
    }

    /** Removes the ledger file, its side files and the directories created for it (only those left empty). */
    void remove() {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                // Left behind: an empty ledger is harmless.
            }
        }
        for (Path d : newDirectories) {
            try {
                Files.deleteIfExists(d);
            } catch (DirectoryNotEmptyException e) {
                return;
            } catch (IOException e) {
                return;
            }
        }
    }
}
