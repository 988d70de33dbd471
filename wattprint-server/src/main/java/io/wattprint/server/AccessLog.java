package io.wattprint.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Flushable;
import java.io.IOException;
import java.time.Instant;

/**
 * One JSON line per request: {@code {"time":…,"method":"GET","path":"/api/v1/runs/…","route":"/api/v1/runs/{id}",
 * "status":200,"duration_ms":1.234,"token":"3f9a0c…"}}. The path is written without its query string (a client may
 * put a secret there); {@code token} is the token's public id, never its secret, and absent when none was accepted.
 */
final class AccessLog {
    /** Made on the first request logged, not at start-up. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Appendable out;

    AccessLog(Appendable out) { this.out = out; }

    void write(Instant time, String method, String path, String route, int status, float durationMs, String tokenId) {
        ObjectNode n = Mapper.MAPPER.createObjectNode();
        n.put("time", time.toString());
        n.put("method", method);
        n.put("path", path);
        n.put("route", route);
        n.put("status", status);
        n.put("duration_ms", durationMs);
        if (tokenId != null) n.put("token", tokenId);
        String line = n.toString() + "\n";
        synchronized (out) {
            try {
                out.append(line);
                if (out instanceof Flushable f) f.flush();
            } catch (IOException e) {
                // An access log that cannot be written does not stop the server from answering.
            }
        }
    }
}
