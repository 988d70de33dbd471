package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.allocation.AllocationRule;
import io.wattprint.core.allocation.IdlePolicy;
import io.wattprint.core.allocation.Measure;
import io.wattprint.core.embodied.HardwareRecord;
import io.wattprint.core.embodied.ResourceUnit;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.ledger.AllocationRuleRepository.StoredRule;
import io.wattprint.ledger.HardwareRepository.StoredHardware;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every ledger database must do with allocation rules and hardware records; the same cases
 * run on SQLite and on PostgreSQL (one subclass each).
 */
abstract class AllocationHardwareContract {
    private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
    protected Ledger ledger;

    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeEach
    void openLedger() throws Exception {
        ledger = Ledger.open(freshLedgerSpec());
    }

    @AfterEach
    void closeLedger() {
        if (ledger != null) ledger.close();
    }

    private static HardwareRecord node(String id, double kg, Instant validFrom) {
        return new HardwareRecord(id, "HGX H100 8-GPU", Co2e.ofKilograms(kg), "BLOOM paper (Luccioni et al. 2023)", 4, 8,
                ResourceUnit.GPU, validFrom);
    }

    @Test
    void aSavedRuleIsReadBackWithEveryField() {
        AllocationRule r = AllocationRule.parse("by-namespace", "tag:k8s-namespace", Measure.REQUESTS, IdlePolicy.SPREAD);

        var saved = ledger.allocationRules().save(r, T0);

        assertThat(saved.added()).isTrue();
        StoredRule back = ledger.allocationRules().latest("by-namespace").orElseThrow();
        assertThat(back.rule()).isEqualTo(r);
        assertThat(back.version()).isEqualTo(1);
        assertThat(back.createdAt()).isEqualTo(T0);
        assertThat(ledger.allocationRules().latest("no-such-rule")).isEmpty();
    }

    @Test
    void savingTheSameRuleAgainChangesNothing() {
        AllocationRule r = AllocationRule.parse("gpu", "gpu-hours", null, IdlePolicy.SEPARATE);
        ledger.allocationRules().save(r, T0);

        var again = ledger.allocationRules().save(r, T0.plusSeconds(60));

        assertThat(again.added()).isFalse();
        assertThat(again.stored().version()).isEqualTo(1);
        assertThat(ledger.allocationRules().history("gpu")).hasSize(1);
    }

    @Test
    void aChangedRuleIsANewVersionAndTheOldOneIsKept() {
        ledger.allocationRules().save(AllocationRule.parse("chargeback", "gpu-hours", null, IdlePolicy.SEPARATE), T0);
        AllocationRule changed = AllocationRule.parse("chargeback", "tag:project", null, IdlePolicy.SEPARATE);

        var saved = ledger.allocationRules().save(changed, T0.plusSeconds(60));

        assertThat(saved.stored().version()).isEqualTo(2);
        assertThat(ledger.allocationRules().latest("chargeback").orElseThrow().rule()).isEqualTo(changed);
        assertThat(ledger.allocationRules().history("chargeback")).extracting(s -> s.rule().basisLabel())
                .containsExactly("gpu-hours", "tag:project");
        ledger.allocationRules().save(AllocationRule.parse("other", "requests", null, IdlePolicy.SEPARATE), T0);
        assertThat(ledger.allocationRules().list()).extracting(s -> s.rule().name() + " v" + s.version())
                .containsExactly("chargeback v2", "other v1");
    }

    @Test
    void anAddedHardwareRecordIsReadBackWithEveryField() {
        HardwareRecord r = node("gpu-node-1", 2500, Instant.EPOCH);

        var added = ledger.hardware().add(r, T0);

        assertThat(added.added()).isTrue();
        StoredHardware back = ledger.hardware().list().get(0);
        assertThat(back.record()).isEqualTo(r);
        assertThat(back.seq()).isEqualTo(1);
        assertThat(back.recordedAt()).isEqualTo(T0);
    }

    @Test
    void addingTheSameHardwareRecordAgainChangesNothing() {
        ledger.hardware().add(node("gpu-node-1", 2500, Instant.EPOCH), T0);

        var again = ledger.hardware().add(node("gpu-node-1", 2500, Instant.EPOCH), T0.plusSeconds(60));

        assertThat(again.added()).isFalse();
        assertThat(again.stored().seq()).isEqualTo(1);
        assertThat(ledger.hardware().list()).hasSize(1);
    }

    @Test
    void aCorrectionIsANewRowThatBecomesCurrent() {
        ledger.hardware().add(node("gpu-node-1", 2500, Instant.EPOCH), T0);
        ledger.hardware().add(node("gpu-node-1", 2600, Instant.EPOCH), T0.plusSeconds(60));

        assertThat(ledger.hardware().list()).extracting(s -> s.record().embodied().kilograms() + " seq " + s.seq())
                .containsExactly("2600.0 seq 2");
        assertThat(count("SELECT COUNT(*) FROM hardware_records")).as("the first row is kept").isEqualTo(2);
        assertThat(ledger.hardware().forHost("gpu-node-1", T0).orElseThrow().record().embodied().kilograms()).isEqualTo(2600);
    }

    @Test
    void aRunGetsTheRecordValidAtItsStart() {
        Instant replaced = Instant.parse("2026-10-15T00:00:00Z");
        ledger.hardware().add(node("gpu-node-1", 2500, Instant.EPOCH), T0);
        ledger.hardware().add(node("gpu-node-1", 3000, replaced), T0);
        ledger.hardware().add(node("gpu-node-2", 1000, Instant.EPOCH), T0);

        assertThat(ledger.hardware().forHost("gpu-node-1", T0).orElseThrow().record().embodied().kilograms()).isEqualTo(2500);
        assertThat(ledger.hardware().forHost("gpu-node-1", replaced).orElseThrow().record().embodied().kilograms()).isEqualTo(3000);
        assertThat(ledger.hardware().forHost("gpu-node-3", T0)).isEmpty();
        assertThat(ledger.hardware().forHost(null, T0)).isEmpty();
        assertThat(ledger.hardware().forHost("gpu-node-1", Instant.parse("1960-01-01T00:00:00Z"))).isEmpty();
        assertThat(ledger.hardware().list()).extracting(s -> s.record().id() + " " + s.record().validFrom())
                .containsExactly("gpu-node-1 1970-01-01T00:00:00Z", "gpu-node-1 2026-10-15T00:00:00Z",
                        "gpu-node-2 1970-01-01T00:00:00Z");
    }

    @Test
    void aRowThatNoLongerParsesIsReportedNamingIt() throws Exception {
        try (Statement s = ledger.connection().createStatement()) {
            s.executeUpdate("INSERT INTO allocation_rules (name, version, basis, tag_key, measure, idle_policy, created_at) "
                    + "VALUES ('odd', 1, 'WATTS', NULL, 'GPU_HOURS', 'SEPARATE', '2026-10-01T00:00:00.000000Z')");
        }

        assertThatThrownBy(() -> ledger.allocationRules().latest("odd"))
                .isInstanceOf(LedgerException.class).hasMessageContaining("allocation rule odd in ledger");
    }

    private long count(String sql) {
        try (Statement s = ledger.connection().createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
