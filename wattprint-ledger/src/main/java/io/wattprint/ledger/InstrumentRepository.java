package io.wattprint.ledger;

import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.HourlyProfile;
import io.wattprint.core.scope2.InstrumentType;
import io.wattprint.core.scope2.MarketBoundary;
import io.wattprint.core.scope2.ResidualMix;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Contractual instruments (with their market zones and hourly profiles) and residual-mix
 * factors, the inputs of market-based Scope 2. Append-only: an instrument is recorded once under
 * its id, a residual mix once per zone, year and source. Adding a record already stored with the
 * same values changes nothing ({@link Outcome#ALREADY_RECORDED}); other values under a stored key
 * are refused without writing ({@link Outcome#CONFLICT}), so nothing recorded is ever edited.
 */
public final class InstrumentRepository {
    /** What an add did. */
    public enum Outcome { ADDED, ALREADY_RECORDED, CONFLICT }

    private final Connection c;
    private final String ledger;

    InstrumentRepository(Connection connection, String ledger) {
        this.c = connection;
        this.ledger = ledger;
    }

    /** Records an instrument; see {@link Outcome}. */
    public Outcome add(ContractualInstrument i) {
        Objects.requireNonNull(i, "instrument");
        synchronized (c) {
            return Sql.transaction(c, ledger, "record instrument " + i.id(), c -> {
                Optional<ContractualInstrument> stored = read(i.id());
                if (stored.isPresent()) return stored.get().equals(i) ? Outcome.ALREADY_RECORDED : Outcome.CONFLICT;
                if (insert(i) == 0) { // added by another process since the read
                    return read(i.id()).filter(i::equals).isPresent() ? Outcome.ALREADY_RECORDED : Outcome.CONFLICT;
                }
                return Outcome.ADDED;
            });
        }
    }

    /** The instrument stored under an id. */
    public Optional<ContractualInstrument> find(String id) {
        synchronized (c) {
            return Sql.read(c, ledger, "look up instrument " + id, c -> read(id));
        }
    }

    /** Every instrument, by id (byte order). */
    public List<ContractualInstrument> list() {
        synchronized (c) {
            return Sql.read(c, ledger, "list instruments", c -> readAll(null));
        }
    }

    /** Records a residual-mix factor; see {@link Outcome}. */
    public Outcome addResidualMix(ResidualMix m) {
        Objects.requireNonNull(m, "residual mix");
        synchronized (c) {
            return Sql.transaction(c, ledger, "record the residual mix " + m.zone() + " " + m.year(), c -> {
                Optional<ResidualMix> stored = readMix(m.zone(), m.year(), m.source());
                if (stored.isPresent()) return stored.get().equals(m) ? Outcome.ALREADY_RECORDED : Outcome.CONFLICT;
                int seq;
                try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM residual_mixes");
                     ResultSet rs = ps.executeQuery()) {
                    seq = rs.next() ? rs.getInt(1) + 1 : 1;
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO residual_mixes (zone, data_year, source, g_per_kwh, "
                        + "seq, recorded_at, renewable_pct, nuclear_pct, fossil_pct) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")) {
                    ps.setString(1, m.zone());
                    ps.setInt(2, m.year());
                    ps.setString(3, m.source());
                    ps.setDouble(4, m.intensity().gramsPerKwh());
                    ps.setInt(5, seq);
                    ps.setString(6, now());
                    ResidualMix.Composition k = m.composition();
                    double[] shares = k == null ? null : new double[] {k.renewablePct(), k.nuclearPct(), k.fossilPct()};
                    for (int i = 0; i < 3; i++) {
                        if (shares == null) ps.setNull(7 + i, Types.DOUBLE);
                        else ps.setDouble(7 + i, shares[i]);
                    }
                    if (ps.executeUpdate() == 0) {
                        return readMix(m.zone(), m.year(), m.source()).filter(m::equals).isPresent()
                                ? Outcome.ALREADY_RECORDED : Outcome.CONFLICT;
                    }
                }
                return Outcome.ADDED;
            });
        }
    }

    /** Residual mixes in the order they were recorded (a later one for the same zone and year replaces an earlier one). */
    public List<ResidualMix> residualMixes() {
        synchronized (c) {
            return Sql.read(c, ledger, "list residual mixes", c -> {
                List<ResidualMix> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT " + MIX_COLUMNS + " FROM residual_mixes ORDER BY seq");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(mix(rs));
                }
                return out;
            });
        }
    }

    private Optional<ResidualMix> readMix(String zone, int year, String source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MIX_COLUMNS + " FROM residual_mixes "
                + "WHERE zone = ? AND data_year = ? AND source = ?")) {
            ps.setString(1, zone);
            ps.setInt(2, year);
            ps.setString(3, source);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mix(rs)) : Optional.empty();
            }
        }
    }

    private static final String MIX_COLUMNS = "zone, data_year, source, g_per_kwh, renewable_pct, nuclear_pct, fossil_pct";

    private static ResidualMix mix(ResultSet rs) throws SQLException {
        double renewable = rs.getDouble(5);
        ResidualMix.Composition k = rs.wasNull() ? null : new ResidualMix.Composition(renewable, rs.getDouble(6), rs.getDouble(7));
        return new ResidualMix(rs.getString(1), rs.getInt(2), CarbonIntensity.ofGramsPerKwh(rs.getDouble(4)), rs.getString(3), k);
    }

    private int insert(ContractualInstrument i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO instruments (id, type, energy_j, vintage_from, vintage_to, "
                + "zone, market, rate_g_per_kwh, retired_for, registry, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING")) {
            ps.setString(1, i.id());
            ps.setString(2, i.type().name());
            ps.setDouble(3, i.energy().joules());
            ps.setString(4, Timestamps.format(i.vintageFrom()));
            ps.setString(5, Timestamps.format(i.vintageTo()));
            ps.setString(6, i.zone());
            ps.setString(7, i.market().name());
            ps.setDouble(8, i.rate().gramsPerKwh());
            Sql.setText(ps, 9, i.retiredFor());
            Sql.setText(ps, 10, i.registry());
            ps.setString(11, now());
            if (ps.executeUpdate() == 0) return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO instrument_market_zones (instrument_id, zone) VALUES (?, ?)")) {
            for (String z : i.market().sortedZones()) {
                ps.setString(1, i.id());
                ps.setString(2, z);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (i.hourly() != null) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO instrument_hours (instrument_id, hour_ts, energy_j) VALUES (?, ?, ?)")) {
                for (Map.Entry<Instant, Energy> h : i.hourly().hours().entrySet()) {
                    ps.setString(1, i.id());
                    ps.setString(2, Timestamps.format(h.getKey()));
                    ps.setDouble(3, h.getValue().joules());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return 1;
    }

    private Optional<ContractualInstrument> read(String id) throws SQLException {
        List<ContractualInstrument> found = readAll(id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Instruments (one, or all when id is null) in three queries: rows, market zones, hours. */
    private List<ContractualInstrument> readAll(String id) throws SQLException {
        String where = id == null ? "" : " WHERE id = ?";
        Map<String, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, type, energy_j, vintage_from, vintage_to, zone, market, "
                + "rate_g_per_kwh, retired_for, registry FROM instruments" + where)) {
            if (id != null) ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getDouble(8), rs.getString(9), rs.getString(10)));
                }
            }
        }
        if (rows.isEmpty()) return List.of();
        String childWhere = id == null ? "" : " WHERE instrument_id = ?";
        Map<String, Set<String>> zones = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT instrument_id, zone FROM instrument_market_zones" + childWhere)) {
            if (id != null) ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) zones.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        Map<String, TreeMap<Instant, Energy>> hours = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT instrument_id, hour_ts, energy_j FROM instrument_hours" + childWhere)) {
            if (id != null) ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hours.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(Timestamps.parse(rs.getString(2)), Energy.ofJoules(rs.getDouble(3)));
                }
            }
        }
        List<ContractualInstrument> out = new ArrayList<>();
        for (Row r : rows.values()) {
            TreeMap<Instant, Energy> h = hours.get(r.id());
            out.add(new ContractualInstrument(r.id(), InstrumentType.valueOf(r.type()), Energy.ofJoules(r.energyJ()),
                    Timestamps.parse(r.vintageFrom()), Timestamps.parse(r.vintageTo()), r.zone(),
                    new MarketBoundary(r.market(), zones.getOrDefault(r.id(), Set.of(r.zone()))),
                    CarbonIntensity.ofGramsPerKwh(r.rate()), r.retiredFor(), r.registry(), h == null ? null : new HourlyProfile(h)));
        }
        out.sort(Comparator.comparing(ContractualInstrument::id)); // byte order whatever the server's collation
        return out;
    }

    private record Row(String id, String type, double energyJ, String vintageFrom, String vintageTo, String zone, String market,
                       double rate, String retiredFor, String registry) {}

    private static String now() { return Timestamps.format(Timestamps.truncate(Instant.now())); }
}
