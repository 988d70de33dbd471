package io.wattprint.run.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The runs this host still has to send to a wattprint server ({@code wattprint run --server}): one marker file per
 * run, {@code <home>/outbox/<run-id>} (0600 where POSIX, in a 0700 folder, as the spool's files), written when the run
 * starts and removed once the server has acknowledged the run's last batch. The run itself, its intervals and its
 * outcome are in the local ledger (and, while it runs, in its spool file); a marker holds only what the ledger does
 * not keep and an agent sends with the run: the GPUs it was measured on, one {@code gpu<TAB>uuid<TAB>model} line each.
 * So a server that is down loses nothing: {@code wattprint push}, and every later {@code wattprint run} with a server,
 * sends what the outbox names.
 */
public final class Outbox {
    /** A marker's name: a run id (a UUID from the run lifecycle). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final String TMP_SUFFIX = ".tmp";

    private final Path dir;

    private Outbox(Path dir) { this.dir = Objects.requireNonNull(dir, "dir"); }

    /** The outbox of a wattprint home: {@code <home>/outbox}, beside the spool. */
    public static Outbox in(Path wattprintHome) { return new Outbox(wattprintHome.resolve("outbox")); }

    public Path dir() { return dir; }

    /** A GPU a run was measured on; {@code model} may be null. */
    public record Gpu(String uuid, String model) {}

    /** Marks run {@code runId} as to be sent, with the GPUs it is measured on; replaces a marker already there. */
    public void add(String runId, List<Gpu> gpus) {
        Path file = path(runId);
        StringBuilder text = new StringBuilder();
        for (Gpu g : gpus) {
            text.append("gpu\t").append(clean(g.uuid())).append('\t').append(g.model() == null ? "" : clean(g.model())).append('\n');
        }
        try {
            Files.createDirectories(dir, ownerOnly("rwx------"));
            Path tmp = dir.resolve(runId + TMP_SUFFIX);
            Files.deleteIfExists(tmp);
            Files.write(Files.createFile(tmp, ownerOnly("rw-------")), text.toString().getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.WRITE);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outbox marker " + file + ": " + e.getMessage(), e);
        }
    }

    /** The runs waiting to be sent, oldest marker first (then by id). */
    public List<String> pending() {
        if (!Files.isDirectory(dir)) return List.of();
        record Marker(String id, FileTime time) {}
        List<Marker> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (!NAME.matcher(name).matches() || name.endsWith(TMP_SUFFIX) || !Files.isRegularFile(p)) continue;
                try {
                    found.add(new Marker(name, Files.getLastModifiedTime(p)));
                } catch (NoSuchFileException gone) {
                    // sent by another wattprint meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the outbox " + dir + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Marker::time).thenComparing(Marker::id));
        return found.stream().map(Marker::id).toList();
    }

    /** True while run {@code runId} waits to be sent. */
    public boolean has(String runId) { return Files.isRegularFile(path(runId)); }

    /** The GPUs the marker of {@code runId} names; none when it names none or is gone. */
    public List<Gpu> gpus(String runId) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path(runId), StandardCharsets.UTF_8);
        } catch (NoSuchFileException gone) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the outbox marker " + path(runId) + ": " + e.getMessage(), e);
        }
        List<Gpu> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length == 3 && f[0].equals("gpu") && !f[1].isEmpty()) out.add(new Gpu(f[1], f[2].isEmpty() ? null : f[2]));
        }
        return List.copyOf(out);
    }

    /** The run was sent: its marker goes. */
    public void remove(String runId) {
        try {
            Files.deleteIfExists(path(runId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the outbox marker " + path(runId) + ": " + e.getMessage(), e);
        }
    }

    private Path path(String runId) {
        if (runId == null || !NAME.matcher(runId).matches()) throw new IllegalArgumentException("not a run id: " + runId);
        return dir.resolve(runId);
    }

    private static String clean(String s) { return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '); }

    private static FileAttribute<?>[] ownerOnly(String perms) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) return new FileAttribute<?>[0];
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms))};
    }
}
