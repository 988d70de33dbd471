package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.cli.main.Main;
import io.wattprint.run.Environment;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code wattprint serve} JVM with the hardening options: {@code --tls-cert/--tls-key} (a self-signed
 * certificate the JDK's keytool makes here), {@code --rate-limit 1/min --rate-burst 2} and {@code --cors-origin}: the
 * ready line names an https URL, the third request of a token is 429 with Retry-After, the named origin's preflight is
 * answered and another's is not.
 */
class ServeHardeningTest {
    private static final Pattern READY = Pattern.compile("wattprint serve: listening on (https://127\\.0\\.0\\.1:\\d+) \\(ledger sqlite .+\\)");
    private static final String PASS = "changeit";

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theOptionsReachTheServer() throws Exception {
        Path home = tmp.resolve(".wattprint");
        KeyStore made = selfSigned();
        Path cert = Files.writeString(tmp.resolve("server.crt"), pem("CERTIFICATE", made.getCertificate("server").getEncoded()));
        Path key = Files.writeString(tmp.resolve("server.key"), pem("PRIVATE KEY", made.getKey("server", PASS.toCharArray()).getEncoded()));
        String token = new CliHarness(tmp).run("tokens", "create", "--scope", "read").out().strip();
        Path stderr = tmp.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--tls-cert", cert.toString(), "--tls-key", key.toString(), "--rate-limit", "1/min",
                "--rate-burst", "2", "--cors-origin", "https://dash.example.org")).redirectError(stderr.toFile());
        pb.environment().put(Environment.HOME_VAR, home.toString());
        pb.environment().remove("WATTPRINT_DB");
        Process serve = pb.start();
        try {
            String line = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8)).readLine();
            Matcher m = READY.matcher(String.valueOf(line));
            assertThat(m.matches()).as(line + "\n" + Files.readString(stderr)).isTrue();
            String url = m.group(1);
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(made)).connectTimeout(Duration.ofSeconds(5)).build();

            long first = System.nanoTime();
            for (int i = 0; i < 2; i++) assertThat(get(https, url + "/api/v1/runs/none", token).statusCode()).isEqualTo(404);
            HttpResponse<String> limited = get(https, url + "/api/v1/runs/none", token);
            long elapsedS = (System.nanoTime() - first + 999_999_999L) / 1_000_000_000L;
            assertThat(limited.statusCode()).as(limited.body()).isEqualTo(429);
            assertThat(limited.body()).contains("\"code\":\"rate_limited\"");
            // One request a minute, the bucket emptied by the first two: the next token is 60 s after the first request,
            // less the time the three requests took (seconds on a loaded machine, where a fixed 60 failed).
            int retryAfter = Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween((int) Math.max(1, 60 - elapsedS - 1), 60);

            HttpResponse<String> pre = https.send(preflight(url, "https://dash.example.org"), HttpResponse.BodyHandlers.ofString());
            assertThat(pre.statusCode()).isEqualTo(204);
            assertThat(pre.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://dash.example.org");
            HttpResponse<String> other = https.send(preflight(url, "https://other.example.org"), HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).isEqualTo(403);
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
            serve.destroyForcibly();
        }
    }

    private static HttpResponse<String> get(HttpClient c, String url, String token) throws Exception {
        return c.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest preflight(String url, String origin) {
        return HttpRequest.newBuilder(URI.create(url + "/api/v1/runs/x")).header("Origin", origin)
                .header("Access-Control-Request-Method", "GET").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
    }

    private KeyStore selfSigned() throws Exception {
        Path store = tmp.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", PASS, "-keypass", PASS).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, PASS.toCharArray());
        }
        return ks;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static SSLContext trusting(KeyStore made) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", made.getCertificate("server"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
