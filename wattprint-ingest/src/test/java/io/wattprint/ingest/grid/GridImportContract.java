package io.wattprint.ingest.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.Importer;
import io.wattprint.ingest.RecordingContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic files of every grid kind and shape, and every bad row; run on SQLite and PostgreSQL. */
abstract class GridImportContract extends LedgerTestBase {
    static final String EM_CURRENT = "Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO\u2082eq/kWh (direct),"
            + "Carbon intensity gCO\u2082eq/kWh (Life cycle),Carbon-free energy percentage (CFE%),Renewable energy percentage (RE%),"
            + "Data source,Data estimated,Data estimation method";

    @TempDir
    Path files;

    Path write(String name, String text) throws IOException {
        Path p = files.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    RecordingContext run(Importer importer, Path file) throws IOException {
        RecordingContext c = ctx();
        importer.importFile(file, c);
        return c;
    }

    // ---- Electricity Maps CSV -------------------------------------------------------------------

    @Test
    void electricityMapsCurrentHeaderWithBomAndCrlfIsRead() throws IOException {
        Path f = write("DE_2024_hourly.csv", "\uFEFF" + EM_CURRENT + "\r\n"
                + "2024-01-01 00:00:00,Germany,Germany,DE,300.5,350.25,50,40,x,false,\r\n"
                + "2024-01-01 01:00:00,Germany,Germany,DE,310,360,50,40,x,true,TIME_SLICER_AVERAGE\r\n");
        RecordingContext c = run(new ElectricityMapsImporter(), f);
        assertThat(c.imported).isEqualTo(2);
        assertThat(stored("DE", "2024 hourly", Boundary.LIFECYCLE).points()).extracting(p -> p.intensity().gramsPerKwh())
                .containsExactly(350.25, 360.0);
        assertThat(stored("DE", "2024 hourly", Boundary.DIRECT).points().get(1).from()).isEqualTo(Instant.parse("2024-01-01T01:00:00Z"));
    }

    @Test
    void electricityMapsDailyFileGivesDayLongPoints() throws IOException {
        Path f = write("FR_2024_daily.csv", EM_CURRENT + "\n2024-03-01 00:00:00,France,France,FR,20,40,90,30,x,false,\n");
        run(new ElectricityMapsImporter(), f);
        Point p = stored("FR", "2024 daily", Boundary.LIFECYCLE).points().get(0);
        assertThat(p.to()).isEqualTo(Instant.parse("2024-03-02T00:00:00Z"));
    }

    @Test
    void electricityMapsRowWithUnparsableTimeIsRejected() throws IOException {
        Path f = write("DE_2024_hourly.csv", EM_CURRENT + "\nyesterday,Germany,Germany,DE,300,350,50,40,x,false,\n");
        RecordingContext c = run(new ElectricityMapsImporter(), f);
        assertThat(c.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.field()).isEqualTo("Datetime (UTC)");
            assertThat(r.reason()).contains("'yesterday' is not a date-time");
        });
        assertThat(c.imported).isZero();
    }

    @Test
    void electricityMapsNegativeIntensityIsRejected() throws IOException {
        Path f = write("DE_2024_hourly.csv", EM_CURRENT + "\n2024-01-01 00:00:00,Germany,Germany,DE,300,-1,50,40,x,false,\n");
        RecordingContext c = run(new ElectricityMapsImporter(), f);
        assertThat(c.rejected).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("Carbon intensity gCO\u2082eq/kWh (Life cycle)");
            assertThat(r.reason()).contains("'-1' is negative");
        });
    }

    @Test
    void electricityMapsNonNumericAndEmptyIntensitiesAreRejected() throws IOException {
        Path f = write("DE_2024_hourly.csv", EM_CURRENT + "\n2024-01-01 00:00:00,Germany,Germany,DE,abc,350,50,40,x,false,\n"
                + "2024-01-01 01:00:00,Germany,Germany,DE,300,,50,40,x,false,\n"
                + "2024-01-01 02:00:00,Germany,Germany,DE,300,350,50,40,x,false,\n");
        RecordingContext c = run(new ElectricityMapsImporter(), f);
        assertThat(c.rejected).extracting(RecordingContext.Rejected::reason)
                .satisfiesExactly(r -> assertThat(r).contains("'abc' is not a number"), r -> assertThat(r).startsWith("empty"));
        assertThat(c.imported).isEqualTo(1);
    }

    @Test
    void electricityMapsRowWithWrongColumnCountIsRejected() throws IOException {
        Path f = write("DE_2024_hourly.csv", EM_CURRENT + "\n2024-01-01 00:00:00,Germany,DE,300\n");
        RecordingContext c = run(new ElectricityMapsImporter(), f);
        assertThat(c.rejected).singleElement().satisfies(r -> {
            assertThat(r.field()).isNull();
            assertThat(r.reason()).isEqualTo("4 fields (expected 11, as in the header)");
        });
    }

    @Test
    void electricityMapsOutOfOrderAndOverlappingRowsAreRejectedAndTheRestStored() throws IOException {
        Path f = write("DE_2024_hourly.csv", EM_CURRENT + "\n"
                + "2024-01-01 02:00:00,Germany,Germany,DE,1,2,50,40,x,false,\n"
                + "2024-01-01 01:00:00,Germany,Germany,DE,3,4,50,40,x,false,\n"
                + "2024-01-01 02:30:00,Germany,Germany,DE,5,6,50,40,x,false,\n"
                + "2024-01-01 03:00:00,Germany,Germany,DE,7,8,50,40,x,false,\n");
        RecordingContext c = run(new ElectricityMapsImporter(), f);
        assertThat(c.rejected).extracting(RecordingContext.Rejected::line).containsExactly(3L, 4L);
        assertThat(c.rejected.get(0).reason()).contains("(line 2)").contains("out of order or overlapping");
        assertThat(c.imported).isEqualTo(2);
        assertThat(stored("DE", "2024 hourly", Boundary.LIFECYCLE).points()).extracting(p -> p.intensity().gramsPerKwh())
                .containsExactly(2.0, 8.0);
    }

    @Test
    void electricityMapsPointContradictingTheLedgerIsRejectedAndTheRestStored() throws IOException {
        run(new ElectricityMapsImporter(), write("DE_2024_hourly.csv", EM_CURRENT + "\n"
                + "2024-01-01 00:00:00,Germany,Germany,DE,1,2,50,40,x,false,\n"));
        Path changed = files.resolve("b");
        Files.createDirectories(changed);
        RecordingContext c = run(new ElectricityMapsImporter(), Files.writeString(changed.resolve("DE_2024_hourly.csv"), EM_CURRENT + "\n"
                + "2024-01-01 00:00:00,Germany,Germany,DE,1,9,50,40,x,false,\n"
                + "2024-01-01 01:00:00,Germany,Germany,DE,3,4,50,40,x,false,\n"));
        assertThat(c.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).startsWith("contradicts the ledger").contains("new dataset version");
        });
        assertThat(c.imported).isEqualTo(1);
        assertThat(stored("DE", "2024 hourly", Boundary.LIFECYCLE).points()).extracting(p -> p.intensity().gramsPerKwh())
                .containsExactly(2.0, 4.0);
    }

    @Test
    void electricityMapsChunksKeepCountsExactAcrossChunkBoundaries() throws IOException {
        StringBuilder sb = new StringBuilder(EM_CURRENT).append('\n');
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < 25; i++) {
            sb.append(t.plusSeconds(3600L * i).toString().replace('T', ' ').replace("Z", "")).append(",Germany,Germany,DE,")
                    .append(i).append(',').append(i * 2).append(",50,40,x,false,\n");
        }
        Path f = write("DE_2024_hourly.csv", sb.toString());
        RecordingContext first = ctx();
        ElectricityMapsCsv.read(f, first, 7);
        assertThat(first.imported).isEqualTo(25);
        RecordingContext second = ctx();
        ElectricityMapsCsv.read(f, second, 7);
        assertThat(second.imported).isZero();
        assertThat(second.duplicates).isEqualTo(25);
        assertThat(stored("DE", "2024 hourly", Boundary.DIRECT).points()).hasSize(25);
    }

    @Test
    void electricityMapsStrictStopsAtTheFirstBadRow() throws IOException {
        Path f = write("DE_2024_hourly.csv", EM_CURRENT + "\n2024-01-01 00:00:00,Germany,Germany,DE,x,2,50,40,x,false,\n");
        assertThatThrownBy(() -> new ElectricityMapsImporter().importFile(f, strict()))
                .isInstanceOf(ImportException.class).hasMessageContaining("line 2").hasMessageContaining("(direct)");
    }

    @Test
    void electricityMapsRefusesAFileOfAnotherKind() throws IOException {
        Path f = write("2024.csv", "Google Cloud Region,Location,Google CFE,Grid carbon intensity (gCO2eq / kWh)\nx,y,0.5,100\n");
        assertThatThrownBy(() -> new ElectricityMapsImporter().importFile(f, ctx()))
                .isInstanceOf(ImportException.class).hasMessageContaining(f.toString()).hasMessageContaining("Zone Id");
    }

    // ---- Electricity Maps API v3 JSON ----------------------------------------------------------

    @Test
    void electricityMapsLatestIsOneHourLongPoint() throws IOException {
        Path f = write("latest.json", "{\"zone\":\"DE\",\"carbonIntensity\":302,\"datetime\":\"2024-05-01T10:00:00.000Z\","
                + "\"updatedAt\":\"2024-05-01T09:50:00.000Z\",\"emissionFactorType\":\"lifecycle\",\"isEstimated\":true}");
        RecordingContext c = run(new ElectricityMapsImporter(), f);
        assertThat(c.imported).isEqualTo(1);
        Point p = stored("DE", "api v3", Boundary.LIFECYCLE).points().get(0);
        assertThat(p.from()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(p.to()).isEqualTo(Instant.parse("2024-05-01T11:00:00Z"));
        assertThat(p.intensity().gramsPerKwh()).isEqualTo(302.0);
    }

    @Test
    void electricityMapsHistoryRejectsNullValuesWithTheirPath() throws IOException {
        Path f = write("history.json", "{\"zone\":\"FR\",\"history\":["
                + "{\"zone\":\"FR\",\"carbonIntensity\":40,\"datetime\":\"2024-05-01T00:00:00.000Z\",\"emissionFactorType\":\"direct\"},"
                + "{\"zone\":\"FR\",\"carbonIntensity\":null,\"datetime\":\"2024-05-01T01:00:00.000Z\",\"emissionFactorType\":\"direct\"},"
                + "{\"zone\":\"FR\",\"carbonIntensity\":42,\"datetime\":\"2024-05-01T02:00:00.000Z\",\"emissionFactorType\":\"direct\"}]}");
        RecordingContext c = run(new ElectricityMapsImporter(), f);
        assertThat(c.imported).isEqualTo(2);
        assertThat(c.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.field()).isEqualTo("history[1].carbonIntensity");
            assertThat(r.reason()).startsWith("null");
        });
        assertThat(stored("FR", "api v3", Boundary.DIRECT).points()).hasSize(2);
    }

    @Test
    void electricityMapsPastRangeIsStoredUnderItsZone() throws IOException {
        Path f = write("range.json", "{\"data\":["
                + "{\"zone\":\"NL\",\"carbonIntensity\":300,\"datetime\":\"2024-05-01T00:00:00Z\"},"
                + "{\"zone\":\"NL\",\"carbonIntensity\":310,\"datetime\":\"2024-05-01T01:00:00Z\"}]}");
        RecordingContext c = run(new ElectricityMapsImporter(), f);
        assertThat(c.imported).isEqualTo(2);
        assertThat(stored("NL", "api v3", Boundary.LIFECYCLE).points()).hasSize(2);
    }

    @Test
    void electricityMapsForecastIsStoredAsItsOwnDataset() throws IOException {
        Path f = write("forecast.json", "{\"zone\":\"DE\",\"forecast\":["
                + "{\"carbonIntensity\":250,\"datetime\":\"2024-05-02T00:00:00.000Z\"},"
                + "{\"carbonIntensity\":260,\"datetime\":\"2024-05-02T01:00:00.000Z\"}],"
                + "\"updatedAt\":\"2024-05-01T12:00:00.000Z\"}");
        RecordingContext c = run(new ElectricityMapsImporter(), f);
        assertThat(c.imported).isEqualTo(2);
        FactorSeries s = stored("DE", "forecast 2024-05-01T12:00:00.000Z", Boundary.LIFECYCLE);
        assertThat(s.isForecast()).isTrue();
        assertThat(all("DE")).singleElement();
    }

    @Test
    void electricityMapsJsonOfUnknownShapeIsRefused() throws IOException {
        Path f = write("x.json", "{\"foo\": 1}");
        assertThatThrownBy(() -> new ElectricityMapsImporter().importFile(f, ctx()))
                .isInstanceOf(ImportException.class).hasMessageContaining(f.toString()).hasMessageContaining("history, data, forecast");
    }

    @Test
    void electricityMapsUnknownEmissionFactorTypeIsRejected() throws IOException {
        Path f = write("range.json", "{\"data\":[{\"zone\":\"NL\",\"carbonIntensity\":300,\"datetime\":\"2024-05-01T00:00:00Z\","
                + "\"emissionFactorType\":\"scope3\"}]}");
        RecordingContext c = run(new ElectricityMapsImporter(), f);
        assertThat(c.rejected).singleElement().satisfies(r -> assertThat(r.field()).isEqualTo("data[0].emissionFactorType"));
    }

    // ---- WattTime --------------------------------------------------------------------------------

    static String wattTime(String signal, String units, String data) {
        return "{\"data\":[" + data + "],\"meta\":{\"region\":\"CAISO_NORTH\",\"signal_type\":\"" + signal + "\",\"units\":\""
                + units + "\",\"data_point_period_seconds\":300,\"model\":{\"date\":\"2023-03-01\"}}}";
    }

    @Test
    void wattTimeMoerIsConvertedFromPoundsPerMwhAsMarginal() throws IOException {
        Path f = write("wt.json", wattTime("co2_moer", "lbs_co2_per_mwh",
                "{\"point_time\":\"2024-01-01T00:00:00+00:00\",\"value\":1000},{\"point_time\":\"2024-01-01T00:05:00+00:00\",\"value\":412.5}"));
        RecordingContext c = run(new WattTimeImporter(), f);
        assertThat(c.imported).isEqualTo(2);
        FactorSeries s = stored("WT-CAISO_NORTH", "v3 model 2023-03-01", Boundary.DIRECT);
        assertThat(s.basis()).isEqualTo(Basis.MARGINAL);
        assertThat(s.points().get(0).intensity().gramsPerKwh()).isCloseTo(453.59237, within(1e-9));
        assertThat(s.points().get(1).intensity().gramsPerKwh()).isCloseTo(412.5 * 0.45359237, within(1e-9));
        assertThat(s.points().get(1).to()).isEqualTo(Instant.parse("2024-01-01T00:10:00Z"));
    }

    @Test
    void wattTimeAoerIsAverage() throws IOException {
        Path f = write("wt.json", wattTime("co2_aoer", "lbs_co2_per_mwh", "{\"point_time\":\"2024-01-01T00:00:00Z\",\"value\":800}"));
        run(new WattTimeImporter(), f);
        assertThat(stored("WT-CAISO_NORTH", "v3 model 2023-03-01", Boundary.DIRECT).basis()).isEqualTo(Basis.AVERAGE);
    }

    @Test
    void wattTimeUnknownUnitsRefuseTheFileNamingTheExpectedUnit() throws IOException {
        Path f = write("wt.json", wattTime("co2_moer", "kg_co2_per_mwh", "{\"point_time\":\"2024-01-01T00:00:00Z\",\"value\":1}"));
        assertThatThrownBy(() -> new WattTimeImporter().importFile(f, ctx())).isInstanceOf(ImportException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("'kg_co2_per_mwh'").hasMessageContaining("expected lbs_co2_per_mwh");
    }

    @Test
    void wattTimeUnknownSignalRefusesTheFile() throws IOException {
        Path f = write("wt.json", wattTime("health_damage", "lbs_co2_per_mwh", "{\"point_time\":\"2024-01-01T00:00:00Z\",\"value\":1}"));
        assertThatThrownBy(() -> new WattTimeImporter().importFile(f, ctx())).isInstanceOf(ImportException.class)
                .hasMessageContaining("expected co2_moer or co2_aoer");
    }

    @Test
    void wattTimeBadPointsAreRejectedWithTheirPath() throws IOException {
        Path f = write("wt.json", wattTime("co2_moer", "lbs_co2_per_mwh",
                "{\"point_time\":\"noon\",\"value\":1},{\"point_time\":\"2024-01-01T00:00:00Z\",\"value\":-3},"
                        + "{\"point_time\":\"2024-01-01T00:05:00Z\"},{\"point_time\":\"2024-01-01T00:10:00Z\",\"value\":\"n/a\"}"));
        RecordingContext c = run(new WattTimeImporter(), f);
        assertThat(c.rejected).extracting(RecordingContext.Rejected::field)
                .containsExactly("data[0].point_time", "data[1].value", "data[2].value", "data[3].value");
        assertThat(c.rejected).extracting(RecordingContext.Rejected::line).containsExactly(1L, 2L, 3L, 4L);
        assertThat(c.imported).isZero();
    }

    @Test
    void wattTimeForecastIsItsOwnDataset() throws IOException {
        Path f = write("wt.json", "{\"data\":[{\"point_time\":\"2024-01-01T00:00:00Z\",\"value\":100}],\"meta\":{\"region\":\"PJM_DC\","
                + "\"signal_type\":\"co2_moer\",\"units\":\"lbs_co2_per_mwh\",\"data_point_period_seconds\":300,"
                + "\"generated_at\":\"2023-12-31T23:55:00+00:00\"}}");
        run(new WattTimeImporter(), f);
        assertThat(stored("WT-PJM_DC", "forecast 2023-12-31T23:55:00+00:00", Boundary.DIRECT).isForecast()).isTrue();
    }

    @Test
    void wattTimeRefusesAFileOfAnotherKind() throws IOException {
        Path f = write("x.json", "{\"Emissions\": []}");
        assertThatThrownBy(() -> new WattTimeImporter().importFile(f, ctx())).isInstanceOf(ImportException.class)
                .hasMessageContaining("no meta object or no data array");
    }

    // ---- UK Carbon Intensity ----------------------------------------------------------------------

    @Test
    void ukNationalActualsAreZoneGbAndNullActualsGoToAForecastDataset() throws IOException {
        Path f = write("uk.json", "{\"data\":["
                + "{\"from\":\"2019-08-25T12:30Z\",\"to\":\"2019-08-25T13:00Z\",\"intensity\":{\"forecast\":183,\"actual\":178,\"index\":\"moderate\"}},"
                + "{\"from\":\"2019-08-25T13:00Z\",\"to\":\"2019-08-25T13:30Z\",\"intensity\":{\"forecast\":180,\"actual\":null,\"index\":\"moderate\"}}]}");
        RecordingContext c = run(new UkCarbonIntensityImporter(), f);
        assertThat(c.imported).isEqualTo(2);
        FactorSeries actual = stored("GB", "national actual", Boundary.DIRECT);
        assertThat(actual.points()).singleElement().satisfies(p -> {
            assertThat(p.intensity().gramsPerKwh()).isEqualTo(178.0);
            assertThat(p.to()).isEqualTo(Instant.parse("2019-08-25T13:00:00Z"));
        });
        assertThat(actual.licence()).isEqualTo("CC BY 4.0");
        assertThat(stored("GB", "forecast national 2026-11-23", Boundary.DIRECT).points().get(0).intensity().gramsPerKwh()).isEqualTo(180.0);
    }

    @Test
    void ukRegionalForecastsAreStoredPerRegion() throws IOException {
        Path f = write("regional.json", "{\"data\":[{\"from\":\"2024-01-01T00:00Z\",\"to\":\"2024-01-01T00:30Z\",\"regions\":["
                + "{\"regionid\":1,\"dnoregion\":\"Scottish Hydro Electric Power Distribution\",\"shortname\":\"North Scotland\","
                + "\"intensity\":{\"forecast\":0,\"index\":\"very low\"},\"generationmix\":[{\"fuel\":\"wind\",\"perc\":90}]},"
                + "{\"regionid\":13,\"shortname\":\"London\",\"intensity\":{\"forecast\":210,\"index\":\"moderate\"}},"
                + "{\"regionid\":14,\"shortname\":\"South England\",\"intensity\":{\"index\":\"moderate\"}}]}]}");
        RecordingContext c = run(new UkCarbonIntensityImporter(), f);
        assertThat(c.imported).isEqualTo(2);
        assertThat(c.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.field()).isEqualTo("data[0].regions[2].intensity.forecast");
        });
        assertThat(stored("GB-13", "forecast regional 2026-11-23", Boundary.DIRECT).points().get(0).intensity().gramsPerKwh()).isEqualTo(210.0);
        assertThat(stored("GB-1", "forecast regional 2026-11-23", Boundary.DIRECT).points().get(0).intensity().gramsPerKwh()).isEqualTo(0.0);
    }

    @Test
    void ukHalfHourWithEndBeforeStartOrNoIntensityIsRejected() throws IOException {
        Path f = write("uk.json", "{\"data\":["
                + "{\"from\":\"2019-08-25T13:00Z\",\"to\":\"2019-08-25T12:30Z\",\"intensity\":{\"actual\":1}},"
                + "{\"from\":\"2019-08-25T13:00Z\",\"to\":\"2019-08-25T13:30Z\"}]}");
        RecordingContext c = run(new UkCarbonIntensityImporter(), f);
        assertThat(c.rejected).extracting(RecordingContext.Rejected::field).containsExactly("data[0].to", "data[1].intensity");
    }

    @Test
    void ukRefusesAFileOfAnotherKind() throws IOException {
        Path f = write("uk.json", "[1,2]");
        assertThatThrownBy(() -> new UkCarbonIntensityImporter().importFile(f, ctx())).isInstanceOf(ImportException.class)
                .hasMessageContaining("is not a JSON object");
    }

    // ---- Google region-carbon-info and Carbon Aware SDK ------------------------------------------

    @Test
    void gcpRowsWithBadValuesAreRejectedAndEmptyCfeIsAllowed() throws IOException {
        Path f = write("2022.csv", "Google Cloud Region,Location,Google CFE,Grid carbon intensity (gCO2eq / kWh)\r\n"
                + "a-1,Zürich,,100\nb-1,X,1.5,100\r\nc-1,Y,0.5,lots\nd-1,Z,0.5\n,W,0.5,3\na-1,Zürich,0.2,101\n");
        RecordingContext c = run(new GcpRegionCarbonImporter(), f);
        assertThat(c.imported).isEqualTo(1);
        assertThat(c.rejected).extracting(RecordingContext.Rejected::line).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(c.rejected.get(0).reason()).contains("above 1");
        assertThat(c.rejected.get(4).reason()).contains("overlapping");
    }

    @Test
    void gcpFileWithoutAYearInItsNameIsRefused() throws IOException {
        Path f = write("regions.csv", "Google Cloud Region,Location,Google CFE,Grid carbon intensity (gCO2eq / kWh)\na,b,,1\n");
        assertThatThrownBy(() -> new GcpRegionCarbonImporter().importFile(f, ctx())).isInstanceOf(ImportException.class)
                .hasMessageContaining("no year in the file name");
    }

    @Test
    void gcpRefusesAFileOfAnotherKind() throws IOException {
        Path f = write("DE_2024_hourly.csv", EM_CURRENT + "\n");
        assertThatThrownBy(() -> new GcpRegionCarbonImporter().importFile(f, ctx())).isInstanceOf(ImportException.class)
                .hasMessageContaining("Google Cloud Region");
    }

    @Test
    void carbonAwareDurationGivesThePointLength() throws IOException {
        Path f = write("ca.json", "{\"Date\":\"2021-11-17\",\"Emissions\":["
                + "{\"Location\":\"eastus\",\"Time\":\"2021-10-25T14:50:00+00:00\",\"Rating\":90,\"Duration\":\"01:00\"},"
                + "{\"Location\":\"eastus\",\"Time\":\"2021-10-25T15:50:00+00:00\",\"Rating\":\"91.5\",\"Duration\":\"00:05:30\"}]}");
        RecordingContext c = run(new CarbonAwareJsonImporter(), f);
        assertThat(c.imported).isEqualTo(2);
        FactorSeries s = stored("azure:eastus", "2021-11-17", Boundary.LIFECYCLE);
        assertThat(s.points().get(0).to()).isEqualTo(Instant.parse("2021-10-25T15:50:00Z"));
        assertThat(s.points().get(1).to()).isEqualTo(Instant.parse("2021-10-25T15:55:30Z"));
        assertThat(s.points().get(1).intensity().gramsPerKwh()).isEqualTo(91.5);
    }

    @Test
    void carbonAwareBadElementsAreRejectedWithTheirPath() throws IOException {
        Path f = write("ca.json", "{\"Emissions\":["
                + "{\"Location\":\"eastus\",\"Time\":\"when\",\"Rating\":90,\"Duration\":\"01:00\"},"
                + "{\"Location\":\"eastus\",\"Time\":\"2021-10-25T14:50:00Z\",\"Rating\":\"high\",\"Duration\":\"01:00\"},"
                + "{\"Time\":\"2021-10-25T14:50:00Z\",\"Rating\":1,\"Duration\":\"01:00\"},"
                + "{\"Location\":\"eastus\",\"Time\":\"2021-10-25T14:50:00Z\",\"Rating\":1,\"Duration\":\"1h\"},"
                + "{\"Location\":\"eastus\",\"Time\":\"2021-10-25T14:50:00Z\",\"Rating\":-1,\"Duration\":\"01:00\"}]}");
        RecordingContext c = run(new CarbonAwareJsonImporter(), f);
        assertThat(c.rejected).extracting(RecordingContext.Rejected::field).containsExactly("Emissions[0].Time", "Emissions[1].Rating",
                "Emissions[2].Location", "Emissions[3].Duration", "Emissions[4].Rating");
        assertThat(c.imported).isZero();
    }

    @Test
    void carbonAwareRefusesAFileOfAnotherKind() throws IOException {
        Path f = write("ca.json", "{\"data\": []}");
        assertThatThrownBy(() -> new CarbonAwareJsonImporter().importFile(f, ctx())).isInstanceOf(ImportException.class)
                .hasMessageContaining("no Emissions array");
    }

    @Test
    void dryRunOfEveryKindWritesNothing() throws IOException {
        Path f = write("wt.json", wattTime("co2_moer", "lbs_co2_per_mwh", "{\"point_time\":\"2024-01-01T00:00:00Z\",\"value\":1}"));
        RecordingContext c = dryRun();
        new WattTimeImporter().importFile(f, c);
        assertThat(c.imported).isEqualTo(1);
        assertThat(all("WT-CAISO_NORTH")).isEmpty();
    }

    @Test
    void importersAreRegisteredByKind() {
        assertThat(io.wattprint.ingest.kinds.Importers.all()).extracting(Importer::kind)
                .contains("electricitymaps", "watttime", "uk-carbon-intensity", "gcp-region-carbon", "carbon-aware-json");
    }

    List<Double> values(FactorSeries s) { return s.points().stream().map(p -> p.intensity().gramsPerKwh()).toList(); }
}
