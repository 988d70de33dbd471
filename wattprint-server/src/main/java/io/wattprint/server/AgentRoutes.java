package io.wattprint.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.wattprint.data.ReferenceData;
import io.wattprint.ingest.agent.AgentBatchException;
import io.wattprint.ingest.agent.AgentBatches;
import io.wattprint.ingest.codecarbon.api.Caller;
import io.wattprint.ledger.FleetRepository;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What wattprint agents send and the fleet they form (docs/SERVER.md "Agents"): {@code POST /api/v1/agent/runs}
 * (scope ingest) stores a batch of a run and its intervals through ingest's {@link AgentBatches}, with the caller's
 * token restriction (a run of another team or project: 403; the run's team and project default to the token's);
 * {@code GET /api/v1/fleet} (scope read) lists the hosts and GPUs agents sent runs from — for a restricted token, the
 * hosts that sent runs of its team and project.
 */
final class AgentRoutes implements Routes {
    static final String BATCHES = "/api/v1/agent/runs";
    static final String FLEET = "/api/v1/fleet";

    /** The mapper, made on the first request (the server's start-up does without Jackson). */
    private static final class Json {
        static final ObjectMapper OUT = new ObjectMapper();
    }

    private final Clock clock;

    AgentRoutes(Clock clock) { this.clock = clock; }

    @Override
    public void register(RouteRegistry routes) {
        Supplier<AgentBatches> batches = new Supplier<>() {
            private AgentBatches made;

            @Override
            public synchronized AgentBatches get() {
                if (made == null) made = new AgentBatches(routes.ledger(), ReferenceData.load(), clock);
                return made;
            }
        };
        routes.post(BATCHES, Need.INGEST, ctx -> {
            Access a = Access.of(ctx);
            AgentBatches.Stored s;
            try {
                s = batches.get().accept(CodeCarbonRoutes.body(ctx), new Caller(a.team(), a.project()));
            } catch (AgentBatchException e) {
                throw new ApiError(e.status(), e.code(), e.getMessage());
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.put("run", s.runId());
            out.put("status", s.status().label());
            out.put("closed", s.closedNow());
            ObjectNode xs = out.putObject("intervals");
            xs.put("received", s.received());
            xs.put("new", s.added());
            xs.put("stored", s.total());
            json(ctx, out);
        });
        routes.get(FLEET, Need.READ, ctx -> {
            QueryParams.of(ctx, java.util.Set.of());   // no parameters: a typo (?team=) is a 400, not every host
            Access a = Access.of(ctx);
            ArrayNode hosts = JsonNodeFactory.instance.arrayNode();
            for (FleetRepository.Host h : routes.ledger().fleet().hosts(a.team(), a.project())) {
                ObjectNode o = hosts.addObject();
                o.put("host_id", h.hostId());
                o.put("host", h.host());
                o.put("agent_version", h.agentVersion());
                o.put("first_seen", h.firstSeen().toString());
                o.put("last_seen", h.lastSeen().toString());
                ObjectNode runs = o.putObject("runs");
                runs.put("measured", h.measuredRuns());
                runs.put("estimated", h.estimatedRuns());
                ArrayNode gpus = o.putArray("gpus");
                for (FleetRepository.SeenGpu g : h.gpus()) {
                    ObjectNode go = gpus.addObject();
                    go.put("uuid", g.uuid());
                    go.put("model", g.model());
                    go.put("first_seen", g.firstSeen().toString());
                    go.put("last_seen", g.lastSeen().toString());
                }
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.set("hosts", hosts);
            json(ctx, out);
        });
    }

    private static void json(Context ctx, Object body) throws JsonProcessingException {
        ctx.status(200).contentType("application/json").result(Json.OUT.writeValueAsString(body));
    }
}
