package io.wattprint.ingest.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.cloud.CloudEmission.Method;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.RecordingContext;
import io.wattprint.ledger.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** aws-carbon on SQLite and PostgreSQL, with files written here (synthetic: AWS publishes no sample). */
class AwsCarbonImporterTest {
    static final String PRE_V3 = "last_refresh_timestamp,location,model_version,payer_account_id,product_code,region_code,"
            + "total_lbm_emissions_unit,total_lbm_emissions_value,total_mbm_emissions_unit,total_mbm_emissions_value,"
            + "usage_account_id,usage_period_end,usage_period_start\n";
    static final String V3 = "last_refresh_timestamp,location,model_version,payer_account_id,product_code,region_code,"
            + "total_lbm_emissions_unit,total_lbm_emissions_value,total_mbm_emissions_unit,total_mbm_emissions_value,"
            + "usage_account_id,usage_period_end,usage_period_start,"
            + "total_scope_1_emissions_unit,total_scope_1_emissions_value,total_scope_2_lbm_emissions_unit,total_scope_2_lbm_emissions_value,"
            + "total_scope_2_mbm_emissions_unit,total_scope_2_mbm_emissions_value,total_scope_3_lbm_emissions_unit,"
            + "total_scope_3_lbm_emissions_value,total_scope_3_mbm_emissions_unit,total_scope_3_mbm_emissions_value\n";
    static final String SEP = "2025-10-01T00:00:00Z,2025-09-01T00:00:00Z";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String preV3(String model, String region, String lbm, String mbm, String unit) {
        return "2025-11-20T00:00:00Z,\"Europe (Ireland)\"," + model + ",111111111111,AmazonEC2," + region + "," + unit + "," + lbm
                + "," + unit + "," + mbm + ",222222222222," + SEP + "\n";
    }

