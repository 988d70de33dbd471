package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.ledger.ApiToken;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/v1/runs/{id}: the run, and the tenancy rule (another team's run answers as a missing one does). */
class RunRoutesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aReadTokenGetsTheRunAsRunsShowJsonWritesIt() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            h.run("run-nlp-1", "nlp", "bert");
            HttpResponse<String> r = h.get("/api/v1/runs/run-nlp-1", h.token(ApiToken.Scope.READ, null, null));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            JsonNode run = MAPPER.readTree(r.body());
            assertThat(run.get("id").asText()).isEqualTo("run-nlp-1");
            assertThat(run.get("workload").asText()).isEqualTo("bert-finetune");
            assertThat(run.get("team").asText()).isEqualTo("nlp");
            assertThat(run.get("project").asText()).isEqualTo("bert");
            assertThat(run.get("status").asText()).isEqualTo("running");
            assertThat(run.get("start").asText()).isEqualTo("2026-11-23T10:00:00Z");
            assertThat(run.get("command").asText()).isEqualTo("python train.py");
            assertThat(run.get("intervals").asInt()).isZero();
            assertThat(run.get("energy_kwh").isNull()).as("no footprint yet").isTrue();
        }
    }

    @Test
    void aTeamTokenGets404ForAnotherTeamsRunTheSameAsForAnUnknownId() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            h.run("run-nlp-1", "nlp", "bert");
            h.run("run-cv-01", "vision", "resnet");
            String nlp = h.token(ApiToken.Scope.READ, "nlp", null);
            assertThat(h.get("/api/v1/runs/run-nlp-1", nlp).statusCode()).isEqualTo(200);
            HttpResponse<String> other = h.get("/api/v1/runs/run-cv-01", nlp);
            HttpResponse<String> missing = h.get("/api/v1/runs/run-zz-01", nlp);
            ErrorBodies.assertError(other, 404, "not_found");
            ErrorBodies.assertError(missing, 404, "not_found");
            assertThat(other.body().replace("run-cv-01", "ID")).isEqualTo(missing.body().replace("run-zz-01", "ID"));
            assertThat(other.headers().map().keySet()).isEqualTo(missing.headers().map().keySet());
        }
    }

    @Test
    void aProjectTokenSeesOnlyItsProject() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            h.run("run-bert-1", "nlp", "bert");
            h.run("run-gpt-01", "nlp", "gpt");
            String bert = h.token(ApiToken.Scope.READ, "nlp", "bert");
            assertThat(h.get("/api/v1/runs/run-bert-1", bert).statusCode()).isEqualTo(200);
            ErrorBodies.assertError(h.get("/api/v1/runs/run-gpt-01", bert), 404, "not_found");
        }
    }

    @Test
    void aPrefixOfAnIdIsNotFoundNotAMatch() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            h.run("run-nlp-1", "nlp", "bert");
            h.run("run-nlp-2", "nlp", "bert");
            ErrorBodies.assertError(h.get("/api/v1/runs/run-nlp", h.token(ApiToken.Scope.READ, null, null)), 404, "not_found");
        }
    }
}
