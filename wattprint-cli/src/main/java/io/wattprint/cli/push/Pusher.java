package io.wattprint.cli.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import io.wattprint.run.outbox.Outbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends runs of the local ledger to a wattprint server, as agent batches ({@code POST /api/v1/agent/runs};
 * docs/SERVER.md "Agents"): the run and up to {@link #BATCH} intervals a request, read from the ledger, the last
 * request carrying the run's end, status, exit code and PUE, so that the server closes it. A run is sent only once
 * it is closed locally; its outbox marker is removed once the server has acknowledged the last batch. Sending again is
 * harmless: the server stores a run once and each interval once.
 *
 * <p>Waiting is bounded by a deadline: a server that is down, busy (429) or failing (5xx) is retried with a short
 * backoff (its {@code Retry-After} when it gives one) only while the deadline allows; then the run stays in the
 * outbox.
 */
final class Pusher {
    /** Intervals a request. */
    static final int BATCH = 5_000;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration LONGEST_REQUEST = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Ledger ledger;
    private final Outbox outbox;
    private final ServerOption.Target target;
    private final AgentClient client;
    private final String agentVersion;
    private final String hostId;
    private final String hostName;
    private final Clock clock;

    Pusher(Ledger ledger, Outbox outbox, ServerOption.Target target, String agentVersion, String hostId, String hostName, Clock clock) {
        this.ledger = ledger;
        this.outbox = outbox;
        this.target = target;
        this.client = new AgentClient(target);
        this.agentVersion = agentVersion;
        this.hostId = hostId;
        this.hostName = hostName;
        this.clock = clock;
    }

    /** What became of a run. */
    enum Status {
        /** The server has the whole run; its marker is gone. */
        SENT,
        /** Not now (unreachable, busy, failing, or out of time): the marker stays. */
        LATER,
        /** The server refused the token: the marker stays. */
        TOKEN,
        /** The server refused a batch: the marker stays. */
        REFUSED,
        /** The run cannot be sent as it is (not in this ledger, still open there): the marker stays. */
        NOT_READY
    }

    /** The outcome of sending one run: its status, why (for all but SENT), and the intervals sent. */
    record Outcome(String runId, Status status, String reason, long intervals) {}

    ServerOption.Target target() { return target; }

    /** Sends run {@code runId} before {@code deadline}. */
    Outcome send(String runId, Instant deadline) {
        RunRecord rec = ledger.runs().byId(runId).orElse(null);
        if (rec == null) return new Outcome(runId, Status.NOT_READY, "it is not in ledger " + ledger.describe(), 0);
        Run run = rec.run();
        if (run.status() == RunStatus.RUNNING) {
            return new Outcome(runId, Status.NOT_READY, "it is still open in the local ledger (running, or its wattprint was killed: "
                    + "the next wattprint run or meter recovers it)", 0);
        }
        List<EnergyInterval> xs = ledger.intervals().ofRun(runId);
        List<Outbox.Gpu> gpus = outbox.gpus(runId);
        int batches = Math.max(1, (xs.size() + BATCH - 1) / BATCH);
        for (int b = 0; b < batches; b++) {
            List<EnergyInterval> part = xs.subList(b * BATCH, Math.min(xs.size(), (b + 1) * BATCH));
            byte[] body = body(rec, gpus, part, b == batches - 1);
            Outcome failed = post(runId, body, deadline);
            if (failed != null) return failed;
        }
        outbox.remove(runId);
        return new Outcome(runId, Status.SENT, null, xs.size());
    }

    /** Posts one batch, retrying what is worth retrying while the deadline allows; null once accepted. */
    private Outcome post(String runId, byte[] body, Instant deadline) {
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.compareTo(Duration.ofMillis(100)) < 0) return new Outcome(runId, Status.LATER, "no time left to wait for it", 0);
            AgentClient.Answer a = client.post(body, left.compareTo(LONGEST_REQUEST) < 0 ? left : LONGEST_REQUEST);
            if (a instanceof AgentClient.Accepted) return null;
            if (a instanceof AgentClient.TokenRefused t) return new Outcome(runId, Status.TOKEN, t.reason(), 0);
            if (a instanceof AgentClient.Refused r) return new Outcome(runId, Status.REFUSED, r.reason(), 0);
            AgentClient.Later later = (AgentClient.Later) a;
            Duration wait = later.retryAfter().orElse(backoff);
            if (clock.instant().plus(wait).isAfter(deadline.minusMillis(100))) {
                return new Outcome(runId, Status.LATER, later.reason(), 0);
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(runId, Status.LATER, "interrupted", 0);
            }
            backoff = backoff.multipliedBy(2);
        }
    }

    private byte[] body(RunRecord rec, List<Outbox.Gpu> gpus, List<EnergyInterval> xs, boolean last) {
        Run run = rec.run();
        Workload w = run.workload();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode agent = root.putObject("agent");
        agent.put("version", agentVersion);
        agent.put("host_id", hostId);
        agent.put("host", run.host() != null ? run.host() : hostName);
        ArrayNode gs = agent.putArray("gpus");
        for (Outbox.Gpu g : gpus) gs.addObject().put("uuid", g.uuid()).put("model", g.model());
        ObjectNode r = root.putObject("run");
        r.put("id", run.id());
        r.put("idempotency_key", run.idempotencyKey());
        r.put("workload", w.name());
        r.put("project", w.project());
        r.put("team", w.team());
        r.put("model", w.model());
        r.put("model_version", w.modelVersion());
        r.put("phase", w.phase() == null ? null : w.phase().label());
        ObjectNode tags = r.putObject("tags");
        for (Map.Entry<String, String> t : w.tags().entrySet()) tags.put(t.getKey(), t.getValue());
        r.put("host", run.host());
        r.put("zone", run.location().zone());
        r.put("cloud_region", run.location().cloudRegion());
        r.put("facility", run.location().facility());
        r.put("command", run.command());
        r.put("start", run.start().toString());
        if (last) {
            r.put("end", run.end().toString());
            r.put("status", run.status().label());
            if (run.exitCode() != null && run.exitCode() >= 0 && run.exitCode() <= 255) r.put("exit_code", run.exitCode());
            if (rec.footprint() != null) {
                r.put("pue", rec.footprint().pue());
                r.put("pue_basis", rec.footprint().pueBasis());
            }
        }
        ArrayNode out = root.putArray("intervals");
        for (EnergyInterval x : xs) {
            out.addObject().put("start", x.start().toString()).put("end", x.end().toString()).put("component", x.component().toString())
                    .put("joules", x.energy().joules()).put("provenance", x.provenance().kind().name().toLowerCase(Locale.ROOT))
                    .put("method", x.provenance().method());
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A stable id of this host that does not give its machine id away: the SHA-256 of {@code /etc/machine-id} (systemd;
     * {@code /var/lib/dbus/machine-id} on older systems), else of the host name, first 16 bytes in hex.
     */
    static String hostId(String hostName) {
        String seed = null;
        for (String p : List.of("/etc/machine-id", "/var/lib/dbus/machine-id")) {
            try {
                String s = Files.readString(Path.of(p), StandardCharsets.UTF_8).trim();
                if (!s.isEmpty()) {
                    seed = "machine-id:" + s;
                    break;
                }
            } catch (IOException | RuntimeException e) {
                // next
            }
        }
        if (seed == null) seed = "host:" + hostName;
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("wattprint " + seed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