    private static String v3(String model, String lbm, String mbm, String s1, String s2l, String s2m, String s3l, String s3m) {
        return "2025-11-20T00:00:00Z,\"Europe (Ireland)\"," + model + ",111111111111,AmazonEC2,eu-west-1,MTCO2e," + lbm
                + ",MTCO2e," + mbm + ",222222222222," + SEP + ",MTCO2e," + s1 + ",MTCO2e," + s2l + ",MTCO2e," + s2m
                + ",MTCO2e," + s3l + ",MTCO2e," + s3m + "\n";
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void preV3RowsStoreTheLocationAndMarketTotalsInTonnes(Db db) throws Exception {
        Path f = file("aws.csv", PRE_V3 + preV3("v2.1.0", "eu-west-1", "0.012", "0.003", "MTCO2e")
                + preV3("v2.1.0", "us-east-1", "1.5", "0", "MTCO2e"));
        try (Ledger ledger = db.open(dir)) {
            Ctx ctx = new Ctx(ledger, "imp-1");
            new AwsCarbonImporter().importFile(f, ctx);

            assertThat(ctx.rec.imported).isEqualTo(2);
            List<CloudEmission> current = ledger.cloudEmissions().current(null, null);
            // 0.012 t = 12 kg location-based, 0.003 t = 3 kg market-based; 1.5 t = 1500 kg and 0 kg.
            assertThat(current).extracting(e -> e.region() + " " + e.figureLabel() + " " + e.co2e().kilograms())
                    .containsExactlyInAnyOrder("eu-west-1 total location-based 12.0", "eu-west-1 total market-based 3.0",
                            "us-east-1 total location-based 1500.0", "us-east-1 total market-based 0.0");
            assertThat(current.get(0).account()).isEqualTo("222222222222");
            assertThat(current.get(0).payerAccount()).isEqualTo("111111111111");
            assertThat(current.get(0).service()).isEqualTo("AmazonEC2");
            assertThat(current.get(0).location()).isEqualTo("Europe (Ireland)");
            assertThat(current.get(0).period()).isEqualTo(new io.wattprint.core.model.Period(java.time.Instant.parse("2025-09-01T00:00:00Z"),
                    java.time.Instant.parse("2025-10-01T00:00:00Z")));
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void v3RowsStoreEachScopeAndMethodApartAndNotTheTotals(Db db) throws Exception {
        // total lbm 0.1 + 0.5 + 0.2 = 0.8; total mbm 0.1 + 0.3 + 0.25 = 0.65: consistent, so no note.
        Path f = file("aws.csv", V3 + v3("v3.0.0", "0.8", "0.65", "0.1", "0.5", "0.3", "0.2", "0.25"));
        try (Ledger ledger = db.open(dir)) {
            Ctx ctx = new Ctx(ledger, "imp-1");
            new AwsCarbonImporter().importFile(f, ctx);

            assertThat(ctx.rec.imported).isEqualTo(1);
            assertThat(ctx.rec.notes).isEmpty();
            assertThat(ledger.cloudEmissions().current(null, null)).extracting(e -> e.figureLabel() + " " + e.co2e().kilograms())
                    .containsExactlyInAnyOrder("scope 1 100.0", "scope 2 location-based 500.0", "scope 2 market-based 300.0",
                            "scope 3 location-based 200.0", "scope 3 market-based 250.0");
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aFigureTooLargeForAnyExportIsQuarantinedAndTheOtherRowsImport(Db db) throws Exception {
        // 1e308 t in grams is infinite: it stopped the import with a stack trace from Co2e.
        Path f = file("aws.csv", PRE_V3 + preV3("v2.1.0", "eu-west-1", "1e308", "0.003", "MTCO2e")
                + preV3("v2.1.0", "us-east-1", "1e12", "0", "MTCO2e") + preV3("v2.1.0", "us-west-2", "1.000000000001e12", "0", "MTCO2e"));
        try (Ledger ledger = db.open(dir)) {
            Ctx ctx = new Ctx(ledger, "imp-1");
            new AwsCarbonImporter().importFile(f, ctx);

            assertThat(ctx.rec.imported).as("the row at the limit, 1e12 t").isEqualTo(1);
            assertThat(ctx.rec.rejected).extracting(r -> r.line()).containsExactly(2L, 4L);
            assertThat(ctx.rec.rejected.get(0).reason()).isEqualTo("'1e308' is too large (expected at most 1e15)");
            assertThat(ctx.rec.rejected.get(1).reason()).contains("is too large (expected at most 1e12 t CO2e");
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aTotalThatIsNotTheSumOfItsScopesIsNoted(Db db) throws Exception {
        Path f = file("aws.csv", V3 + v3("v3.0.0", "0.9", "0.65", "0.1", "0.5", "0.3", "0.2", "0.25"));
        try (Ledger ledger = db.open(dir)) {
            Ctx ctx = new Ctx(ledger, "imp-1");
            new AwsCarbonImporter().importFile(f, ctx);

            assertThat(ctx.rec.notes).containsExactly("aws-carbon: 1 row(s) where a total differs from the sum of its "
                    + "scopes; the scope figures were stored");
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void modelVersionsDeliveredSideBySideCountOnceTheNewest(Db db) throws Exception {
        Path f = file("aws.csv", V3 + v3("v2.1.0", "0.9", "0.7", "", "", "", "", "")
                + v3("v3.0.0", "0.8", "0.65", "0.1", "0.5", "0.3", "0.2", "0.25"));
        try (Ledger ledger = db.open(dir)) {
            new AwsCarbonImporter().importFile(f, new Ctx(ledger, "imp-1"));

            List<CloudEmission> current = ledger.cloudEmissions().current(null, null);
            assertThat(current).extracting(CloudEmission::modelVersion).containsOnly("v3.0.0");
            double locationKg = current.stream().filter(e -> e.method() != Method.MARKET).mapToDouble(e -> e.co2e().kilograms()).sum();
            // scope 1 100 + scope 2 location 500 + scope 3 location 200 = 800 kg; v2.1.0's 900 kg is not added.
            assertThat(locationKg).isCloseTo(800.0, within(1e-9));
            assertThat(ledger.cloudEmissions().history(null, null)).filteredOn(r -> !r.current())
                    .extracting(r -> r.emission().modelVersion()).containsOnly("v2.1.0").hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void importingTheSameFileTwiceAddsNothing(Db db) throws Exception {
        Path f = file("aws.csv", PRE_V3 + preV3("v2.1.0", "eu-west-1", "0.012", "0.003", "MTCO2e"));
        try (Ledger ledger = db.open(dir)) {
            new AwsCarbonImporter().importFile(f, new Ctx(ledger, "imp-1"));
            Ctx again = new Ctx(ledger, "imp-2");
            new AwsCarbonImporter().importFile(f, again);

            assertThat(again.rec.imported).isZero();
            assertThat(again.rec.duplicates).isEqualTo(1);
            assertThat(ledger.cloudEmissions().history(null, null)).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void anUpdatedExportSupersedesAndTheLedgerKeepsTheHistory(Db db) throws Exception {
        Path first = file("aws-1.csv", PRE_V3 + preV3("v2.1.0", "eu-west-1", "0.012", "0.003", "MTCO2e"));
        Path updated = file("aws-2.csv", PRE_V3 + preV3("v2.1.0", "eu-west-1", "0.014", "0.003", "MTCO2e"));
        try (Ledger ledger = db.open(dir)) {
            new AwsCarbonImporter().importFile(first, new Ctx(ledger, "imp-1"));
            Ctx second = new Ctx(ledger, "imp-2");
            new AwsCarbonImporter().importFile(updated, second);

            assertThat(second.rec.imported).isEqualTo(1);
            assertThat(ledger.cloudEmissions().current(null, null)).extracting(e -> e.figureLabel() + " " + e.co2e().kilograms())
                    .containsExactlyInAnyOrder("total location-based 14.0", "total market-based 3.0");
            assertThat(ledger.cloudEmissions().history(null, null)).filteredOn(r -> r.emission().method() == Method.LOCATION)
                    .extracting(r -> r.importId() + " " + r.emission().co2e().kilograms() + " " + r.current())
                    .containsExactly("imp-1 12.0 false", "imp-2 14.0 true");
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void badRowsAreQuarantinedWithFieldAndReasonAndTheRestIsImported(Db db) throws Exception {
        Path f = file("aws.csv", PRE_V3
                + preV3("v2.1.0", "eu-west-1", "0.012", "0.003", "lbs")          // line 2: unknown unit
                + preV3("v2.1.0", "eu-west-2", "twelve", "0.003", "MTCO2e")      // line 3: not a number
                + preV3("v2.1.0", "eu-west-3", "-0.5", "0.003", "MTCO2e")        // line 4: negative
                + "2025-11-20T00:00:00Z,Global,v2.1.0,111111111111\n"             // line 5: 4 columns of 13
                + preV3("v2.1.0", "eu-north-1", "0.2", "0.1", "MTCO2e"));        // line 6: good
        try (Ledger ledger = db.open(dir)) {
            Ctx ctx = new Ctx(ledger, "imp-1");
            new AwsCarbonImporter().importFile(f, ctx);

            assertThat(ctx.rec.imported).isEqualTo(1);
            assertThat(ctx.rec.rejected).extracting(r -> r.line() + " " + r.field() + ": " + r.reason()).containsExactly(
                    "2 total_lbm_emissions_unit: unknown unit 'lbs' (expected MTCO2e, tCO2e, kgCO2e or gCO2e)",
                    "3 total_lbm_emissions_value: 'twelve' is not a number",
                    "4 total_lbm_emissions_value: negative value -0.5 (expected 0 or more)",
                    "5 null: expected 13 columns as in the header, found 4");
            assertThat(ctx.rec.rejected.get(3).raw()).isEqualTo("2025-11-20T00:00:00Z,Global,v2.1.0,111111111111");
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void kilogramsInTheUnitColumnAreReadAsKilograms(Db db) throws Exception {
        Path f = file("aws.csv", PRE_V3 + preV3("v2.1.0", "eu-west-1", "12", "3", "kgCO2e"));
        try (Ledger ledger = db.open(dir)) {
            new AwsCarbonImporter().importFile(f, new Ctx(ledger, "imp-1"));

            assertThat(ledger.cloudEmissions().current(null, null)).extracting(e -> e.co2e().grams())
                    .containsExactlyInAnyOrder(12_000.0, 3_000.0);
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aDryRunCountsAndWritesNothing(Db db) throws Exception {
        Path f = file("aws.csv", PRE_V3 + preV3("v2.1.0", "eu-west-1", "0.012", "0.003", "MTCO2e"));
        try (Ledger ledger = db.open(dir)) {
            Ctx ctx = new Ctx(new RecordingContext(ledger, true, false, Clock.systemUTC()), "imp-1");
            new AwsCarbonImporter().importFile(f, ctx);

            assertThat(ctx.rec.imported).isEqualTo(1);
            assertThat(ledger.cloudEmissions().history(null, null)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void strictStopsAtTheFirstBadRow(Db db) throws Exception {
        Path f = file("aws.csv", PRE_V3 + preV3("v2.1.0", "eu-west-1", "x", "0.003", "MTCO2e"));
        try (Ledger ledger = db.open(dir)) {
            Ctx ctx = new Ctx(new RecordingContext(ledger, false, true, Clock.systemUTC()), "imp-1");

            assertThatThrownBy(() -> new AwsCarbonImporter().importFile(f, ctx)).isInstanceOf(ImportException.class)
                    .hasMessage("line 2, field total_lbm_emissions_value: 'x' is not a number");
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aFileOfAnotherKindIsRefusedNamingTheMissingColumns(Db db) throws Exception {
        Path f = file("other.csv", "timestamp,project_name,emissions\n2025-01-01T00:00:00,x,1\n");
        try (Ledger ledger = db.open(dir)) {
            assertThatThrownBy(() -> new AwsCarbonImporter().importFile(f, new Ctx(ledger, "imp-1")))
                    .isInstanceOf(ImportException.class)
                    .hasMessage(f + " is not a aws-carbon file: missing column(s) model_version, usage_period_start, usage_period_end");
        }
    }
}
