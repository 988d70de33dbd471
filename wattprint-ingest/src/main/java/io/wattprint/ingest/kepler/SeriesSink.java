package io.wattprint.ingest.kepler;

import java.util.Map;

/** Where a reader hands each complete series: its metric name, labels and counter increase. */
interface SeriesSink {
    /**
     * @param line  where the series starts in the file (its first sample for a text dump)
     * @param field where it is in the file ({@code data.result[3]}, or the series' name and labels)
     */
    void series(String name, Map<String, String> labels, Counter counter, long line, String field);
}
