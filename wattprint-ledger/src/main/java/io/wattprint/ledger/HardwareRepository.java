package io.wattprint.ledger;

import io.wattprint.core.embodied.HardwareRecord;
import io.wattprint.core.embodied.ResourceUnit;
import io.wattprint.core.quantity.Co2e;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Hardware records with embodied emissions ({@code hardware_records}). Append-only: each
 * record is a new {@code seq} of its id; for one id and valid-from the highest seq is current
 * (a correction), and a record valid from a later instant applies to runs from then on.
 * Adding the record that is already current for its id and valid-from changes nothing.
 */
public final class HardwareRepository {
    private final Connection c;
    private final String ledger;

    HardwareRepository(Connection connection, String ledger) {
        this.c = connection;
        this.ledger = ledger;
    }

    /** A stored record: its sequence number among its id's records and when it was recorded. */
    public record StoredHardware(HardwareRecord record, int seq, Instant recordedAt) {
        public StoredHardware {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }

    /** What {@link #add} did: the current record, and whether it was new. */
    public record Added(StoredHardware stored, boolean added) {}

    /** Stores a record, unless the same record is already current for its id and valid-from. */
    public Added add(HardwareRecord r, Instant at) {
        Objects.requireNonNull(r, "record");
        Objects.requireNonNull(at, "at");
        HardwareRecord rec = truncated(r);
        synchronized (c) {
            return Sql.transaction(c, ledger, "add hardware record " + rec.id(), c -> {
                Optional<StoredHardware> current = query(c, " WHERE h.id = ? AND h.valid_from = ? ORDER BY h.seq DESC LIMIT 1",
                        rec.id(), Timestamps.format(rec.validFrom())).stream().findFirst();
                if (current.isPresent() && current.get().record().equals(rec)) return new Added(current.get(), false);
                int seq;
                try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM hardware_records WHERE id = ?")) {
                    ps.setString(1, rec.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        seq = (rs.next() ? rs.getInt(1) : 0) + 1;
                    }
                }
                Instant recorded = Timestamps.truncate(at);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO hardware_records (id, seq, valid_from, model, "
                        + "embodied_kg, source, lifetime_years, total_resources, resource_unit, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, rec.id());
                    ps.setInt(2, seq);
                    ps.setString(3, Timestamps.format(rec.validFrom()));
                    ps.setString(4, rec.model());
                    ps.setDouble(5, rec.embodied().kilograms());
                    ps.setString(6, rec.source());
                    ps.setDouble(7, rec.lifetimeYears());
                    ps.setInt(8, rec.totalResources());
                    ps.setString(9, rec.unit().name());
                    ps.setString(10, Timestamps.format(recorded));
                    ps.executeUpdate();
                }
                return new Added(new StoredHardware(rec, seq, recorded), true);
            });
        }
    }

    /** The current records (highest seq per id and valid-from), by id, then valid-from. */
    public List<StoredHardware> list() {
        synchronized (c) {
            return Sql.read(c, ledger, "list hardware records", c -> query(c, " WHERE h.seq = (SELECT MAX(v.seq) FROM "
                    + "hardware_records v WHERE v.id = h.id AND v.valid_from = h.valid_from)"));
        }
    }

    /**
     * The record that applies to a run on {@code host} starting at {@code at}: the host's record
     * with the latest valid-from at or before {@code at}, in its current version.
     */
    public Optional<StoredHardware> forHost(String host, Instant at) {
        Objects.requireNonNull(at, "at");
        if (host == null || host.isBlank()) return Optional.empty();
        synchronized (c) {
            return Sql.read(c, ledger, "look up the hardware record of " + host, c -> query(c,
                    " WHERE h.id = ? AND h.valid_from <= ? ORDER BY h.valid_from DESC, h.seq DESC LIMIT 1",
                    host.strip(), Timestamps.format(Timestamps.truncate(at))).stream().findFirst());
        }
    }

    private List<StoredHardware> query(Connection c, String where, String... params) throws SQLException {
        List<StoredHardware> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT h.id, h.seq, h.valid_from, h.model, h.embodied_kg, h.source, "
                + "h.lifetime_years, h.total_resources, h.resource_unit, h.recorded_at FROM hardware_records h" + where)) {
            for (int i = 0; i < params.length; i++) ps.setString(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
        }
        // Sorted here, not by the database: the same order whatever a server's collation.
        out.sort(java.util.Comparator.comparing((StoredHardware s) -> s.record().id())
                .thenComparing(s -> s.record().validFrom()).thenComparing(StoredHardware::seq));
        return out;
    }

    private StoredHardware read(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        try {
            HardwareRecord r = new HardwareRecord(id, rs.getString(4), Co2e.ofKilograms(rs.getDouble(5)), rs.getString(6),
                    rs.getDouble(7), rs.getInt(8), ResourceUnit.valueOf(rs.getString(9)), Timestamps.parse(rs.getString(3)));
            return new StoredHardware(r, rs.getInt(2), Timestamps.parse(rs.getString(10)));
        } catch (IllegalArgumentException e) {
            throw new LedgerException("hardware record " + id + " in ledger " + ledger + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static HardwareRecord truncated(HardwareRecord r) {
        Instant from = Timestamps.truncate(r.validFrom());
        return from.equals(r.validFrom()) ? r : new HardwareRecord(r.id(), r.model(), r.embodied(), r.source(),
                r.lifetimeYears(), r.totalResources(), r.unit(), from);
    }
}
