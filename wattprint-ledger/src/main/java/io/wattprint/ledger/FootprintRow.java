package io.wattprint.ledger;

import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one place a {@code footprints} row (with its explanation's values; the pattern is a row of {@code explanations},
 * {@link ExplanationRow}) and its {@code footprint_components} rows
 * are bound and read, for a run closed or recomputed ({@link RunRepository}, {@link FootprintRepository})
 * and for imported runs ({@link RunBatch}, {@link RunUpdate}). Each save appends version seq + 1 with its
 * components; the latest is the highest seq. Nothing is overwritten, so a report can cite the version it
 * printed.
 */
final class FootprintRow {
    private FootprintRow() {}

    static final String INSERT_FOOTPRINT = "INSERT INTO footprints (rid, seq, computed_at, it_energy_j, "
            + "facility_energy_j, pue, pue_basis, co2e_g, factor_zone, factor_g_per_kwh, factor_year, factor_source, "
            + "factor_dataset, dataset, measured_share, explanation_id, explanation_values) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_COMPONENT = "INSERT INTO footprint_components (rid, seq, ordinal, component, "
            + "provenance_kind, provenance_method, energy_j) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /** Stores the footprint as the run's next version; returns that version (seq). */
    static int save(Connection c, long rid, Footprint f, String dataset, Instant computedAt) throws SQLException {
        int seq = 1;
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM footprints WHERE rid = ?")) {
            ps.setLong(1, rid);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) seq = rs.getInt(1) + 1;
            }
        }
        Explanation.Template explanation = f.explanation().template();
        long explanationId = ExplanationRow.ids(c, List.of(explanation))[0];
        try (PreparedStatement ps = c.prepareStatement(INSERT_FOOTPRINT)) {
            bindFootprint(ps, rid, seq, f, dataset, computedAt, explanation, explanationId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_COMPONENT)) {
            if (addComponents(ps, rid, seq, f) > 0) ps.executeBatch();
        }
        return seq;
    }

    /**
     * Sets the parameters of {@link #INSERT_FOOTPRINT} for one footprint version, whose explanation is {@code explanation}
     * (the footprint's {@link Explanation#template()}) with its pattern stored as {@code explanationId}
     * ({@link ExplanationRow#ids}).
     */
    static void bindFootprint(PreparedStatement ps, long rid, int seq, Footprint f, String dataset, Instant computedAt,
                              Explanation.Template explanation, long explanationId) throws SQLException {
        EmissionFactor factor = f.factor();
        ps.setLong(1, rid);
        ps.setInt(2, seq);
        ps.setString(3, Timestamps.format(computedAt));
        ps.setDouble(4, f.itEnergy().joules());
        ps.setDouble(5, f.facilityEnergy().joules());
        ps.setDouble(6, f.pue().pue().value());
        ps.setString(7, f.pue().basis());
        Sql.setDouble(ps, 8, f.locationBased() == null ? null : f.locationBased().grams());
        Sql.setText(ps, 9, factor == null ? null : factor.zone());
        Sql.setDouble(ps, 10, factor == null ? null : factor.intensity().gramsPerKwh());
        Sql.setInt(ps, 11, factor == null ? null : factor.year());
        Sql.setText(ps, 12, factor == null ? null : factor.source());
        Sql.setText(ps, 13, factor == null ? null : factor.dataset());
        Sql.setText(ps, 14, dataset);
        ps.setDouble(15, f.measuredShare());
        ps.setLong(16, explanationId);
        ps.setString(17, explanation.joinedValues());
    }

    /** Adds one {@link #INSERT_COMPONENT} batch entry per component; returns how many. */
    static int addComponents(PreparedStatement ps, long rid, int seq, Footprint f) throws SQLException {
        int ordinal = 0;
        for (ComponentEnergy ce : f.components()) {
            ps.setLong(1, rid);
            ps.setInt(2, seq);
            ps.setInt(3, ordinal++);
            ps.setString(4, ce.component().toString());
            ps.setString(5, ce.provenance().kind().name());
            ps.setString(6, ce.provenance().method());
            ps.setDouble(7, ce.energy().joules());
            ps.addBatch();
        }
        return ordinal;
    }

    /**
     * The footprint columns of the current row (named as in {@code footprints}), with the given components and
     * explanation lines ({@link ExplanationRow#lines}); {@code canon} gives the one instance of a repeated text.
     */
    static StoredFootprint read(ResultSet rs, List<ComponentEnergy> components, List<String> explanation,
                                UnaryOperator<String> canon) throws SQLException {
        Double co2e = Sql.getDouble(rs, "co2e_g");
        return new StoredFootprint(
                Timestamps.parse(rs.getString("computed_at")),
                Energy.ofJoules(rs.getDouble("it_energy_j")),
                Energy.ofJoules(rs.getDouble("facility_energy_j")),
                rs.getDouble("pue"),
                canon.apply(rs.getString("pue_basis")),
                co2e == null ? null : Co2e.ofGrams(co2e),
                canon.apply(rs.getString("factor_zone")),
                Sql.getDouble(rs, "factor_g_per_kwh"),
                Sql.getInt(rs, "factor_year"),
                canon.apply(rs.getString("factor_source")),
                canon.apply(rs.getString("dataset")),
                rs.getDouble("measured_share"),
                components,
                explanation);
    }
}
