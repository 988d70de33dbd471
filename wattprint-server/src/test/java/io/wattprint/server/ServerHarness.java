package io.wattprint.server;

import io.wattprint.core.model.Location;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.ledger.ApiToken;
import io.wattprint.ledger.Ledger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A server on a free port over a fresh SQLite ledger in a temporary folder, and an HTTP client to call it. */
final class ServerHarness implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    final Ledger ledger;
    final WattprintServer server;
    final StringBuilder accessLog = new StringBuilder();
    final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerHarness(Path dir, long maxBody, Routes... more) { this(dir.resolve("ledger.db").toString(), maxBody, more); }

    /** A server over the ledger at {@code spec} (a SQLite file or a PostgreSQL URL). */
    ServerHarness(String spec, long maxBody, Routes... more) {
        this(spec, java.util.function.UnaryOperator.identity(), maxBody, more);
    }

    /** A server over the ledger at {@code spec} whose config {@code tune} changes (a clock, a rate limit, CORS origins). */
    ServerHarness(String spec, java.util.function.UnaryOperator<ServerConfig> tune, long maxBody, Routes... more) {
        ledger = Ledger.open(spec);
        ServerConfig config = tune.apply(ServerConfig.defaults().withPort(0).withMaxBody(maxBody).withAccessLog(accessLog)
                .withDrainTimeout(Duration.ofSeconds(10)));
        server = WattprintServer.start(ledger, config, List.of(more), new PrintStream(diagnostics, true, StandardCharsets.UTF_8));
    }

    ServerHarness(Path dir, Routes... more) { this(dir, ServerConfig.DEFAULT_MAX_BODY, more); }

    /** A new token's secret text. */
    String token(ApiToken.Scope scope, String team, String project) {
        return ledger.tokens().create(scope, team, project, "test", Instant.now(), null).secret();
    }

    /** Stores a running run of this team and project. */
    String run(String id, String team, String project) {
        Workload w = Workload.builder("bert-finetune").team(team).project(project).model("bert-base").build();
        ledger.runs().insertRun(new Run(id, "key-" + id, w, "gpu-node-7", new Location("FR", null, null), T0, null,
                RunStatus.RUNNING, null, "python train.py"));
        return id;
    }

    HttpRequest.Builder request(String path) { return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(20)); }

    HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = request(path).GET();
        if (token != null) b.header("Authorization", "Bearer " + token);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest r) throws Exception { return client.send(r, HttpResponse.BodyHandlers.ofString()); }

    String diagnostics() { return diagnostics.toString(StandardCharsets.UTF_8); }

    @Override
    public void close() { server.stop(); }
}
