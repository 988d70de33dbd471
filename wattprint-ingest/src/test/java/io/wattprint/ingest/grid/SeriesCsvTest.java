package io.wattprint.ingest.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.ingest.ImportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The factor series file of {@code wattprint factors import}: its instants are read as every other importer reads them. */
class SeriesCsvTest {
    @TempDir
    Path tmp;

    private Path csv(String... lines) throws Exception {
        Path f = tmp.resolve("series.csv");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void readsTheOffsetFormsTheOtherImportersRead() throws Exception {
        // The same hour 01:00–02:00 UTC written five ways: " UTC" as BigQuery writes it, a space for the T,
        // minutes without seconds, another offset, lower-case t and z.
        Path f = csv("start,end,g_per_kwh",
                "2025-01-01 01:00:00 UTC,2025-01-01 02:00:00 UTC,10",
                "2025-01-01 02:00:00Z,2025-01-01T03:00Z,20",
                "2025-01-01T04:00:00+01:00,2025-01-01T05:00:00+01:00,30",
                "2025-01-01t04:00:00z,2025-01-01t05:00:00z,40");
        var rows = SeriesCsv.read(f);

        assertThat(rows.points()).extracting(Point::from).containsExactly(Instant.parse("2025-01-01T01:00:00Z"),
                Instant.parse("2025-01-01T02:00:00Z"), Instant.parse("2025-01-01T03:00:00Z"), Instant.parse("2025-01-01T04:00:00Z"));
        assertThat(rows.points()).extracting(Point::to).containsExactly(Instant.parse("2025-01-01T02:00:00Z"),
                Instant.parse("2025-01-01T03:00:00Z"), Instant.parse("2025-01-01T04:00:00Z"), Instant.parse("2025-01-01T05:00:00Z"));
        assertThat(rows.points()).extracting(p -> p.intensity().gramsPerKwh()).containsExactly(10.0, 20.0, 30.0, 40.0);
        assertThat(rows.lines()).containsExactly(2, 3, 4, 5);
    }

    @Test
    void garbageOrATimeWithoutOffsetIsRefusedNamingFileLineAndField() throws Exception {
        Path f = csv("start,end,g_per_kwh", "2025-01-01T01:00:00Z,2025-01-01T02:00:00Z,10", "2025-01-01T02:00:00Z,soon,20");
        assertThatThrownBy(() -> SeriesCsv.read(f)).isInstanceOf(ImportException.class)
                .hasMessage(f + " line 3, field end: 'soon' is not an ISO-8601 instant with Z or an offset (expected e.g. "
                        + "2026-10-03T14:00:00Z)");
        // A local time is not guessed: the file does not say its times are UTC.
        Path local = csv("start,g_per_kwh", "2025-01-01 01:00:00,10");
        assertThatThrownBy(() -> SeriesCsv.read(local)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(local + " line 2, field start: '2025-01-01 01:00:00' is not an ISO-8601 instant");
        Path date = csv("start,g_per_kwh", "2025-01-01,10");
        assertThatThrownBy(() -> SeriesCsv.read(date)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(date + " line 2, field start: '2025-01-01' is not");
        Path empty = csv("start,g_per_kwh", " ,10");
        assertThatThrownBy(() -> SeriesCsv.read(empty)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(empty + " line 2, field start: '' is not");
    }
}
