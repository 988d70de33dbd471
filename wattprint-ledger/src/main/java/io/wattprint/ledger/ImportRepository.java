package io.wattprint.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Imported files and their quarantined rows (tables {@code imports} and {@code quarantine}, V7).
 * Append-only: an import is written once, when its file is done, together with every row it
 * quarantined, in one transaction; nothing is updated or deleted.
 */
public final class ImportRepository {
    /** Quarantined rows are inserted this many to a JDBC batch. */
    static final int BATCH = 1_000;

    private final Connection c;
    private final String ledger;

    ImportRepository(Connection connection, String ledger) {
        this.c = connection;
        this.ledger = ledger;
    }

    /**
     * Stores an import and its quarantined rows in one transaction. The rows are read from the
     * iterator as they are inserted (in batches), so a caller can stream them from a spill file.
     * Quarantine is idempotent: a row already quarantined by an import of the same kind and file (same
     * line, field and raw text: {@link #rowKey}) is not stored again.
     *
     * @return how many of the quarantined rows were stored (the others were already in quarantine)
     * @throws LedgerException when an import with that id is already stored, or the database fails
     */
    public long record(ImportRecord r, Iterator<QuarantinedRow> quarantined) {
        Objects.requireNonNull(r, "import");
        Objects.requireNonNull(quarantined, "quarantined");
        synchronized (c) {
            return Sql.transaction(c, ledger, "store import " + r.id(), c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO imports (id, kind, file, content_sha256, size_bytes, "
                        + "started_at, finished_at, rows_imported, skipped_duplicates, quarantined, status) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, r.id());
                    ps.setString(2, r.kind());
                    ps.setString(3, r.file());
                    ps.setString(4, r.contentSha256());
                    ps.setLong(5, r.sizeBytes());
                    ps.setString(6, Timestamps.format(Timestamps.truncate(r.startedAt())));
                    ps.setString(7, Timestamps.format(Timestamps.truncate(r.finishedAt())));
                    ps.setLong(8, r.imported());
                    ps.setLong(9, r.skippedDuplicates());
                    ps.setLong(10, r.quarantined());
                    ps.setString(11, r.status());
                    ps.executeUpdate();
                }
                long stored = 0L;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO quarantine (import_id, ordinal, file, line, field, "
                        + "reason, raw, row_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                     PreparedStatement seen = c.prepareStatement("SELECT 1 FROM quarantine WHERE row_key = ? AND import_id <> ?")) {
                    int pending = 0;
                    while (quarantined.hasNext()) {
                        QuarantinedRow q = quarantined.next();
                        if (!q.importId().equals(r.id())) {
                            throw new IllegalArgumentException("quarantined row of import " + q.importId() + " given with import " + r.id());
                        }
                        String key = rowKey(r.kind(), r.file(), q);
                        // Rows of this import are all kept; a row an earlier import stored is not stored again.
                        seen.setString(1, key);
                        seen.setString(2, r.id());
                        try (ResultSet rs = seen.executeQuery()) {
                            if (rs.next()) continue;
                        }
                        stored++;
                        ps.setString(1, q.importId());
                        ps.setLong(2, q.ordinal());
                        ps.setString(3, q.file());
                        ps.setLong(4, q.line());
                        Sql.setText(ps, 5, q.field());
                        ps.setString(6, q.reason());
                        Sql.setText(ps, 7, q.raw());
                        ps.setString(8, key);
                        ps.addBatch();
                        if (++pending == BATCH) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) ps.executeBatch();
                }
                return stored;
            });
        }
    }

    /**
     * The natural key of a quarantined row: SHA-256 of its import's kind and file (as recorded: the absolute path), its
     * line, field and raw text. The same file imported again, or grown by appending, gives its bad rows the same keys.
     */
    static String rowKey(String kind, String file, QuarantinedRow q) {
        java.security.MessageDigest md;
        try {
            md = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        String text = kind + "\u001f" + file + "\u001f" + q.line() + "\u001f" + (q.field() == null ? "\u0000" : q.field()) + "\u001f"
                + (q.raw() == null ? "\u0000" : q.raw());
        return java.util.HexFormat.of().formatHex(md.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The first import of a file with these bytes (same kind and SHA-256), if any. */
    public Optional<ImportRecord> previous(String kind, String contentSha256) {
        synchronized (c) {
            return Sql.read(c, ledger, "look up imports of " + kind, c -> {
                List<ImportRecord> found = select(c, "WHERE kind = ? AND content_sha256 = ?", List.of(kind, contentSha256));
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            });
        }
    }

    /** An import by id. */
    public Optional<ImportRecord> find(String id) {
        synchronized (c) {
            return Sql.read(c, ledger, "look up import " + id, c -> {
                List<ImportRecord> found = select(c, "WHERE id = ?", List.of(id));
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            });
        }
    }

    /** Every import, oldest first. */
    public List<ImportRecord> list() {
        synchronized (c) {
            return Sql.read(c, ledger, "list imports", c -> select(c, "", List.of()));
        }
    }

    /**
     * Quarantined rows, oldest import first and in the order they were found; {@code importId} and
     * {@code kind} filter when not null, {@code limit} caps the number when not null.
     */
    public List<QuarantinedRow> quarantined(String importId, String kind, Integer limit) {
        StringBuilder sql = new StringBuilder("SELECT q.import_id, q.ordinal, q.file, q.line, q.field, q.reason, q.raw "
                + "FROM quarantine q JOIN imports i ON i.id = q.import_id WHERE 1 = 1");
        List<String> params = new ArrayList<>();
        if (importId != null) {
            sql.append(" AND q.import_id = ?");
            params.add(importId);
        }
        if (kind != null) {
            sql.append(" AND i.kind = ?");
            params.add(kind);
        }
        sql.append(" ORDER BY i.started_at, i.id, q.ordinal");
        if (limit != null) sql.append(" LIMIT ").append(Math.max(0, limit));
        synchronized (c) {
            return Sql.read(c, ledger, "read quarantined rows", c -> {
                List<QuarantinedRow> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                    for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new QuarantinedRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                                    rs.getString(5), rs.getString(6), rs.getString(7)));
                        }
                    }
                }
                return out;
            });
        }
    }

    private static List<ImportRecord> select(Connection c, String where, List<String> params) throws SQLException {
        List<ImportRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, file, content_sha256, size_bytes, started_at, "
                + "finished_at, rows_imported, skipped_duplicates, quarantined, status FROM imports " + where
                + " ORDER BY started_at, id")) {
            for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ImportRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            Timestamps.parse(rs.getString(6)), Timestamps.parse(rs.getString(7)), rs.getLong(8), rs.getLong(9),
                            rs.getLong(10), rs.getString(11)));
                }
            }
        }
        return out;
    }
}
