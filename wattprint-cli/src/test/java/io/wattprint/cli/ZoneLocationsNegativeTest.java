package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locations and zones that are not known — not shipped, not Electricity Maps ids, not imported — stay usage errors. */
class ZoneLocationsNegativeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    @Test
    void aMisspelledElectricityMapsZoneIsAUsageErrorSuggestingItAndWritesNothing() {
        var r = cli.run("run", "--location", "US-CAL-CISX", "--", "true");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown location 'US-CAL-CISX': did you mean US-CAL-CISO");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(Files.exists(cli.ledgerFile())).as("nothing written").isFalse();
    }

    @Test
    void aKeyNotImportedIsNotALocationAndTheCheckCreatesNoLedger() {
        var r = cli.run("run", "--location", "azure:sydney", "--", "true");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown location 'azure:sydney'");
        assertThat(Files.exists(cli.ledgerFile())).isFalse();
    }

    @Test
    void factorsCommandsRefuseAnUnknownZoneSuggestingElectricityMapsIds() {
        var list = cli.run("factors", "list", "--zone", "US-TEX-ERCX");
        var imp = cli.run("factors", "import", tmp.resolve("none.csv").toString(), "--zone", "azure:nowhere", "--source", "x");

        assertThat(list.code()).isEqualTo(2);
        assertThat(list.err()).contains("invalid value for --zone: unknown location 'US-TEX-ERCX': did you mean US-TEX-ERCO");
        assertThat(imp.code()).isEqualTo(2);
        assertThat(imp.err()).contains("invalid value for --zone: unknown location 'azure:nowhere'");
    }

    @Test
    void aCloudRegionIsStillNotAZoneForFactorsImportUnlessSeriesAreStoredUnderIt() throws Exception {
        Path f = tmp.resolve("s.csv");
        Files.writeString(f, "start,end,g_per_kwh\n2026-11-01T08:00:00Z,2026-11-01T09:00:00Z,20\n");

        var r = cli.run("factors", "import", f.toString(), "--zone", "aws:us-west-1", "--source", "x");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'aws:us-west-1' is a cloud region, not a grid zone", "aws:us-west-1 is in zone US-EGRID-CAMX");
    }

    @Test
    void estimateAtAnElectricityMapsZoneWithNoAnnualFactorSaysSo() {
        var r = cli.run("estimate", "--gpu", "H100 SXM5 80GB", "--count", "1", "--hours", "1", "--location", "DK-DK1");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no emission factor for zone DK-DK1");
    }

    @Test
    void dataZonesRefusesABadCountryAndCountryWithMappings() {
        var bad = cli.run("data", "zones", "--country", "USA");
        var both = cli.run("data", "zones", "--country", "US", "--mappings");

        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("invalid value for --country: 'USA' (expected an ISO 3166 alpha-2 code such as US)");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--country cannot be combined with --mappings");
    }
}
