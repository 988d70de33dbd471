package io.wattprint.ingest.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.facility.Facility;
import io.wattprint.core.model.Workload;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.Importer;
import io.wattprint.ingest.RecordingContext;
import io.wattprint.ingest.codecarbon.CodeCarbonCsv;
import io.wattprint.ledger.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, item 8: every importer quarantines a row whose stored name (project, account, service, region, zone, meter,
 * pod, …) is longer than {@link Workload#MAX_TEXT} characters — the field, the line and the limit in the reason — and
 * imports the rest of the file. A name of a file's metadata, which every row is stored under, refuses the file.
 */
class LongNamesTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    /** 300 characters: over the limit of 256. */
    static final String LONG = "n".repeat(300);

    @TempDir
    Path tmp;
    Ledger ledger;

    @BeforeEach
    void open() {
        ledger = Ledger.open(tmp.resolve("ledger.db").toString());
        ledger.facilities().addFacility(new Facility("dc-paris", "FR", null));
    }

    @AfterEach
    void close() { ledger.close(); }

    /** A file of a kind whose row at {@code line} carries the long text in {@code field}, and one good row. */
    record Case(String kind, String file, long line, String field, Function<String, String> content) {
        @Override public String toString() { return kind + " " + file + " " + field; }
    }

    static final String AWS = "last_refresh_timestamp,location,model_version,payer_account_id,product_code,region_code,"
            + "total_lbm_emissions_unit,total_lbm_emissions_value,total_mbm_emissions_unit,total_mbm_emissions_value,"
            + "usage_account_id,usage_period_end,usage_period_start\n";
    static final String GCP = "usage_month,billing_account_id,project.id,project.number,service.id,"
            + "service.description,location.location,location.region,carbon_model_version,carbon_footprint_kgCO2e.scope1,"
            + "carbon_footprint_kgCO2e.scope2.location_based,carbon_footprint_kgCO2e.scope2.market_based,"
            + "carbon_footprint_kgCO2e.scope3,carbon_footprint_total_kgCO2e.location_based,"
            + "carbon_footprint_total_kgCO2e.market_based\n";
    static final String USAGE = "provider,region,usage_start,usage_end,service,kind,quantity,gpu_model,cpu_utilisation,"
            + "replication,project\n";
    static final String ONPREM = "cpuDescription,machineName,memory,machineType,startTime,endTime,country,region,cost,"
            + "cpuUtilization,powerUsageEffectiveness,dailyUptime,weeklyUptime,monthlyUptime,annualUptime\n";
    static final String EM = "Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO\u2082eq/kWh (direct),"
            + "Carbon intensity gCO\u2082eq/kWh (Life cycle),Carbon-free energy percentage (CFE%),Renewable energy percentage (RE%),"
            + "Data source,Data estimated,Data estimation method\n";

    static String codecarbon(String runId, String project) {
        Map<String, String> m = new HashMap<>(CodeCarbonCsv.v3(runId, "2026-01-10T10:00:00", 60, 0.01, 0, 0.001, 1.0, 0.001));
        m.put("project_name", project);
        return CodeCarbonCsv.row(CodeCarbonCsv.V3_HEADER, m) + "\n";
    }

    static String aws(String payer, String region) {
        return "2025-11-20T00:00:00Z,\"Europe (Ireland)\",v1.0.0," + payer + ",AmazonEC2," + region
                + ",MTCO2e,0.5,MTCO2e,0.25,222222222222,2025-10-01T00:00:00Z,2025-09-01T00:00:00Z\n";
    }

    static String gcp(String project) {
        return "2025-09-01,01A2B3-C4D5E6," + project + ",123456789,6F81-5844-456A,Compute Engine,"
                + "europe-west4,europe-west4,12,0.5,10.25,4,2,12.75,6.5\n";
    }

    static String azure(String subscription) {
        return "{\"date\":\"2025-09-01\",\"latestMonthEmissions\":12.5,\"itemName\":\"gpu-vm-1\",\"subscriptionId\":\""
                + subscription + "\"}";
    }

    static String series(String pod) {
        return "{\"metric\":{\"__name__\":\"kepler_pod_cpu_joules_total\",\"zone\":\"package\",\"pod_name\":\"" + pod
                + "\",\"pod_namespace\":\"ml\",\"instance\":\"node-a\"},\"values\":[[1790000000,\"100\"],[1790000120,\"250\"]]}";
    }

    static Stream<Case> rowCases() {
        return Stream.of(
                new Case("codecarbon", "emissions.csv", 2, "project_name",
                        l -> CodeCarbonCsv.V3_HEADER + "\n" + codecarbon("long", l) + codecarbon("ok", "bert")),
                new Case("aws-carbon", "aws.csv", 2, "payer_account_id",
                        l -> AWS + aws(l, "eu-west-1") + aws("111111111111", "eu-west-1")),
                new Case("aws-carbon", "aws.csv", 3, "region_code",
                        l -> AWS + aws("111111111111", "eu-west-1") + aws("111111111111", l)),
                new Case("gcp-carbon", "gcp.csv", 2, "project_id", l -> GCP + gcp(l) + gcp("ml-training")),
                new Case("gcp-carbon", "gcp.json", 1, "$[0].project_id",
                        l -> "[" + gcpJson(l) + "," + gcpJson("ml-training") + "]"),
                new Case("azure-carbon", "azure.json", 1, "$.value[0].subscriptionId",
                        l -> "{\"value\":[" + azure(l) + "," + azure("sub-1") + "]}"),
                new Case("cloud-usage", "usage.csv", 2, "project",
                        l -> USAGE + "aws,eu-west-1,2025-09-01T00:00:00Z,2025-10-01T00:00:00Z,AmazonEC2,vcpu-hours,100,,,," + l + "\n"
                                + "aws,eu-west-1,2025-09-01T00:00:00Z,2025-10-01T00:00:00Z,AmazonEC2,vcpu-hours,100,,,,ml\n"),
                new Case("cloud-usage", "usage.csv", 3, "service",
                        l -> USAGE + "aws,eu-west-1,2025-09-01T00:00:00Z,2025-10-01T00:00:00Z,AmazonEC2,vcpu-hours,100,,,,ml\n"
                                + "aws,eu-west-1,2025-09-01T00:00:00Z,2025-10-01T00:00:00Z," + l + ",vcpu-hours,100,,,,ml\n"),
                new Case("ccf-onprem", "onprem.csv", 2, "machineName",
                        l -> ONPREM + "Intel(R) Xeon(R) Silver 4114 CPU @ 2.20GHz," + l + ",65536,server,2024-03-01T00:00:00Z,"
                                + "2024-03-02T00:00:00Z,Germany,,,,,,,,\n"
                                + "Intel(R) Xeon(R) Silver 4114 CPU @ 2.20GHz,m1,65536,server,2024-03-01T00:00:00Z,"
                                + "2024-03-02T00:00:00Z,Germany,,,,,,,,\n"),
                new Case("electricitymaps", "DE_2024_hourly.csv", 2, "Zone id",
                        l -> EM + "2024-01-01 00:00:00,Germany,Germany," + l + ",300.5,350.25,50,40,x,false,\n"
                                + "2024-01-01 00:00:00,Germany,Germany,DE,300.5,350.25,50,40,x,false,\n"),
                new Case("electricitymaps", "history.json", 1, "history[0].zone",
                        l -> "{\"zone\":\"FR\",\"history\":["
                                + "{\"zone\":\"" + l + "\",\"carbonIntensity\":40,\"datetime\":\"2024-05-01T00:00:00.000Z\",\"emissionFactorType\":\"direct\"},"
                                + "{\"zone\":\"FR\",\"carbonIntensity\":42,\"datetime\":\"2024-05-01T02:00:00.000Z\",\"emissionFactorType\":\"direct\"}]}"),
                new Case("uk-carbon-intensity", "regional.json", 1, "data[0].regions[0].regionid",
                        l -> "{\"data\":[{\"from\":\"2024-01-01T00:00Z\",\"to\":\"2024-01-01T00:30Z\",\"regions\":["
                                + "{\"regionid\":\"" + l + "\",\"intensity\":{\"forecast\":10}}]},"
                                + "{\"from\":\"2024-01-01T00:30Z\",\"to\":\"2024-01-01T01:00Z\",\"regions\":["
                                + "{\"regionid\":13,\"intensity\":{\"forecast\":210}}]}]}"),
                new Case("gcp-region-carbon", "2024.csv", 2, "Google Cloud Region",
                        l -> "Google Cloud Region,Location,Google CFE,Grid carbon intensity (gCO2eq / kWh)\n" + l + ",x,0.5,100\n"
                                + "europe-west1,Belgium,0.8,110\n"),
                new Case("carbon-aware-json", "ca.json", 1, "Emissions[0].Location",
                        l -> "{\"Date\":\"2021-11-17\",\"Emissions\":["
                                + "{\"Location\":\"" + l + "\",\"Time\":\"2021-10-25T14:50:00+00:00\",\"Rating\":90,\"Duration\":\"01:00\"},"
                                + "{\"Location\":\"eastus\",\"Time\":\"2021-10-25T14:50:00+00:00\",\"Rating\":91,\"Duration\":\"01:00\"}]}"),
                new Case("meter", "m.csv", 2, "meter_id",
                        l -> "timestamp,meter_id,facility,kwh,interval_minutes\n2026-10-01T00:00:00Z," + l + ",dc-paris,5,30\n"
                                + "2026-10-01T00:00:00Z,main-incomer,dc-paris,5,30\n"),
                new Case("meter", "bill.csv", 3, "site",
                        l -> "period_start,period_end,site,facility,kwh\n2026-09-01,2026-10-01,paris-main,dc-paris,100\n"
                                + "2026-09-01,2026-10-01," + l + ",dc-paris,100\n"),
                new Case("kepler", "range.json", 2, "pod_name",
                        l -> "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[\n" + series(l) + ",\n"
                                + series("train-7f9c") + "]}}"));
    }

    static String gcpJson(String project) {
        return "{\"usage_month\":\"2025-09-01\",\"billing_account_id\":\"01A2B3-C4D5E6\",\"project\":{\"id\":\"" + project
                + "\",\"number\":\"123\"},\"service\":{\"id\":\"6F81\",\"description\":\"Compute Engine\"},"
                + "\"location\":{\"location\":\"europe-west4\",\"region\":\"europe-west4\"},\"carbon_model_version\":\"12\","
                + "\"carbon_footprint_kgCO2e\":{\"scope1\":0.5,\"scope2\":{\"location_based\":10.25,\"market_based\":4},\"scope3\":2}}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rowCases")
    void aRowWithANameOverTheLimitIsQuarantinedNamingTheFieldAndTheLimitAndTheOtherRowImported(Case c) throws Exception {
        Importer importer = Importers.byKind(c.kind()).orElseThrow();
        Path f = Files.writeString(tmp.resolve(c.file()), c.content().apply(LONG));
        RecordingContext ctx = new RecordingContext(ledger, false, false, CLOCK);

        importer.importFile(f, ctx);

        assertThat(ctx.imported).as("imported").isEqualTo(1);
        assertThat(ctx.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(c.line());
            assertThat(r.field()).isEqualTo(c.field());
            assertThat(r.reason()).endsWith("is 300 characters long (at most 256)").doesNotContain(LONG);
            assertThat(r.raw()).as("the raw row is kept whole in quarantine").contains(LONG);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rowCases")
    void theSameRowWithANameOfExactly256CharactersIsImported(Case c) throws Exception {
        Importer importer = Importers.byKind(c.kind()).orElseThrow();
        String atLimit = "n".repeat(Workload.MAX_TEXT);
        Path f = Files.writeString(tmp.resolve(c.file()), c.content().apply(atLimit));
        RecordingContext ctx = new RecordingContext(ledger, false, false, CLOCK);

        importer.importFile(f, ctx);

        assertThat(ctx.rejected).isEmpty();
        assertThat(ctx.imported).isEqualTo(2);
    }

    @Test
    void aWattTimeRegionOverTheLimitRefusesTheFileNamingTheFieldAndTheLimit() throws Exception {
        Path f = Files.writeString(tmp.resolve("wt.json"), "{\"data\":[{\"point_time\":\"2024-01-01T00:00:00Z\",\"value\":100}],"
                + "\"meta\":{\"region\":\"" + LONG + "\",\"signal_type\":\"co2_moer\",\"units\":\"lbs_co2_per_mwh\","
                + "\"data_point_period_seconds\":300}}");
        RecordingContext ctx = new RecordingContext(ledger, false, false, CLOCK);

        assertThatThrownBy(() -> Importers.byKind("watttime").orElseThrow().importFile(f, ctx))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("meta.region")
                .hasMessageEndingWith("is 300 characters long (at most 256)")
                .message().doesNotContain(LONG);
        assertThat(ctx.imported).isZero();
    }

    @Test
    void keplersContainersTagStaysWithinTheLimitWhenAPodHasManyLongContainerNames() throws Exception {
        // 15 containers of 40 characters: 15 × 41 − 1 = 614 characters joined, over the 256 a tag value may have.
        StringBuilder result = new StringBuilder();
        for (int k = 0; k < 15; k++) {
            String container = String.format("%02d", k) + "c".repeat(38);
            if (k > 0) result.append(",\n");
            result.append("{\"metric\":{\"__name__\":\"kepler_container_cpu_joules_total\",\"zone\":\"package\",\"pod_name\":\"p1\","
                    + "\"pod_namespace\":\"ml\",\"container_name\":\"" + container + "\"},\"values\":[[1790000000,\"100\"],[1790000120,\"250\"]]}");
        }
        Path f = Files.writeString(tmp.resolve("range.json"),
                "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[\n" + result + "]}}");
        RecordingContext ctx = new RecordingContext(ledger, false, false, CLOCK);

        Importers.byKind("kepler").orElseThrow().importFile(f, ctx);

        assertThat(ctx.rejected).isEmpty();
        assertThat(ctx.imported).isEqualTo(15);
        var runs = ledger.runs().list(io.wattprint.ledger.RunQuery.all());
        assertThat(runs).singleElement().satisfies(r -> {
            String containers = r.run().workload().tags().get("containers");
            // As many whole names as fit: 6 × 40 + 5 commas = 245 characters; a seventh would make 286.
            assertThat(containers).hasSize(245).startsWith("00ccc").endsWith("05" + "c".repeat(38));
        });
    }

    @Test
    void everyKindHasACase() {
        Set<String> covered = rowCases().map(Case::kind).collect(Collectors.toCollection(TreeSet::new));
        covered.add("watttime");
        assertThat(covered).containsExactlyInAnyOrderElementsOf(Importers.all().stream().map(Importer::kind).toList());
    }
}
