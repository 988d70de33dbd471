package io.wattprint.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The progress line of {@code wattprint ingest} on a terminal: its figures come from core's Figures. */
class ProgressLineTest {
    @Test
    void bytesRowsAndRowsPerSecondAreGroupedAndThePercentWhole() {
        // 1 MiB of 4 MiB = 25 %; 12,000 rows in 2 s = 6,000 rows/s.
        assertThat(ProgressLine.text("data.csv", 1_048_576, 4_194_304, 12_000, 2.0))
                .isEqualTo("data.csv: 1,048,576 / 4,194,304 bytes (25 %), 12,000 rows, 6,000 rows/s");
    }

    @Test
    void aStartedFileNeverShowsZeroPercentAndRatesRoundHalfUp() {
        // 1 byte of 10,000,000 is 0.00001 %: not "0 %". 5 rows in 2 s is 2.5 rows/s, half-up 3.
        assertThat(ProgressLine.text("big.csv", 1, 10_000_000, 5, 2.0))
                .isEqualTo("big.csv: 1 / 10,000,000 bytes (0.00001 %), 5 rows, 3 rows/s");
        assertThat(ProgressLine.text("empty.csv", 0, 0, 0, 1.0)).isEqualTo("empty.csv: 0 / 0 bytes (100 %), 0 rows, 0 rows/s");
    }

    @Test
    void updateRedrawsTheLineInPlaceAndDoneClearsIt() {
        StringWriter out = new StringWriter();
        ProgressLine p = new ProgressLine(new PrintWriter(out));
        p.start(Path.of("/tmp/x/data.csv"), 100);
        p.update(50, 7);
        assertThat(out.toString()).startsWith("\rdata.csv: 50 / 100 bytes (50 %), 7 rows, ").endsWith(" rows/s   ");
        p.done();
        assertThat(out.toString()).endsWith("\r\033[K");
    }
}
