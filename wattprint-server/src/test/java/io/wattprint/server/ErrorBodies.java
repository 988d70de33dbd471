package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;

/** Checks on the JSON error bodies: the documented shape, the code, and no trace of a stack trace. */
final class ErrorBodies {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ErrorBodies() {}

    static JsonNode assertError(HttpResponse<String> r, int status, String code) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = MAPPER.readTree(r.body());
        assertThat(body.fieldNames()).toIterable().containsExactly("error");
        assertThat(body.get("error").fieldNames()).toIterable().containsExactly("code", "message");
        assertThat(body.get("error").get("code").asText()).isEqualTo(code);
        assertThat(body.get("error").get("message").asText()).isNotBlank();
        assertNoStackTrace(r.body());
        return body;
    }

    static void assertNoStackTrace(String text) {
        assertThat(text).doesNotContainPattern("\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$]+)+\\(").doesNotContain("Exception")
                .doesNotContain(".java:");
    }
}
