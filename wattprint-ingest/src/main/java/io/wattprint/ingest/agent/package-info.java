/**
 * What the server does with the batches wattprint agents send ({@code POST /api/v1/agent/runs}), without HTTP: a run
 * metered on another host, its energy intervals, its close with the footprint computed here, and the fleet registry
 * of the hosts and GPUs that sent them ({@link io.wattprint.ingest.agent.AgentBatches}; docs/SERVER.md "Agents").
 */
package io.wattprint.ingest.agent;
