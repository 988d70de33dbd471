package io.wattprint.ingest.kepler;

import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.JsonInput;
import io.wattprint.ingest.Importer;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code wattprint ingest kepler}: Kepler energy counters per pod over a range, from a Prometheus
 * {@code query_range} JSON result (told by its first character, '{') or a text exposition dump of
 * two or more timestamped scrapes. Each pod becomes one closed run with an IMPORTED interval per
 * component (see {@link PodRuns}); a series, the unit of accounting, is imported, a duplicate (its
 * run was imported before) or quarantined (one sample, a bad value, no pod label).
 */
public final class KeplerImporter implements Importer {
    @Override public String kind() { return "kepler"; }

    @Override public boolean storesRuns() { return true; }

    @Override
    public String description() {
        return "Kepler energy counters per pod: Prometheus query_range JSON, or /metrics text dumps of two or more "
                + "timestamped scrapes";
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".prom") || n.endsWith(".txt");
    }

    @Override
    public void importFile(Path file, ImportContext ctx) throws IOException {
        String name = file.getFileName().toString();
        Map<String, PodEnergy> pods = new LinkedHashMap<>();
        long[] otherSeries = {0};
        SeriesSink sink = (metric, labels, counter, line, field) -> {
            KeplerSeries.Outcome o = KeplerSeries.classify(metric, labels);
            if (o == null) {
                otherSeries[0]++;
            } else if (o instanceof KeplerSeries.Skipped s) {
                ctx.note(s.note());
            } else if (o instanceof KeplerSeries.Used u) {
                String raw = metric + labels;
                Map.Entry<String, String> tooLong = KeplerSeries.tooLong(labels);
                if (tooLong != null) {
                    ctx.reject(line, tooLong.getKey(), tooLong.getValue(), raw);
                } else if (counter.bad != null) {
                    ctx.reject(line, field, counter.bad, raw);
                } else if (counter.samples < 2) {
                    ctx.reject(line, field, "series has " + counter.samples + " sample(s): an increase needs two or more "
                            + "(one value is the counter since Kepler started, over an unknown span)", raw);
                } else {
                    KeplerSeries ks = u.series();
                    if (ks.generation() == KeplerSeries.Generation.LEGACY && labels.containsKey("mode")) {
                        ctx.note("legacy Kepler series: the dynamic and idle modes of a zone are disjoint parts and are added");
                    }
                    if (counter.resets > 0) {
                        ctx.note("counter resets handled: after a drop, the new value is taken as the increase since the reset");
                    }
                    pods.computeIfAbsent(ks.generation() + "\u0000" + ks.namespace() + "\u0000" + ks.pod(),
                            k -> new PodEnergy(ks.generation(), ks.namespace(), ks.pod())).add(ks, counter);
                }
            }
        };
        String expected = "expected a Prometheus query_range JSON result, or a /metrics text dump of two or more timestamped "
                + "scrapes: lines kepler_…{label=\"value\",…} value timestamp_ms";
        if (Files.size(file) == 0) throw new ImportException(file + ": the file is empty (" + expected + ")");
        try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (firstChar(in) == '{') {
                try {
                    new QueryRangeReader(name).read(in, sink);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new ImportException(file + ": not valid JSON (" + JsonInput.problem(e) + "; " + expected + ")");
                }
            } else {
                TextDumpReader text = new TextDumpReader(ctx);
                text.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), sink);
                if (text.keplerLines == 0) {
                    throw new ImportException(file + ": no Kepler sample in it, not a Kepler file (" + expected + ")");
                }
            }
        }
        ctx.progress(Files.size(file));
        if (otherSeries[0] > 0) ctx.note(otherSeries[0] + " series of other metrics than Kepler energy counters ignored");
        new PodRuns(ctx, name).write(pods.values());
    }

    /** The first character that is not white space or a byte-order mark; the stream is left where it was. */
    private static int firstChar(BufferedInputStream in) throws IOException {
        in.mark(4096);
        int b;
        int n = 0;
        while ((b = in.read()) >= 0 && n++ < 4096) {
            if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) continue;
            break;
        }
        in.reset();
        return b;
    }
}
