package io.wattprint.ingest.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.model.Period;
import io.wattprint.ledger.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** gcp-carbon on SQLite and PostgreSQL: the CSV with either naming, and JSON with the nesting kept. */
class GcpCarbonImporterTest {
    private static final String DOTTED = "usage_month,billing_account_id,project.id,project.number,service.id,"
            + "service.description,location.location,location.region,carbon_model_version,carbon_footprint_kgCO2e.scope1,"
            + "carbon_footprint_kgCO2e.scope2.location_based,carbon_footprint_kgCO2e.scope2.market_based,"
            + "carbon_footprint_kgCO2e.scope3,carbon_footprint_total_kgCO2e.location_based,"
            + "carbon_footprint_total_kgCO2e.market_based\n";
    // 0.5 + 10.25 + 2 = 12.75 location-based; 0.5 + 4 + 2 = 6.5 market-based.
    private static final String ROW = "2025-09-01,01A2B3-C4D5E6,ml-training,123456789,6F81-5844-456A,Compute Engine,"
            + "europe-west4,europe-west4,12,0.5,10.25,4,2,12.75,6.5\n";
    private static final List<String> EXPECTED = List.of("ml-training Compute Engine scope 1 0.5",
            "ml-training Compute Engine scope 2 location-based 10.25", "ml-training Compute Engine scope 2 market-based 4.0",
            "ml-training Compute Engine scope 3 2.0");

    @TempDir
    Path dir;

    private List<String> importAndRead(Db db, String name, String text, Ctx[] ctxOut) throws Exception {
        Path f = Files.writeString(dir.resolve(name), text);
        try (Ledger ledger = db.open(dir)) {
            Ctx ctx = new Ctx(ledger, "imp-1");
            new GcpCarbonImporter().importFile(f, ctx);
            if (ctxOut != null) ctxOut[0] = ctx;
            List<CloudEmission> current = ledger.cloudEmissions().current(null, null);
            current.forEach(e -> {
                assertThat(e.provider()).isEqualTo("gcp");
                assertThat(e.modelVersion()).isEqualTo("12");
                assertThat(e.payerAccount()).isEqualTo("01A2B3-C4D5E6");
                assertThat(e.region()).isEqualTo("europe-west4");
                assertThat(e.period()).isEqualTo(Period.parse("2025-09"));
            });
            return current.stream().map(e -> e.project() + " " + e.service() + " " + e.figureLabel() + " " + e.co2e().kilograms())
                    .toList();
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aCsvWithDottedNamesStoresEachScopeInKilograms(Db db) throws Exception {
        Ctx[] ctx = new Ctx[1];
        assertThat(importAndRead(db, "gcp.csv", DOTTED + ROW, ctx)).containsExactlyInAnyOrderElementsOf(EXPECTED);
        assertThat(ctx[0].rec.imported).isEqualTo(1);
        assertThat(ctx[0].rec.notes).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aCsvWithUnderscoredNamesReadsTheSame(Db db) throws Exception {
        assertThat(importAndRead(db, "gcp.csv", DOTTED.replace('.', '_') + ROW, null)).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    private static final String NESTED = "{\"usage_month\":\"2025-09-01\",\"billing_account_id\":\"01A2B3-C4D5E6\","
            + "\"project\":{\"id\":%s,\"number\":\"123456789\"},\"service\":{\"id\":\"6F81-5844-456A\",\"description\":\"Compute Engine\"},"
            + "\"location\":{\"location\":\"europe-west4\",\"region\":\"europe-west4\"},\"carbon_model_version\":12,"
            + "\"carbon_footprint_kgCO2e\":{\"scope1\":0.5,\"scope2\":{\"location_based\":10.25,\"market_based\":4},\"scope3\":2},"
            + "\"carbon_footprint_total_kgCO2e\":{\"location_based\":12.75,\"market_based\":6.5}}";

    @ParameterizedTest
    @EnumSource(Db.class)
    void aJsonArrayWithNestingReadsTheSame(Db db) throws Exception {
        String json = "[" + NESTED.formatted("\"ml-training\"") + "]";
        assertThat(importAndRead(db, "gcp.json", json, null)).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void newlineDelimitedJsonAsBigQueryExportsItReadsTheSame(Db db) throws Exception {
        String json = NESTED.formatted("\"ml-training\"") + "\n" + NESTED.formatted("\"ml-training\"") + "\n";
        Ctx[] ctx = new Ctx[1];
        assertThat(importAndRead(db, "gcp.json", json, ctx)).containsExactlyInAnyOrderElementsOf(EXPECTED);
        assertThat(ctx[0].rec.imported).isEqualTo(1);
        assertThat(ctx[0].rec.duplicates).as("the same row twice").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aDeletedProjectKeepsItsNumber(Db db) throws Exception {
        String json = "[" + NESTED.formatted("null") + "]";
        assertThat(importAndRead(db, "gcp.json", json, null)).first().asString().startsWith("number:123456789 Compute Engine");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aTotalThatIsNotScope1PlusScope2PlusScope3IsNoted(Db db) throws Exception {
        Ctx[] ctx = new Ctx[1];
        importAndRead(db, "gcp.csv", DOTTED + ROW.replace("12.75,6.5", "13.75,6.5"), ctx);
        assertThat(ctx[0].rec.notes).containsExactly("gcp-carbon: 1 row(s) (first: 2) where a total differs from scope 1 "
                + "+ scope 2 + scope 3; the scope figures were stored, the totals were not");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aScopeOf1e308KgIsQuarantinedNotAStackTraceAndTheOtherRowsImport(Db db) throws Exception {
        Ctx[] ctx = new Ctx[1];
        List<String> stored = importAndRead(db, "gcp.csv", DOTTED + ROW.replace(",10.25,", ",1e308,") + ROW.replace("ml-training", "other"), ctx);

        assertThat(stored).hasSize(4).allMatch(s -> s.startsWith("other "));
        assertThat(ctx[0].rec.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo("'1e308' is too large (expected at most 1e15)");
        });
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void badRowsAreQuarantined(Db db) throws Exception {
        Ctx[] ctx = new Ctx[1];
        String csv = DOTTED + ROW.replace(",0.5,10.25,", ",,10.25,") + ROW.replace(",2,12.75", ",-2,12.75")
                + ROW.replace("2025-09-01", "Sept 2025") + ROW;
        importAndRead(db, "gcp.csv", csv, ctx);
        assertThat(ctx[0].rec.rejected).extracting(r -> r.line() + " " + r.field() + ": " + r.reason()).containsExactly(
                "2 carbon_footprint_kgco2e_scope1: empty (expected kgCO2e, 0 or more)",
                "3 carbon_footprint_kgco2e_scope3: negative value -2 (expected 0 or more)",
                "4 usage_month: 'Sept 2025' is not a date or timestamp (expected e.g. 2025-10-01 or 2025-10-01T00:00:00Z)");
        assertThat(ctx[0].rec.imported).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aBadJsonItemIsQuarantinedWithItsPath(Db db) throws Exception {
        Ctx[] ctx = new Ctx[1];
        String json = "[" + NESTED.formatted("\"ml-training\"") + "," + NESTED.formatted("\"x\"").replace("\"scope3\":2", "\"scope3\":\"two\"") + "]";
        importAndRead(db, "gcp.json", json, ctx);
        assertThat(ctx[0].rec.rejected).extracting(r -> r.line() + " " + r.field() + ": " + r.reason())
                .containsExactly("2 $[1].carbon_footprint_kgco2e_scope3: 'two' is not a number");
    }
}
