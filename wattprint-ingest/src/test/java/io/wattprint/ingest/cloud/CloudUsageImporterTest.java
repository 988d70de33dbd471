package io.wattprint.ingest.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** cloud-usage on SQLite and PostgreSQL: oracles worked out by hand from the CCF constants. */
class CloudUsageImporterTest {
    private static final String HEADER = "provider,region,usage_start,usage_end,service,kind,quantity,gpu_model,"
            + "cpu_utilisation,replication,project\n";
    private static final String WHEN = "2025-09-01T00:00:00Z,2025-10-01T00:00:00Z";

    @TempDir
    Path dir;

    private List<RunRecord> run(Db db, String csv, Ctx[] out) throws Exception {
        Path f = Files.writeString(dir.resolve("usage.csv"), HEADER + csv);
        try (Ledger ledger = db.open(dir)) {
            Ctx ctx = new Ctx(ledger, "imp-1");
            new CloudUsageImporter().importFile(f, ctx);
            if (out != null) out[0] = ctx;
            return ledger.runs().list(new RunQuery(null, null, null, null));
        }
    }

    private static double facilityKwh(List<RunRecord> runs, String usageKind) {
        return runs.stream().filter(r -> r.run().workload().tags().get("usage_kind").equals(usageKind)).findFirst()
                .orElseThrow().footprint().facilityEnergy().kilowattHours();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void eachUsageKindGetsTheCcfEnergyTimesTheProvidersPue(Db db) throws Exception {
        List<RunRecord> runs = run(db, "aws,eu-west-1," + WHEN + ",AmazonEC2,vcpu-hours,100,,,,ml\n"
                + "aws,eu-west-1," + WHEN + ",AmazonEC2,gpu-hours,10,NVIDIA A100-SXM4-80GB,0.8,,ml\n"
                + "gcp,europe-west4," + WHEN + ",Persistent Disk,storage-ssd-tb-hours,1000,,,2,ml\n"
                + "azure,westeurope," + WHEN + ",Bandwidth,network-gb,500,,,,ml\n"
                + "gcp,europe-west4," + WHEN + ",Compute Engine,memory-gb-hours,1000,,,,ml\n", null);

        // AWS vCPU: (0.74 + 0.5 × (3.5 − 0.74)) W = 2.12 W × 100 h = 0.212 kWh, × PUE 1.135 = 0.24062 kWh.
        assertThat(facilityKwh(runs, "vcpu-hours")).isCloseTo(0.24062, within(1e-12));
        // A100 SXM4 80GB TDP 400 W × 0.8 × 10 h = 3.2 kWh, × 1.135 = 3.632 kWh.
        assertThat(facilityKwh(runs, "gpu-hours")).isCloseTo(3.632, within(1e-12));
        // SSD 1000 TB-h × 1.2 Wh × 2 replicas = 2.4 kWh, × GCP PUE 1.1 = 2.64 kWh.
        assertThat(facilityKwh(runs, "storage-ssd-tb-hours")).isCloseTo(2.64, within(1e-12));
        // 500 GB × 0.001 kWh = 0.5 kWh, × Azure PUE 1.185 = 0.5925 kWh.
        assertThat(facilityKwh(runs, "network-gb")).isCloseTo(0.5925, within(1e-12));
        // 1000 GB-h × 0.000392 kWh = 0.392 kWh, × 1.1 = 0.4312 kWh.
        assertThat(facilityKwh(runs, "memory-gb-hours")).isCloseTo(0.4312, within(1e-12));
        assertThat(runs).allSatisfy(r -> {
            assertThat(r.footprint().measuredShare()).isZero();
            assertThat(r.footprint().co2e()).isNotNull();
            assertThat(r.run().workload().project()).isEqualTo("ml");
        });
        assertThat(runs).filteredOn(r -> r.run().location().cloudRegion().equals("aws:eu-west-1"))
                .allSatisfy(r -> assertThat(r.run().location().zone()).isEqualTo("IE"));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void importingTheSameFileTwiceAddsNothing(Db db) throws Exception {
        Path f = Files.writeString(dir.resolve("usage.csv"), HEADER + "aws,eu-west-1," + WHEN + ",AmazonEC2,vcpu-hours,100,,,,ml\n");
        try (Ledger ledger = db.open(dir)) {
            new CloudUsageImporter().importFile(f, new Ctx(ledger, "imp-1"));
            Ctx again = new Ctx(ledger, "imp-2");
            new CloudUsageImporter().importFile(f, again);

            assertThat(again.rec.duplicates).isEqualTo(1);
            assertThat(ledger.runs().list(new RunQuery(null, null, null, null))).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void badRowsAreQuarantined(Db db) throws Exception {
        Ctx[] ctx = new Ctx[1];
        run(db, "aws,eu-west-1," + WHEN + ",EC2,cpu-seconds,100,,,,\n"
                + "aws,eu-west-1," + WHEN + ",EC2,gpu-hours,10,NVIDIA Z9000,,,\n"
                + "aws,eu-west-1," + WHEN + ",EC2,vcpu-hours,10,,1.5,,\n"
                + "aws,eu-west-1," + WHEN + ",EC2,vcpu-hours,-10,,,,\n"
                + "oci,eu-west-1," + WHEN + ",EC2,vcpu-hours,10,,,,\n", ctx);
        assertThat(ctx[0].rec.rejected).extracting(r -> r.line() + " " + r.field() + ": " + r.reason()).containsExactly(
                "2 kind: 'cpu-seconds' is not a usage kind (expected vcpu-hours, gpu-hours, memory-gb-hours, "
                        + "storage-ssd-tb-hours, storage-hdd-tb-hours or network-gb)",
                "3 gpu_model: GPU 'NVIDIA Z9000' is not in the hardware catalogue (wattprint data)",
                "4 cpu_utilisation: utilisation 1.5 is above 1 (expected 0..1)",
                "5 quantity: negative value -10 (expected 0 or more)",
                "6 provider: 'oci' is not aws, gcp or azure");
        assertThat(ctx[0].rec.imported).isZero();
    }
}
