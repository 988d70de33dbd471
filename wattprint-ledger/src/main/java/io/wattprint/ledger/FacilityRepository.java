package io.wattprint.ledger;

import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.MeteredEnergy;
import io.wattprint.core.model.Period;
import io.wattprint.core.facility.PuePeriod;
import io.wattprint.core.quantity.Energy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Facilities, their PUE per period and their meter readings. Append-only: each record has a
 * natural key (a facility's name; facility and period for a PUE; facility, kind and period for a
 * reading) and a seq. Adding a record equal to the latest one for its key stores nothing
 * ({@link Stored#UNCHANGED}); a different one is a correction, stored with the next seq
 * ({@link Stored#CORRECTED}), and from then on the latest seq is what every read returns.
 *
 * <p>Calls are serialised on the ledger's connection; failures surface as {@link LedgerException},
 * a PUE or reading for a facility not on record and an overlapping reading as
 * {@link IllegalArgumentException}.
 */
public final class FacilityRepository {
    /** What an add did. */
    public enum Stored { ADDED, UNCHANGED, CORRECTED }

    private final Connection c;
    private final String ledger;

    FacilityRepository(Connection connection, String ledger) {
        this.c = connection;
        this.ledger = ledger;
    }

    /** Records a facility, or corrects its zone or description. */
    public Stored addFacility(Facility f) {
        Objects.requireNonNull(f, "facility");
        synchronized (c) {
            return Sql.transaction(c, ledger, "store facility " + f.name(), c -> {
                Optional<Facility> latest = readFacility(f.name());
                if (latest.isPresent() && latest.get().equals(f)) return Stored.UNCHANGED;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO facilities (name, seq, zone, description, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, f.name());
                    ps.setInt(2, nextSeq("SELECT MAX(seq) FROM facilities WHERE name = ?", f.name()));
                    ps.setString(3, f.zone());
                    Sql.setText(ps, 4, f.description());
                    ps.setString(5, now());
                    ps.executeUpdate();
                }
                return latest.isPresent() ? Stored.CORRECTED : Stored.ADDED;
            });
        }
    }

    /** The facility as last recorded. */
    public Optional<Facility> facility(String name) {
        synchronized (c) {
            return Sql.read(c, ledger, "look up facility " + name, c -> readFacility(name));
        }
    }

    /** Every facility as last recorded, by name. */
    public List<Facility> facilities() {
        synchronized (c) {
            return Sql.read(c, ledger, "list facilities", c -> {
                List<Facility> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT name, zone, description FROM facilities f "
                        + "WHERE seq = (SELECT MAX(seq) FROM facilities g WHERE g.name = f.name)");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new Facility(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
                out.sort(Comparator.comparing(Facility::name));
                return out;
            });
        }
    }

    /** Records a PUE period, or corrects the one stored for the same facility and period. */
    public Stored addPue(PuePeriod p) {
        Objects.requireNonNull(p, "pue");
        synchronized (c) {
            return Sql.transaction(c, ledger, "store the PUE of facility " + p.facility(), c -> {
                requireFacility(p.facility());
                Optional<PuePeriod> latest = readPues(p.facility()).stream().filter(q -> q.period().equals(p.period())).findFirst();
                if (latest.isPresent() && latest.get().equals(p)) return Stored.UNCHANGED;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO facility_pue (facility, from_ts, to_ts, seq, pue, "
                        + "basis, category, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, p.facility());
                    ps.setString(2, Timestamps.format(p.period().from()));
                    ps.setString(3, Timestamps.format(p.period().to()));
                    ps.setInt(4, nextSeq("SELECT MAX(seq) FROM facility_pue WHERE facility = ? AND from_ts = ? AND to_ts = ?",
                            p.facility(), Timestamps.format(p.period().from()), Timestamps.format(p.period().to())));
                    ps.setDouble(5, p.pue().value());
                    ps.setString(6, p.basis().label());
                    Sql.setInt(ps, 7, p.category());
                    ps.setString(8, p.source());
                    ps.setString(9, now());
                    ps.executeUpdate();
                }
                return latest.isPresent() ? Stored.CORRECTED : Stored.ADDED;
            });
        }
    }

    /** A facility's PUE periods, the latest record of each, by start. */
    public List<PuePeriod> pues(String facility) {
        synchronized (c) {
            return Sql.read(c, ledger, "read the PUE of facility " + facility, c -> readPues(facility));
        }
    }

    /**
     * Records a meter reading, or corrects the one stored for the same facility, kind and period.
     *
     * @throws IllegalArgumentException when it overlaps another stored reading at the same
     *                                  boundary (the message names both)
     */
    public Stored addReading(MeterReading r) {
        Objects.requireNonNull(r, "reading");
        synchronized (c) {
            return Sql.transaction(c, ledger, "store a meter reading of facility " + r.facility(), c -> {
                requireFacility(r.facility());
                List<MeterReading> stored = readReadings(r.facility());
                Optional<MeterReading> clash = MeteredEnergy.overlapping(r, stored);
                if (clash.isPresent()) {
                    throw new IllegalArgumentException(MeteredEnergy.overlapMessage(clash.get(), r)
                            + "; a correction of a stored reading has the same kind and period");
                }
                Optional<MeterReading> latest = stored.stream()
                        .filter(s -> s.kind() == r.kind() && s.period().equals(r.period())).findFirst();
                if (latest.isPresent() && latest.get().equals(r)) return Stored.UNCHANGED;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO facility_meter_readings (facility, kind, from_ts, "
                        + "to_ts, seq, energy_j, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    String from = Timestamps.format(r.period().from());
                    String to = Timestamps.format(r.period().to());
                    ps.setString(1, r.facility());
                    ps.setString(2, r.kind().label());
                    ps.setString(3, from);
                    ps.setString(4, to);
                    ps.setInt(5, nextSeq("SELECT MAX(seq) FROM facility_meter_readings WHERE facility = ? AND kind = ? "
                            + "AND from_ts = ? AND to_ts = ?", r.facility(), r.kind().label(), from, to));
                    ps.setDouble(6, r.energy().joules());
                    ps.setString(7, r.source());
                    ps.setString(8, now());
                    ps.executeUpdate();
                }
                return latest.isPresent() ? Stored.CORRECTED : Stored.ADDED;
            });
        }
    }

    /** A facility's meter readings, the latest record of each, by start then kind. */
    public List<MeterReading> readings(String facility) {
        synchronized (c) {
            return Sql.read(c, ledger, "read the meter readings of facility " + facility, c -> readReadings(facility));
        }
    }

    private Optional<Facility> readFacility(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT zone, description FROM facilities WHERE name = ? "
                + "ORDER BY seq DESC LIMIT 1")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Facility(name, rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    private void requireFacility(String name) throws SQLException {
        if (readFacility(name).isEmpty()) {
            throw new IllegalArgumentException("no facility " + name + " in ledger " + ledger
                    + " (add it first with wattprint facility add)");
        }
    }

    private List<PuePeriod> readPues(String facility) throws SQLException {
        List<PuePeriod> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT from_ts, to_ts, pue, basis, category, source FROM facility_pue p "
                + "WHERE facility = ? AND seq = (SELECT MAX(seq) FROM facility_pue q WHERE q.facility = p.facility "
                + "AND q.from_ts = p.from_ts AND q.to_ts = p.to_ts)")) {
            ps.setString(1, facility);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Period period = new Period(Timestamps.parse(rs.getString(1)), Timestamps.parse(rs.getString(2)));
                    PuePeriod.Basis basis = PuePeriod.Basis.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT));
                    out.add(PuePeriod.of(facility, period, rs.getDouble(3), basis, Sql.getInt(rs, "category"), rs.getString(6)));
                }
            }
        }
        out.sort(Comparator.comparing((PuePeriod p) -> p.period().from()).thenComparing(p -> p.period().to()));
        return out;
    }

    private List<MeterReading> readReadings(String facility) throws SQLException {
        List<MeterReading> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, from_ts, to_ts, energy_j, source FROM facility_meter_readings m "
                + "WHERE facility = ? AND seq = (SELECT MAX(seq) FROM facility_meter_readings n WHERE n.facility = m.facility "
                + "AND n.kind = m.kind AND n.from_ts = m.from_ts AND n.to_ts = m.to_ts)")) {
            ps.setString(1, facility);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(1);
                    MeterReading.Kind k = MeterReading.Kind.parse(kind).orElseThrow(() -> new LedgerException(
                            "ledger " + ledger + " holds a meter reading of unknown kind '" + kind + "' (a newer wattprint wrote it?)"));
                    Period period = new Period(Timestamps.parse(rs.getString(2)), Timestamps.parse(rs.getString(3)));
                    out.add(new MeterReading(facility, period, Energy.ofJoules(rs.getDouble(4)), k, rs.getString(5)));
                }
            }
        }
        out.sort(Comparator.comparing((MeterReading r) -> r.period().from()).thenComparing(r -> r.kind().label()));
        return out;
    }

    private int nextSeq(String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setString(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) + 1;
            }
        }
    }

    private static String now() { return Timestamps.format(Timestamps.truncate(Instant.now())); }
}
