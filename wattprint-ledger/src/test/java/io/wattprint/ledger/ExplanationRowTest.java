package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplanationRowTest {
    private static final Instant T0 = Instant.parse("2026-11-24T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aPatternsKeyIsAnHAnd32HexDigitsAndTellsApartPatternsThatDifferInOneCharacter() {
        Random random = new Random(7);
        Set<String> keys = new HashSet<>();
        String base = "kgCO2e (location-based) = \u001f    [Σ intervals]\n  grid factor: \u001f  — applied to 1 kWh";
        for (int i = 0; i < 20_000; i++) {
            char[] p = base.toCharArray();
            p[random.nextInt(p.length)] = (char) ('a' + random.nextInt(26));
            String key = ExplanationRow.digest(new String(p) + i);
            assertThat(key).matches("h[0-9a-f]{32}");
            keys.add(key);
        }
        assertThat(keys).hasSize(20_000);
        assertThat(ExplanationRow.digest(base)).isEqualTo(ExplanationRow.digest(new String(base.toCharArray())));
    }

    @Test
    void aPatternWhoseKeyIsStoredWithAnotherPatternIsRefusedNotMixedUp() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            Explanation x = Explanation.builder("kgCO2e (location-based)", "1.0 g").input("grid factor", "21.7", "RTE").build();
            try (PreparedStatement ps = ledger.connection().prepareStatement(
                    "INSERT INTO explanations (digest, pattern) VALUES (?, 'another pattern')")) {
                ps.setString(1, ExplanationRow.digest(x.template().pattern()));
                ps.executeUpdate();
            }
            Run run = new Run("c0000000-0000-4000-8000-000000000001", "k", Workload.builder("w").build(), "h",
                    new Location("FR", null, null), T0, null, RunStatus.RUNNING, null, null);
            ledger.runs().insertRun(run);
            Energy e = Energy.ofJoules(1000);
            Footprint f = new Footprint(List.of(new ComponentEnergy(Component.gpu("0"),
                    Provenance.of(Provenance.Kind.MEASURED_COUNTER, "nvml"), e)), e, new PueAssumption(Pue.of(1.0), "none"), e,
                    null, null, x);

            assertThatThrownBy(() -> ledger.runs().closeRun(run.id(), T0.plusSeconds(1), RunStatus.SUCCEEDED, 0, f, "t", T0))
                    .isInstanceOf(LedgerException.class).hasMessageContaining("two values share one key");
            assertThat(ledger.runs().find(run.id()).orElseThrow().run().status()).as("nothing stored")
                    .isEqualTo(RunStatus.RUNNING);
        }
    }
}
