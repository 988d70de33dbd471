package io.wattprint.ingest.agent;

import com.fasterxml.jackson.databind.JsonNode;
import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.FactorSource;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import io.wattprint.data.ReferenceData;
import io.wattprint.ingest.Excerpt;
import io.wattprint.ingest.ImportFactors;
import io.wattprint.ingest.codecarbon.api.Body;
import io.wattprint.ingest.codecarbon.api.Caller;
import io.wattprint.ingest.codecarbon.api.CodeCarbonApiException;
import io.wattprint.ledger.FleetRepository;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The batches wattprint agents send ({@code POST /api/v1/agent/runs}; docs/SERVER.md "Agents"), without HTTP: a route
 * handler passes the parsed JSON body and the caller (the token's team and project restriction) and answers with the
 * {@link Stored} returned, or with the {@link AgentBatchException}'s status, code and message.
 *
 * <p>A batch is {@code {"agent": {…}, "run": {…}, "intervals": [ … ]}}. The whole body is checked before anything is
 * stored (a refused batch stores nothing). Then, each step idempotent so that a retried batch changes nothing:
 * <ol>
 *   <li>the run is stored once, by its id and idempotency key, running (the first batch's workload, place and command
 *       stand; later batches of the run only add intervals and may close it);</li>
 *   <li>its intervals are appended, each stored once by (run, start, component) ({@code IntervalRepository.append});</li>
 *   <li>the agent's host and GPUs are registered with this batch's time as last seen ({@link FleetRepository});</li>
 *   <li>when the batch carries {@code end} and {@code status}, the run is closed with its footprint computed by core's
 *       {@link FootprintCalculator} over all its stored intervals (summed by the hour), with the PUE the batch carries
 *       and the factors an imported run gets ({@link ImportFactors}: the ledger's series over the shipped annual
 *       factors, the layering of a local close), in one transaction with the outcome, as the CodeCarbon API and the
 *       importers store a footprint. A run is closed once: a second close changes nothing.</li>
 * </ol>
 * Field checks are those of the CodeCarbon API ({@link Body}: types, finite numbers, text length, timestamps between
 * 2000 and five minutes after the server's clock), with the field named by its path ({@code intervals[3].joules}).
 *
 * <p>Thread-safe: the ledger serialises its calls.
 */
public final class AgentBatches {
    /** The most intervals one batch may carry; an agent sends 5,000 a request. */
    public static final int MAX_INTERVALS = 50_000;
    /** What a run id may be: it is a path segment of {@code /api/v1/runs/{id}}. */
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private final Ledger ledger;
    private final ReferenceData data;
    private final Clock clock;
    private final FootprintCalculator calculator = new FootprintCalculator();

    public AgentBatches(Ledger ledger, ReferenceData data, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.data = Objects.requireNonNull(data, "data");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What a batch did: the run's id and status after it, how many intervals it carried, how many of them were new, how
     * many the run has now, and whether this batch closed the run ({@code closedNow}; false for a repeated close).
     */
    public record Stored(String runId, RunStatus status, int received, int added, long total, boolean closedNow) {}

    /** A checked batch, ready to store. */
    private record Batch(String version, String hostId, String hostName, List<FleetRepository.Gpu> gpus, Run run, Instant end,
                         RunStatus status, Integer exitCode, PueAssumption pue, List<EnergyInterval> intervals) {}

    /**
     * Checks and stores one batch.
     *
     * @throws AgentBatchException when the batch is refused; nothing of it was stored
     */
    public Stored accept(JsonNode body, Caller who) {
        Caller c = Caller.of(who);
        Instant now = clock.instant();
        Batch b;
        try {
            b = parse(body, c, now);
        } catch (CodeCarbonApiException e) {
            throw new AgentBatchException(400, AgentBatchException.INVALID, e.field(), e.getMessage());
        }
        String id = b.run().id();
        RunRecord existing = ledger.runs().byId(id).orElse(null);
        if (existing != null) {
            if (!c.sees(existing.run().workload().team(), existing.run().workload().project())) {
                throw new AgentBatchException(404, AgentBatchException.NOT_FOUND, "run.id", "no run '" + id + "'");
            }
            if (!existing.run().idempotencyKey().equals(b.run().idempotencyKey())) {
                throw new AgentBatchException(409, AgentBatchException.CONFLICT, "run.idempotency_key", "run " + id
                        + " is stored with another idempotency key; a batch of a run must send the key of its first batch");
            }
        } else {
            String storedAs = ledger.runs().insertRun(b.run());
            if (!storedAs.equals(id)) {
                throw new AgentBatchException(409, AgentBatchException.CONFLICT, "run.idempotency_key", "idempotency key '"
                        + Excerpt.of(b.run().idempotencyKey()) + "' is already stored for another run");
            }
            existing = ledger.runs().byId(id).orElseThrow();
        }
        int added = ledger.intervals().append(id, b.intervals());
        boolean measured = b.intervals().stream().anyMatch(i -> i.provenance().isMeasured());
        ledger.fleet().saw(b.hostId(), b.hostName(), b.version(), b.gpus(), id, measured, now);
        boolean closedNow = false;
        RunStatus status = existing.run().status();
        if (b.end() != null && status == RunStatus.RUNNING) {
            closedNow = close(existing.run(), b, now);
            status = ledger.runs().byId(id).orElseThrow().run().status();
        }
        return new Stored(id, status, b.intervals().size(), added, ledger.intervals().count(id), closedNow);
    }

    /**
     * The close of a local run ({@code RunClose} in wattprint-run) with the factors of an import: the footprint of
     * every stored interval of the run, summed by the hour, stored with the outcome in one transaction. The run's
     * place is the one stored with its first batch.
     */
    private boolean close(Run run, Batch b, Instant now) {
        List<EnergyInterval> hourly = ledger.intervals().hourly(run.id());
        Instant end = b.end();
        for (EnergyInterval i : hourly) if (i.end().isAfter(end)) end = i.end();
        Location where = run.location();
        FactorSource factors = new ImportFactors(ledger, data).forLocation(where, run.start(), end);
        Footprint f = calculator.compute(hourly, where, b.pue(), factors);
        return ledger.runs().closeRun(run.id(), end, b.status(), b.exitCode(), f, data.version(), now);
    }

    // ---- the body, checked field by field ----

    private Batch parse(JsonNode node, Caller c, Instant now) {
        Body body = Body.of(node, "body", "");
        Body agent = Body.of(body.get("agent"), "agent", "agent.");
        String version = agent.requiredText("version");
        String hostId = agent.requiredText("host_id");
        String hostName = agent.text("host");
        List<FleetRepository.Gpu> gpus = new ArrayList<>();
        JsonNode gs = agent.get("gpus");
        if (gs != null) {
            if (!gs.isArray()) throw agent.invalid("gpus", "expected an array of {uuid, model}, found " + kind(gs));
            for (int i = 0; i < gs.size(); i++) {
                Body g = Body.of(gs.get(i), "agent.gpus[" + i + "]", "agent.gpus[" + i + "].");
                gpus.add(new FleetRepository.Gpu(g.requiredText("uuid"), g.text("model")));
            }
        }

        Body r = Body.of(body.get("run"), "run", "run.");
        String id = r.requiredText("id");
        if (!RUN_ID.matcher(id).matches()) {
            throw r.invalid("id", "'" + Excerpt.of(id) + "' (expected letters, digits, '.', '_', ':' or '-', at most 128, as a run's UUID)");
        }
        String key = r.text("idempotency_key");
        if (key == null) key = "run:" + id;
        Workload workload = workload(r, c);
        Location location = new Location(r.text("zone"), r.text("cloud_region"), r.text("facility"));
        Instant start = r.requiredTimestamp("start", now);
        Instant end = r.get("end") == null ? null : r.requiredTimestamp("end", now);
        RunStatus status = status(r);
        if (end != null && status == null) throw r.invalid("status", "missing (a run with an end needs succeeded, failed or interrupted)");
        if (end == null && status != null) throw r.invalid("end", "missing (a run with a status needs its end)");
        if (end != null && end.isBefore(start)) throw r.invalid("end", end + " is before the run's start " + start);
        Long exit = r.get("exit_code") == null ? null : r.requiredWhole("exit_code", 0);
        if (exit != null && exit > 255) throw r.invalid("exit_code", exit + " (expected an exit code from 0 to 255)");
        PueAssumption pue = pue(r);
        Run run = new Run(id, key, workload, r.text("host"), location, start, null, RunStatus.RUNNING, null, r.text("command"));

        JsonNode xs = body.get("intervals");
        List<EnergyInterval> intervals = new ArrayList<>();
        if (xs != null) {
            if (!xs.isArray()) throw body.invalid("intervals", "expected an array of intervals, found " + kind(xs));
            if (xs.size() > MAX_INTERVALS) {
                throw body.invalid("intervals", xs.size() + " intervals (expected at most " + MAX_INTERVALS + " a batch; send more batches)");
            }
            for (int i = 0; i < xs.size(); i++) intervals.add(interval(xs.get(i), i, now));
        }
        return new Batch(version, hostId, hostName, List.copyOf(gpus), run, end, status, exit == null ? null : exit.intValue(), pue,
                intervals);
    }

    /** The run's workload; its team and project default to the token's restriction, and must be within it (403). */
    private static Workload workload(Body r, Caller c) {
        String team = r.text("team");
        String project = r.text("project");
        if (team == null) team = c.team();
        if (project == null) project = c.project();
        if (!c.sees(team, project)) {
            boolean teamOff = c.team() != null && !c.team().equals(team);
            String field = teamOff ? "team" : "project";
            String restriction = teamOff ? c.team() : c.project();
            throw new AgentBatchException(403, AgentBatchException.FORBIDDEN, "run." + field, "run." + field + ": '"
                    + Excerpt.of(teamOff ? team : project) + "' is not this token's " + field + " (the token is restricted to "
                    + field + " '" + restriction + "')");
        }
        Workload.Builder w = Workload.builder(r.requiredText("workload")).team(team).project(project).model(r.text("model"))
                .modelVersion(r.text("model_version"));
        String phase = r.text("phase");
        if (phase != null) {
            w.phase(Phase.parse(phase).orElseThrow(() -> r.invalid("phase", "'" + Excerpt.of(phase) + "' (expected one of "
                    + Phase.labels() + ")")));
        }
        JsonNode tags = r.get("tags");
        if (tags != null) {
            if (!tags.isObject()) throw r.invalid("tags", "expected an object of text values, found " + kind(tags));
            Map<String, String> t = new TreeMap<>();
            Body tb = Body.of(tags, "run.tags", "run.tags.");
            for (Iterator<String> it = tags.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (k.isBlank() || k.length() > Workload.MAX_TEXT) throw r.invalid("tags", "a key is empty or longer than " + Workload.MAX_TEXT);
                String v = tb.text(k);
                if (v != null) t.put(k, v);
            }
            w.tags(t);
        }
        try {
            return w.build();
        } catch (IllegalArgumentException e) {
            throw r.invalid("workload", e.getMessage());
        }
    }

    private static RunStatus status(Body r) {
        String s = r.text("status");
        if (s == null) return null;
        RunStatus st = switch (s.toLowerCase(Locale.ROOT)) {
            case "succeeded" -> RunStatus.SUCCEEDED;
            case "failed" -> RunStatus.FAILED;
            case "interrupted" -> RunStatus.INTERRUPTED;
            default -> null;
        };
        if (st == null) throw r.invalid("status", "'" + Excerpt.of(s) + "' (expected succeeded, failed or interrupted; leave end and status out while the run goes on)");
        return st;
    }

    private static PueAssumption pue(Body r) {
        BigDecimal v = r.number("pue");
        String basis = r.text("pue_basis");
        if (v == null) {
            if (basis != null) throw r.invalid("pue", "missing (pue_basis is given without its pue)");
            return PueAssumption.notApplied();
        }
        double d = v.doubleValue();
        if (d < 1.0 || d > 5.0) throw r.invalid("pue", v + " (expected a PUE from 1.0 to 5.0)");
        return new PueAssumption(Pue.of(d), basis != null ? basis : "sent by the agent");
    }

    private static EnergyInterval interval(JsonNode node, int i, Instant now) {
        String name = "intervals[" + i + "]";
        Body x = Body.of(node, name, name + ".");
        Instant start = x.requiredTimestamp("start", now);
        Instant end = x.requiredTimestamp("end", now);
        if (end.isBefore(start)) throw x.invalid("end", end + " is before the interval's start " + start);
        Component component;
        String comp = x.requiredText("component");
        try {
            component = Component.parse(comp);
        } catch (IllegalArgumentException e) {
            throw x.invalid("component", "'" + Excerpt.of(comp) + "' (expected gpu:<id>, cpu, cpu:package-N, dram or other)");
        }
        BigDecimal joules = x.requiredNonNegative("joules");
        if (!Double.isFinite(joules.doubleValue())) throw x.invalid("joules", "too large (expected a finite number of joules)");
        String kind = x.requiredText("provenance");
        Provenance.Kind k;
        try {
            k = Provenance.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw x.invalid("provenance", "'" + Excerpt.of(kind) + "' (expected measured_counter, measured_power, estimated or imported)");
        }
        String method = x.requiredText("method");
        return new EnergyInterval(start, end, component, Energy.ofJoules(joules.doubleValue()), Provenance.of(k, method));
    }

    private static String kind(JsonNode v) {
        return v.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
