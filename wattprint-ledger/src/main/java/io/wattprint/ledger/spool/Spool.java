package io.wattprint.ledger.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The local spool: a directory with one append-only file per open run, {@code <run-id>.spool},
 * written before the ledger is, so that a run whose process is killed or whose machine reboots
 * is recovered at the next start with everything measured until then.
 *
 * <pre>{@code
 * Spool spool = Spool.in(home);                        // ~/.wattprint/spool
 * try (SpoolWriter w = spool.create(SpoolHeader.forThisProcess(run.id(), ledger.describe(), run.start()))) {
 *     w.append(tick);                                  // every tick, before the ledger
 * }
 * spool.delete(run.id());                              // once the ledger has the run closed
 *
 * for (SpoolFile f : spool.orphans()) {                // at the next start
 *     SpoolContents c = Spool.read(f.path());          // store c.intervals(), close as interrupted
 *     spool.delete(f.runId());
 * }
 * }</pre>
 *
 * <p>The directory is created on the first {@link #create}, readable by its owner only where
 * the file system has POSIX permissions; listing a directory that does not exist finds nothing.
 */
public final class Spool {
    /** The spool's folder inside wattprint's home ({@code $WATTPRINT_HOME}, default {@code ~/.wattprint}). */
    public static final String DIRECTORY = "spool";
    static final String SUFFIX = ".spool";
    private static final String TMP_SUFFIX = ".spool.tmp";

    private final Path dir;
    private final String host;
    private final Liveness liveness;
    private final ChannelOpener opener;
    private final Clock clock;
    private final Duration syncPeriod;

    /**
     * How long interval records may wait in the page cache before they are forced to the disk together (group
     * commit): 5 s. A killed process loses none of them; a crash of the operating system loses at most this much
     * metering. The system property {@code wattprint.spool.syncPeriod} (an ISO-8601 duration, {@code PT0S}: every
     * tick) changes it, for measurements.
     */
    public static final Duration DEFAULT_SYNC_PERIOD = Duration.ofSeconds(5);

    private Spool(Builder b) {
        this.dir = b.dir.toAbsolutePath();
        this.host = b.host;
        this.liveness = b.liveness;
        this.opener = b.opener;
        this.clock = b.clock;
        this.syncPeriod = b.syncPeriod;
    }

    /** The spool in a directory, for this host, asking the operating system which owners live. */
    public Spool(Path dir) {
        this(builder(dir));
    }

    /** The spool in wattprint's home: {@code home/spool}. */
    public static Spool in(Path wattprintHome) {
        return new Spool(wattprintHome.resolve(DIRECTORY));
    }

    public static Builder builder(Path dir) {
        return new Builder(dir);
    }

    public Path directory() { return dir; }

    /** Where a run's spool file is (whether or not it exists). */
    public Path path(String runId) {
        Path p = dir.resolve(runId + SUFFIX);
        if (!p.getParent().equals(dir)) throw new IllegalArgumentException("run id '" + runId + "' cannot name a spool file");
        return p;
    }

    /**
     * Creates a run's spool file holding its header, forced to disk with its directory entry.
     * The header is written to a temporary file first and renamed into place, so a
     * {@code .spool} file always starts with a whole header.
     *
     * @throws SpoolException naming the file when it exists already or cannot be written
     */
    public SpoolWriter create(SpoolHeader header) {
        Objects.requireNonNull(header, "header");
        Path file = path(header.runId());
        if (Files.exists(file)) {
            throw new SpoolException(file + ": a spool file for run " + header.runId() + " exists already");
        }
        createDirectory();
        Path tmp = dir.resolve(header.runId() + TMP_SUFFIX);
        byte[] magic = SpoolFormat.magicLine();
        byte[] head = SpoolFormat.header(header);
        try {
            try (FileChannel ch = opener.open(tmp, Set.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE), ownerOnly("rw-------"))) {
                // The header twice: a flipped byte in one copy still leaves the run's identity readable.
                ByteBuffer buf = ByteBuffer.allocate(magic.length + 2 * head.length).put(magic).put(head).put(head).flip();
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory();
            FileChannel ch;
            try {
                ch = opener.open(file, Set.of(StandardOpenOption.WRITE));
            } catch (IOException | RuntimeException e) {
                deleteQuietly(file); // the caller is told there is no spool; leave no file to recover
                throw e;
            }
            return new SpoolWriter(file, header, ch, magic.length + 2L * head.length, opener, clock, syncPeriod);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw new SpoolException(file + ": cannot create spool file (" + reason(e) + ")", e);
        }
    }

    /** Reads a spool file: its header and every whole record; see {@link SpoolContents}. */
    public static SpoolContents read(Path file) {
        return SpoolReader.read(file);
    }

    /** Every spool file with a readable header, in run-id order; see {@link #unreadable()} for the rest. */
    public List<SpoolFile> list() {
        List<SpoolFile> out = new ArrayList<>();
        for (Path p : files()) {
            try {
                out.add(new SpoolFile(p, SpoolReader.header(p)));
            } catch (SpoolException e) {
                // reported by unreadable()
            }
        }
        out.sort(Comparator.comparing(SpoolFile::runId));
        return out;
    }

    /**
     * Spool files whose owner is gone: written on this host by a process that no longer runs
     * (or whose PID another process now holds). Their runs are to be recovered. Files written
     * on another host, where a shared home is seen by several machines, are never orphans here.
     */
    public List<SpoolFile> orphans() {
        List<SpoolFile> out = new ArrayList<>();
        for (SpoolFile f : list()) {
            SpoolHeader h = f.header();
            if (h.host().equals(host) && !liveness.isRunning(h.ownerPid(), h.ownerStartedAt())) out.add(f);
        }
        return out;
    }

    /**
     * Temporary files ({@code <run-id>.spool.tmp}) left by a wattprint killed while it created a spool file, before
     * the run was stored: their owner is gone, or their header was never written whole and they are over a minute
     * old. Nothing was measured into them; they are safe to remove.
     */
    public List<Path> staleTemporaryFiles() {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + TMP_SUFFIX)) {
            for (Path p : ds) {
                if (!Files.isRegularFile(p)) continue;
                try {
                    SpoolHeader h = SpoolReader.header(p);
                    if (h.host().equals(host) && !liveness.isRunning(h.ownerPid(), h.ownerStartedAt())) out.add(p);
                } catch (SpoolException e) {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(clock.instant().minusSeconds(60))) out.add(p);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new SpoolException(dir + ": cannot list spool directory (" + reason(e) + ")", e);
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    /** Removes the {@linkplain #staleTemporaryFiles stale temporary files}; returns those removed. */
    public List<Path> removeStaleTemporaryFiles() {
        List<Path> removed = new ArrayList<>();
        for (Path p : staleTemporaryFiles()) {
            try {
                if (Files.deleteIfExists(p)) removed.add(p);
            } catch (IOException e) {
                throw new SpoolException(p + ": cannot delete stale temporary spool file (" + reason(e) + ")", e);
            }
        }
        return removed;
    }

    /** Files named {@code *.spool} without a readable header, each with the error that says why. */
    public List<SpoolException> unreadable() {
        List<SpoolException> out = new ArrayList<>();
        for (Path p : files()) {
            try {
                SpoolReader.header(p);
            } catch (SpoolException e) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Deletes a run's spool file, once the ledger has the run closed.
     *
     * @return whether there was a file to delete
     * @throws SpoolException naming the file when it cannot be deleted
     */
    public boolean delete(String runId) {
        Path file = path(runId);
        try {
            boolean deleted = Files.deleteIfExists(file);
            if (deleted) syncDirectory();
            return deleted;
        } catch (IOException e) {
            throw new SpoolException(file + ": cannot delete spool file (" + reason(e) + ")", e);
        }
    }

    private List<Path> files() {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path p : ds) if (Files.isRegularFile(p)) out.add(p);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new SpoolException(dir + ": cannot list spool directory (" + reason(e) + ")", e);
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    private void createDirectory() {
        if (Files.isDirectory(dir)) return;
        try {
            Files.createDirectories(dir.getParent());
            Files.createDirectory(dir, ownerOnly("rwx------"));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) throw new SpoolException(dir + ": cannot create spool directory (a file has its name)");
        } catch (IOException e) {
            throw new SpoolException(dir + ": cannot create spool directory (" + reason(e) + ")", e);
        }
    }

    /** Forces the directory entry of a created or deleted file; not possible on every OS (Windows), where it is skipped. */
    private void syncDirectory() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // the file's own data is forced; only the name may need the next sync
        }
    }

    private static FileAttribute<?>[] ownerOnly(String perms) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) return new FileAttribute<?>[0];
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms))};
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a stale .tmp is ignored by list(); a header-only .spool recovers as an empty run
        }
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException n) return "no such file or directory: " + n.getFile();
        if (e instanceof java.nio.file.AccessDeniedException a) return "permission denied: " + a.getFile();
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Settings of a spool; the defaults suit production, the others are seams for tests. */
    public static final class Builder {
        private final Path dir;
        private String host = SpoolHeader.localHost();
        private Liveness liveness = Liveness.processes();
        private ChannelOpener opener = ChannelOpener.files();
        private Clock clock = Clock.systemUTC();
        private Duration syncPeriod = configuredSyncPeriod();

        private Builder(Path dir) {
            this.dir = Objects.requireNonNull(dir, "dir");
        }

        /** The host whose dead owners make orphans (default: this machine's name). */
        public Builder host(String host) { this.host = Objects.requireNonNull(host, "host"); return this; }

        public Builder liveness(Liveness liveness) { this.liveness = Objects.requireNonNull(liveness, "liveness"); return this; }

        public Builder channels(ChannelOpener opener) { this.opener = Objects.requireNonNull(opener, "opener"); return this; }

        /** The clock that stamps a writer's first failure. */
        public Builder clock(Clock clock) { this.clock = Objects.requireNonNull(clock, "clock"); return this; }

        /**
         * How far apart interval records are forced to the disk ({@link #DEFAULT_SYNC_PERIOD} unless the system
         * property {@code wattprint.spool.syncPeriod} says otherwise); zero forces every batch.
         */
        public Builder syncPeriod(Duration period) {
            Objects.requireNonNull(period, "period");
            if (period.isNegative()) throw new IllegalArgumentException("a sync period cannot be negative: " + period);
            this.syncPeriod = period;
            return this;
        }

        public Spool build() { return new Spool(this); }
    }

    private static Duration configuredSyncPeriod() {
        String p = System.getProperty("wattprint.spool.syncPeriod");
        if (p == null || p.isBlank()) return DEFAULT_SYNC_PERIOD;
        try {
            Duration d = Duration.parse(p.trim());
            return d.isNegative() ? DEFAULT_SYNC_PERIOD : d;
        } catch (java.time.format.DateTimeParseException e) {
            return DEFAULT_SYNC_PERIOD;
        }
    }
}
