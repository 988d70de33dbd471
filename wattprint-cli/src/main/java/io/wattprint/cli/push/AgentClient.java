package io.wattprint.cli.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * Posts agent batches to a wattprint server ({@code POST /api/v1/agent/runs}) with the JDK's {@link HttpClient} and
 * sorts the answers: accepted; worth retrying later (unreachable, a timeout, 5xx, 429, with the server's
 * {@code Retry-After}); the token refused (401, 403); or the batch refused (another 4xx). Never throws for what the
 * network or the server does.
 */
final class AgentClient {
    static final String PATH = "api/v1/agent/runs";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerOption.Target target;
    private final HttpClient http;

    AgentClient(ServerOption.Target target) {
        this.target = target;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What the server answered. */
    sealed interface Answer {}

    /** 200: the body the server answered. */
    record Accepted(JsonNode body) implements Answer {}

    /** Not now: the server could not be reached, or answered 429 or 5xx; {@code retryAfter} when it said when. */
    record Later(String reason, Optional<Duration> retryAfter) implements Answer {}

    /** 401 or 403: the token is missing, wrong, revoked, expired or of another scope or team. */
    record TokenRefused(String reason) implements Answer {}

    /** Another answer: the server will not take this batch as it is. */
    record Refused(String reason) implements Answer {}

    Answer post(byte[] body, Duration timeout) {
        URI uri = target.url().resolve(PATH);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + target.token()).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            return new Later("no connection within " + CONNECT_TIMEOUT.toSeconds() + " s", Optional.empty());
        } catch (HttpTimeoutException e) {
            return new Later("no answer within " + Math.max(1, timeout.toSeconds()) + " s", Optional.empty());
        } catch (ConnectException e) {
            return new Later("connection refused", Optional.empty());
        } catch (IOException e) {
            return new Later(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Later("interrupted", Optional.empty());
        }
        int status = r.statusCode();
        if (status == 200) {
            try {
                return new Accepted(JSON.readTree(r.body()));
            } catch (IOException e) {
                return new Refused("HTTP 200 with a body that is not JSON (is " + target.label() + " a wattprint server?)");
            }
        }
        String reason = "HTTP " + status + error(r.body());
        if (status == 429 || status >= 500) return new Later(reason, retryAfter(r));
        if (status == 401 || status == 403) return new TokenRefused(reason);
        return new Refused(reason);
    }

    /** {@code " forbidden: message"} from the server's JSON error, or nothing when the body is not one. */
    private static String error(String body) {
        try {
            JsonNode e = JSON.readTree(body).get("error");
            if (e != null && e.hasNonNull("code")) return " " + e.get("code").asText() + ": " + e.path("message").asText();
        } catch (IOException | RuntimeException notJson) {
            // Not our server, or a proxy's page: the status alone says it.
        }
        return "";
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> r) {
        return r.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                long s = Long.parseLong(v.trim());
                return s >= 0 ? Optional.of(Duration.ofSeconds(s)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();   // an HTTP date: our server never sends one
            }
        });
    }
}
