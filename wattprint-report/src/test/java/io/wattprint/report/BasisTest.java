package io.wattprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.report.doc.Notice;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasisTest {
    @TempDir
    Path dir;

    @Test
    void splitsEnergyByProvenanceAndListsFactorsAndLeftOutRuns() {
        try (Ledger l = Ledger.open(dir.resolve("l.db").toString())) {
            TestLedger.run("r1").kwh(3).zone("FR", 50).store(l);
            TestLedger.run("r2").kwh(1).estimated().zone("FR", 50).store(l);
            TestLedger.run("r3").kwh(2).cpuKwh(2).unknownLocation().store(l);
            Basis b = Basis.of(l.runs().list(RunQuery.all()));
            // 8 kWh IT: 3 + 2 + 2 measured, 1 estimated (hand count).
            assertThat(b.itKwh()).isEqualTo(8.0);
            assertThat(b.measuredShare()).isEqualTo(7 / 8.0);
            assertThat(b.estimatedShare()).isEqualTo(1 / 8.0);
            assertThat(b.factors()).singleElement().satisfies(f -> {
                assertThat(f.zone()).isEqualTo("FR");
                assertThat(f.runs()).isEqualTo(2);
                assertThat(f.facilityKwh()).isEqualTo(4.0);
            });
            assertThat(b.unknownLocation()).containsExactly("r3");
            assertThat(b.blocks()).filteredOn(x -> x instanceof Notice).extracting(x -> ((Notice) x).text())
                    .containsExactly("12.5 % of the IT energy is estimated, not measured (see Energy methods).",
                            "1 run(s) have no known location or factor and no CO2e: r3.");
        }
    }
}
