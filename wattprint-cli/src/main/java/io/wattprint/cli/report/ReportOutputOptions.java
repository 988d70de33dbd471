package io.wattprint.cli.report;

import io.wattprint.cli.Cli;
import io.wattprint.cli.UserException;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.render.Renderer;
import io.wattprint.report.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --format}, {@code --json} and {@code --out} of every {@code wattprint report} kind, and the writing:
 * text to standard output or a file, binary formats (PDF, PNG) to a file only. A regular file is written whole
 * or not at all (a temporary file in the same directory, then moved over the target); a symbolic link, a device
 * or a FIFO is written through, never replaced; a symbolic link to a file that does not exist yet makes that file
 * (whole or not at all, as a new regular file), as a shell redirect through the link does.
 */
public final class ReportOutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: one of those the command's "
            + "description lists; without it, the first listed (the default).")
    String format;
    @Option(names = "--json", description = "Same as --format json.")
    boolean json;
    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output (needed for "
            + "pdf and png). An existing file is replaced whole; a link, device or FIFO is written through (a link to a missing "
            + "file makes that file); its directory must exist.")
    Path out;

    /** The chosen format among {@code allowed}; the first allowed one when none is given. */
    public ReportFormat format(List<ReportFormat> allowed) {
        if (json && format != null && !format.strip().equalsIgnoreCase("json")) {
            throw UserException.usage("give either --json or --format " + format + ", not both");
        }
        if (json) return check(ReportFormat.JSON, "json", allowed);
        if (format == null) return allowed.get(0);
        ReportFormat f = ReportFormat.parse(format).orElseThrow(() -> UserException.usage("invalid value for --format: '"
                + format + "' (expected " + ReportFormat.labels(allowed) + ")"));
        return check(f, format, allowed);
    }

    private static ReportFormat check(ReportFormat f, String given, List<ReportFormat> allowed) {
        if (!allowed.contains(f)) {
            throw UserException.usage("invalid value for --format: '" + given + "' (this report is written as "
                    + ReportFormat.labels(allowed) + ")");
        }
        return f;
    }

    /** Refuses a binary format without {@code --out} before any work is done. */
    public void checkDestination(ReportFormat f) {
        if (f.binary() && out == null) {
            throw UserException.usage(f.label().toUpperCase(java.util.Locale.ROOT) + " is binary: give --out FILE (e.g. --out report."
                    + f.label() + ")");
        }
        if (out != null) {
            Path dir = out.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw UserException.usage("invalid value for --out: the directory " + dir + " does not exist");
            }
            if (Files.isDirectory(out)) throw UserException.usage("invalid value for --out: " + out + " is a directory");
        }
    }

    /** Renders with the format's own renderer and writes; names the file written on standard error. */
    public void write(Cli cli, ReportOutput report, ReportFormat f) { write(cli, report, f, Renderers.of(f)); }

    /** Renders and writes; names the file written on standard error. */
    public void write(Cli cli, ReportOutput report, ReportFormat f, Renderer renderer) {
        checkDestination(f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            renderer.write(report, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot render the report as " + f.label() + ": " + e.getMessage(), e);
        }
        if (out == null) {
            cli.out().print(bytes.toString(StandardCharsets.UTF_8));
            cli.out().flush();
            return;
        }
        writeFile(out, bytes.toByteArray());
        cli.err().println("wattprint: wrote " + out + " (" + String.format(java.util.Locale.ROOT, "%,d", bytes.size()) + " bytes, "
                + f.label() + ")");
        cli.err().flush();
    }

    static void writeFile(Path target, byte[] content) {
        if (Files.isSymbolicLink(target) && !Files.exists(target)) {
            // A link to nothing (yet): its target is made, as a shell redirect through the link makes it; the link stays.
            writeFile(danglingTarget(target), content);
            return;
        }
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            writeInPlace(target, content);
            return;
        }
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            // Created by name, not createTempFile (mode 0600): the report gets the permissions the user's umask gives
            // any new file, as a shell redirect would.
            tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
            try (OutputStream o = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                o.write(content);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original error is the one to report
                }
            }
            throw UserException.failure("cannot write " + target + ": " + e.getMessage());
        }
    }

    /** The links Linux follows in one path at most ({@code MAXSYMLINKS}, 40); more is a loop. */
    private static final int MAX_LINKS = 40;

    /**
     * The path a dangling symbolic link {@code link} ends at, following a chain of links; the report is written
     * there. A chain that loops, or ends in a directory that does not exist, is an error that names the link and
     * what it points to.
     */
    private static Path danglingTarget(Path link) {
        Path at = link;
        try {
            for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(at); i++) {
                Path to = Files.readSymbolicLink(at);
                Path dir = at.toAbsolutePath().getParent();
                at = dir == null ? to : dir.resolve(to);
            }
        } catch (IOException e) {
            throw UserException.failure("cannot write " + link + ": it is a symbolic link that cannot be read (" + e.getMessage() + ")");
        }
        if (Files.isSymbolicLink(at)) {
            throw UserException.failure("cannot write " + link + ": it is a symbolic link in a loop of links (more than "
                    + MAX_LINKS + " links followed)");
        }
        Path dir = at.toAbsolutePath().normalize().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw UserException.failure("cannot write " + link + ": it is a symbolic link to " + at
                    + ", which does not exist, and neither does its directory " + dir + " (create the directory, or pass "
                    + "another --out)");
        }
        return at;
    }

    /**
     * A symbolic link, a device ({@code /dev/stdout}), a FIFO: written through, as a shell redirect writes
     * it, never replaced by a regular file.
     */
    private static void writeInPlace(Path target, byte[] content) {
        try (OutputStream o = Files.newOutputStream(target, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            o.write(content);
        } catch (IOException e) {
            throw UserException.failure("cannot write " + target + ": " + e.getMessage());
        }
    }
}
