package io.wattprint.ledger;

import io.wattprint.core.allocation.AllocationRule;
import io.wattprint.core.allocation.IdlePolicy;
import io.wattprint.core.allocation.Measure;
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
 * Saved allocation rules ({@code allocation_rules}). Append-only: saving a rule whose definition
 * differs from the latest version of its name stores version + 1; saving the same definition
 * again changes nothing and returns the stored version.
 */
public final class AllocationRuleRepository {
    private final Connection c;
    private final String ledger;

    AllocationRuleRepository(Connection connection, String ledger) {
        this.c = connection;
        this.ledger = ledger;
    }

    /** A stored version of a rule. */
    public record StoredRule(AllocationRule rule, int version, Instant createdAt) {
        public StoredRule {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** What {@link #save} did: the version now current, and whether it was new. */
    public record Saved(StoredRule stored, boolean added) {}

    /** Stores the rule as the next version of its name, unless the latest version is the same rule. */
    public Saved save(AllocationRule rule, Instant at) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(at, "at");
        synchronized (c) {
            return Sql.transaction(c, ledger, "save allocation rule " + rule.name(), c -> {
                Optional<StoredRule> latest = latest(c, rule.name());
                if (latest.isPresent() && latest.get().rule().equals(rule)) return new Saved(latest.get(), false);
                int version = latest.map(s -> s.version() + 1).orElse(1);
                Instant created = Timestamps.truncate(at);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO allocation_rules (name, version, basis, tag_key, "
                        + "measure, idle_policy, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, rule.name());
                    ps.setInt(2, version);
                    ps.setString(3, rule.basis().name());
                    Sql.setText(ps, 4, rule.tagKey());
                    ps.setString(5, rule.measure().name());
                    ps.setString(6, rule.idle().name());
                    ps.setString(7, Timestamps.format(created));
                    ps.executeUpdate();
                }
                return new Saved(new StoredRule(rule, version, created), true);
            });
        }
    }

    /** The latest version of the rule of that name. */
    public Optional<StoredRule> latest(String name) {
        Objects.requireNonNull(name, "name");
        synchronized (c) {
            return Sql.read(c, ledger, "read allocation rule " + name, c -> latest(c, name.strip()));
        }
    }

    /** The latest version of every rule, by name. */
    public List<StoredRule> list() {
        synchronized (c) {
            return Sql.read(c, ledger, "list allocation rules", c -> {
                List<StoredRule> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE r.version = (SELECT MAX(v.version) "
                        + "FROM allocation_rules v WHERE v.name = r.name)");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(read(rs));
                }
                out.sort(Comparator.comparing(s -> s.rule().name()));
                return out;
            });
        }
    }

    /** Every version of a rule, oldest first. */
    public List<StoredRule> history(String name) {
        synchronized (c) {
            return Sql.read(c, ledger, "read allocation rule " + name, c -> {
                List<StoredRule> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE r.name = ? ORDER BY r.version")) {
                    ps.setString(1, name.strip());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(read(rs));
                    }
                }
                return out;
            });
        }
    }

    private static final String SELECT = "SELECT r.name, r.version, r.basis, r.tag_key, r.measure, r.idle_policy, "
            + "r.created_at FROM allocation_rules r";

    private Optional<StoredRule> latest(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE r.name = ? ORDER BY r.version DESC LIMIT 1")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private StoredRule read(ResultSet rs) throws SQLException {
        String name = rs.getString(1);
        try {
            AllocationRule rule = new AllocationRule(name, AllocationRule.Basis.valueOf(rs.getString(3)), rs.getString(4),
                    Measure.valueOf(rs.getString(5)), IdlePolicy.valueOf(rs.getString(6)));
            return new StoredRule(rule, rs.getInt(2), Timestamps.parse(rs.getString(7)));
        } catch (IllegalArgumentException e) {
            throw new LedgerException("allocation rule " + name + " in ledger " + ledger + " cannot be read: " + e.getMessage(), e);
        }
    }
}
