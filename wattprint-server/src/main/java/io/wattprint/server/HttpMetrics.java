package io.wattprint.server;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The server's own request metrics, in a registry of this server (not the process-wide default, so two servers in one
 * JVM, as in tests, count apart). Labels are the method, the route template ({@code /api/v1/runs/{id}}, never an id;
 * {@code unmatched} for paths no route has) and the status: their number is bounded by the routes times the statuses.
 */
final class HttpMetrics {
    /** Latency buckets in seconds: 1 ms to 10 s. */
    private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests;
    private final Histogram duration;

    HttpMetrics() {
        requests = Counter.builder().name("wattprint_http_requests_total")
                .help("HTTP requests answered, by method, route template and status")
                .labelNames("method", "route", "status").register(registry);
        duration = Histogram.builder().name("wattprint_http_request_duration_seconds")
                .help("Time to answer an HTTP request, by method, route template and status")
                .labelNames("method", "route", "status").classicOnly().classicUpperBounds(BUCKETS).register(registry);
    }

    void record(String method, String route, int status, double seconds) {
        String s = Integer.toString(status);
        requests.labelValues(method, route, s).inc();
        duration.labelValues(method, route, s).observe(seconds);
    }

    /** The Prometheus text exposition format (version 0.0.4) of every metric. */
    byte[] scrape() { return scrape(List.of()); }

    /** The same, with {@code more} metrics (the ledger's figures) after the server's own. */
    byte[] scrape(List<MetricSnapshot> more) {
        MetricSnapshots.Builder all = MetricSnapshots.builder();
        for (MetricSnapshot m : registry.scrape()) all.metricSnapshot(m);
        for (MetricSnapshot m : more) all.metricSnapshot(m);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, all.build(),
                    io.prometheus.metrics.config.EscapingScheme.ALLOW_UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String contentType() { return PrometheusTextFormatWriter.CONTENT_TYPE; }
}
