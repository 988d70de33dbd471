package io.wattprint.ingest;

import io.wattprint.ledger.QuarantinedRow;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Quarantined rows of one import, kept in a temporary file until the import is recorded, so that a
 * file with millions of bad rows does not fill the heap. The file is deleted on {@link #close()}.
 */
final class QuarantineSpill implements AutoCloseable {
    private final String importId;
    private final String file;
    private Path path;
    private DataOutputStream out;
    private long count;

    QuarantineSpill(String importId, String file) {
        this.importId = importId;
        this.file = file;
    }

    long count() { return count; }

    void add(long line, String field, String reason, String raw) {
        try {
            if (out == null) {
                path = Files.createTempFile("wattprint-quarantine-", ".bin");
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
            }
            out.writeLong(line);
            writeText(field);
            writeText(reason);
            writeText(raw);
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a quarantined row of " + file + " in a temporary file: " + e.getMessage(), e);
        }
    }

    private void writeText(String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** The rows in the order they were added; read from the file as the iterator advances. */
    Iterator<QuarantinedRow> rows() {
        if (count == 0) return java.util.Collections.emptyIterator();
        try {
            out.flush();
            DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
            return new Iterator<>() {
                long ordinal;

                @Override public boolean hasNext() {
                    if (ordinal < count) return true;
                    closeQuietly(in);
                    return false;
                }

                @Override public QuarantinedRow next() {
                    if (ordinal >= count) throw new NoSuchElementException();
                    try {
                        long line = in.readLong();
                        return new QuarantinedRow(importId, ordinal++, file, line, readText(in), readText(in), readText(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read back quarantined rows of " + file + ": " + e.getMessage(), e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back quarantined rows of " + file + ": " + e.getMessage(), e);
        }
    }

    private static String readText(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        byte[] b = in.readNBytes(n);
        if (b.length != n) throw new EOFException("quarantine spill file cut short");
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // Reading is done; nothing to recover.
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) out.close();
            if (path != null) Files.deleteIfExists(path);
        } catch (IOException e) {
            // A temporary file left behind is not worth failing an import for.
        }
    }
}
