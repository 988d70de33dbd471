package io.wattprint.cli.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.ledger.Ledger;
import io.wattprint.run.outbox.Outbox;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the agent waits for a busy or failing server: it honours {@code Retry-After} while its deadline allows, and gives
 * up at once (keeping the run) when the server asks for longer than that. A stand-in server (the JDK's) answers.
 */
class PusherRetryTest {
    @TempDir
    Path dir;
    HttpServer http;
    Ledger ledger;
    Outbox outbox;
    final AtomicInteger calls = new AtomicInteger();
    final java.util.List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        ledger = Ledger.open(dir.resolve("ledger.db").toString());
        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        ledger.runs().insertRun(new Run("r1", "run:r1", Workload.builder("w").build(), "node", Location.zone("FR"), start,
                start.plusSeconds(5), RunStatus.SUCCEEDED, 0, "true"));
        outbox = Outbox.in(dir);
        outbox.add("r1", List.of());
    }

    @AfterEach
    void tearDown() {
        if (http != null) http.stop(0);
        ledger.close();
    }

    /** A server that answers {@code first} (status, Retry-After) to the first request and 200 after. */
    private Pusher pusher(int firstStatus, String retryAfter) throws Exception {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/v1/agent/runs", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            boolean first = calls.getAndIncrement() == 0;
            byte[] body = (first ? "{\"error\":{\"code\":\"ledger_unavailable\",\"message\":\"down\"}}"
                    : "{\"run\":\"r1\",\"status\":\"succeeded\",\"closed\":true}").getBytes(StandardCharsets.UTF_8);
            if (first) ex.getResponseHeaders().add("Retry-After", retryAfter);
            ex.sendResponseHeaders(first ? firstStatus : 200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        http.start();
        ServerOption.Target t = new ServerOption.Target(URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/"), "wp_x");
        return new Pusher(ledger, outbox, t, "test", "host-1", "node", Clock.systemUTC());
    }

    @Test
    void aServerThatAsksToRetryInOneSecondGetsTheRunAfterThatSecond() throws Exception {
        Pusher p = pusher(503, "1");
        long t0 = System.nanoTime();
        Pusher.Outcome o = p.send("r1", Instant.now().plusSeconds(5));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(o.status()).as(String.valueOf(o)).isEqualTo(Pusher.Status.SENT);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(outbox.pending()).isEmpty();
    }

    @Test
    void aRetryAfterBeyondTheDeadlineKeepsTheRunWithoutWaiting() throws Exception {
        Pusher p = pusher(429, "60");
        long t0 = System.nanoTime();
        Pusher.Outcome o = p.send("r1", Instant.now().plusSeconds(5));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(o.status()).isEqualTo(Pusher.Status.LATER);
        assertThat(o.reason()).contains("HTTP 429");
        assertThat(calls.get()).isEqualTo(1);
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(outbox.pending()).containsExactly("r1");
    }

    @Test
    void theBatchCarriesTheGpusOfTheMarkerAndTheRunsClose() throws Exception {
        outbox.add("r1", List.of(new Outbox.Gpu("GPU-8f3c2a1e", "NVIDIA H100 80GB HBM3")));
        Pusher p = pusher(503, "0");
        assertThat(p.send("r1", Instant.now().plusSeconds(5)).status()).isEqualTo(Pusher.Status.SENT);
        com.fasterxml.jackson.databind.JsonNode b = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bodies.get(1));
        assertThat(b.at("/agent/host_id").asText()).isEqualTo("host-1");
        assertThat(b.at("/agent/gpus/0/uuid").asText()).isEqualTo("GPU-8f3c2a1e");
        assertThat(b.at("/agent/gpus/0/model").asText()).isEqualTo("NVIDIA H100 80GB HBM3");
        assertThat(b.at("/run/id").asText()).isEqualTo("r1");
        assertThat(b.at("/run/end").asText()).isEqualTo("2026-12-07T10:00:05Z");
        assertThat(b.at("/run/status").asText()).isEqualTo("succeeded");
        assertThat(b.at("/run/exit_code").asInt()).isZero();
        assertThat(b.get("intervals")).isEmpty();
        assertThat(bodies.get(0)).as("a retry sends the same bytes").isEqualTo(bodies.get(1));
    }

    @Test
    void aLongRunGoesIn5000IntervalBatchesTheLastOneClosingIt() throws Exception {
        Instant start = Instant.parse("2026-12-07T11:00:00Z");
        ledger.runs().insertRun(new Run("r2", "run:r2", Workload.builder("w").build(), "node", Location.zone("FR"), start, null,
                RunStatus.RUNNING, null, "true"));
        java.util.List<io.wattprint.core.model.EnergyInterval> xs = new java.util.ArrayList<>();
        for (int i = 0; i < Pusher.BATCH + 1; i++) {
            xs.add(new io.wattprint.core.model.EnergyInterval(start.plusMillis(100L * i), start.plusMillis(100L * (i + 1)),
                    io.wattprint.core.model.Component.CPU, io.wattprint.core.quantity.Energy.ofJoules(0.5),
                    new io.wattprint.core.model.Provenance.Estimated("cpu-tdp-load-curve")));
        }
        ledger.intervals().append("r2", xs);
        ledger.runs().closeRun("r2", start.plusSeconds(600), RunStatus.FAILED, 1);
        outbox.add("r2", List.of());
        Pusher p = pusher(200, "0");
        assertThat(p.send("r2", Instant.now().plusSeconds(20)).intervals()).isEqualTo(Pusher.BATCH + 1);
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(bodies).hasSize(2);
        com.fasterxml.jackson.databind.JsonNode first = m.readTree(bodies.get(0));
        com.fasterxml.jackson.databind.JsonNode last = m.readTree(bodies.get(1));
        assertThat(first.get("intervals")).hasSize(Pusher.BATCH);
        assertThat(first.at("/run/end").isMissingNode()).as("only the last batch closes the run").isTrue();
        assertThat(last.get("intervals")).hasSize(1);
        assertThat(last.at("/run/status").asText()).isEqualTo("failed");
        assertThat(last.at("/run/exit_code").asInt()).isEqualTo(1);
        assertThat(outbox.has("r2")).isFalse();
    }

    @Test
    void aBatchTheServerRefusesKeepsTheRunAndSaysWhy() throws Exception {
        Pusher p = pusher(400, "0");
        Pusher.Outcome o = p.send("r1", Instant.now().plusSeconds(5));
        assertThat(o.status()).isEqualTo(Pusher.Status.REFUSED);
        assertThat(o.reason()).isEqualTo("HTTP 400 ledger_unavailable: down");
        assertThat(outbox.pending()).containsExactly("r1");
    }
}
