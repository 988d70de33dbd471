package io.wattprint.ingest.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Period;
import io.wattprint.ledger.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** azure-carbon on SQLite and PostgreSQL: both shapes, told apart per item. */
class AzureCarbonImporterTest {
    @TempDir
    Path dir;

    private List<String> run(Db db, String json, Ctx[] out) throws Exception {
        Path f = Files.writeString(dir.resolve("azure.json"), json);
        try (Ledger ledger = db.open(dir)) {
            Ctx ctx = new Ctx(ledger, "imp-1");
            new AzureCarbonImporter().importFile(f, ctx);
            if (out != null) out[0] = ctx;
            return ledger.cloudEmissions().current(null, null).stream().map(e -> e.period() + " " + e.account() + " "
                    + e.project() + " " + e.service() + " " + e.region() + " " + e.figureLabel() + " " + e.co2e().kilograms()).toList();
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aCarbonOptimizationReportStoresLatestMonthEmissionsInKilograms(Db db) throws Exception {
        String json = "{\"skipToken\":null,\"value\":[{\"dataType\":\"ItemDetailsData\",\"date\":\"2025-09-01\","
                + "\"latestMonthEmissions\":12.5,\"previousMonthEmissions\":11,\"itemName\":\"gpu-vm-1\","
                + "\"categoryType\":\"Resource\",\"subscriptionId\":\"sub-1\",\"resourceGroup\":\"ml-rg\","
                + "\"resourceType\":\"microsoft.compute/virtualmachines\",\"location\":\"westeurope\"},"
                + "{\"dataType\":\"MonthlySummaryData\",\"date\":\"2025-08-01\",\"totalCarbonEmission\":40,"
                + "\"totalCarbonEmissionLastMonth\":39}]}";
        Ctx[] ctx = new Ctx[1];
        assertThat(run(db, json, ctx)).containsExactlyInAnyOrder(
                "2025-09 sub-1 ml-rg microsoft.compute/virtualmachines/gpu-vm-1 westeurope total 12.5",
                "2025-08 null null null null total 40.0");
        assertThat(ctx[0].rec.imported).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void emissionsImpactDashboardRowsStoreEachScopeInTonnes(Db db) throws Exception {
        String json = "[{\"dateKey\":20250901,\"enrollmentId\":\"e-1\",\"subscriptionId\":\"sub-1\",\"subscriptionName\":\"ml\","
                + "\"azureServiceName\":\"Virtual Machines\",\"subService\":\"NC A100 v4\",\"azureRegionName\":\"West Europe\","
                + "\"scope\":\"Scope2\",\"scopeId\":2,\"totalEmissions\":0.0125},"
                + "{\"dateKey\":20250901,\"enrollmentId\":\"e-1\",\"subscriptionId\":\"sub-1\",\"subscriptionName\":\"ml\","
                + "\"azureServiceName\":\"Virtual Machines\",\"subService\":\"NC A100 v4\",\"azureRegionName\":\"West Europe\","
                + "\"scope\":\"Scope3\",\"scopeId\":3,\"totalEmissions\":0.5}]";
        // 0.0125 t = 12.5 kg; 0.5 t = 500 kg.
        assertThat(run(db, json, null)).containsExactlyInAnyOrder(
                "2025-09 sub-1 null Virtual Machines/NC A100 v4 West Europe scope 2 12.5",
                "2025-09 sub-1 null Virtual Machines/NC A100 v4 West Europe scope 3 500.0");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void itemsWithoutAPeriodOrAValueAreQuarantined(Db db) throws Exception {
        String json = "{\"value\":[{\"latestMonthEmissions\":3,\"itemName\":\"vm\"},{\"date\":\"2025-09-01\",\"itemName\":\"vm\"},"
                + "{\"dateKey\":20250901,\"scope\":\"Scope9\",\"totalEmissions\":1},{\"dateKey\":20250901,\"totalEmissions\":\"-1\"}]}";
        Ctx[] ctx = new Ctx[1];
        assertThat(run(db, json, ctx)).isEmpty();
        assertThat(ctx[0].rec.rejected).extracting(r -> r.line() + " " + r.field() + ": " + r.reason()).containsExactly(
                "1 $.value[0].date: no date: the month of latestMonthEmissions is the query's, which the response does not "
                        + "carry (export a monthly report, or add \"date\" to the items)",
                "2 null: neither a Carbon Optimization item (latestMonthEmissions or totalCarbonEmission) nor an Emissions "
                        + "Impact Dashboard row (dateKey)",
                "3 $.value[2].scope: 'Scope9' is not a scope (expected Scope1, Scope2 or Scope3)",
                "4 $.value[3].totalEmissions: negative value -1 (expected 0 or more)");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void importingTheSameReportTwiceAddsNothing(Db db) throws Exception {
        Path f = Files.writeString(dir.resolve("azure.json"), "{\"value\":[{\"date\":\"2025-09-01\",\"latestMonthEmissions\":2}]}");
        try (Ledger ledger = db.open(dir)) {
            new AzureCarbonImporter().importFile(f, new Ctx(ledger, "imp-1"));
            Ctx again = new Ctx(ledger, "imp-2");
            new AzureCarbonImporter().importFile(f, again);

            assertThat(again.rec.duplicates).isEqualTo(1);
            assertThat(ledger.cloudEmissions().current(null, null)).singleElement()
                    .satisfies(e -> assertThat(e.period()).isEqualTo(Period.parse("2025-09")));
        }
    }
}
