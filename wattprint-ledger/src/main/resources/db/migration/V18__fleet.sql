-- Issue 17 part 3 (agents): the fleet registry. Each agent batch (POST /api/v1/agent/runs) names the host it was
-- measured on (a stable host id, its name, the agent's version) and its GPUs (by UUID, with their model); the server
-- keeps the last time each was seen. Unlike the rest of the ledger these rows are updated in place (a registry of
-- last-seen times, not a record of energy): docs/ARCHITECTURE.md says so. Times in epoch microseconds (UTC).
-- agent_host_runs links a host to the runs it sent, so that a team-restricted token sees the hosts its team's runs
-- came from; measured is 1 once any interval of that run from that host was measured (a counter or power samples).
CREATE TABLE agent_hosts (
    host_id        TEXT NOT NULL PRIMARY KEY,
    host           TEXT,
    agent_version  TEXT,
    first_seen_us  BIGINT NOT NULL,
    last_seen_us   BIGINT NOT NULL
);

CREATE TABLE agent_gpus (
    uuid           TEXT NOT NULL PRIMARY KEY,
    host_id        TEXT NOT NULL,
    model          TEXT,
    first_seen_us  BIGINT NOT NULL,
    last_seen_us   BIGINT NOT NULL
);

CREATE INDEX agent_gpus_host ON agent_gpus (host_id);

CREATE TABLE agent_host_runs (
    host_id   TEXT NOT NULL,
    run_id    TEXT NOT NULL,
    measured  INTEGER NOT NULL,
    PRIMARY KEY (host_id, run_id)
);
