package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.ledger.ApiToken;
import io.wattprint.ledger.Ledger;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS from PEM files: a self-signed certificate made in the test by the JDK's own keytool, exported to PEM with
 * java.security, and a client that trusts exactly that certificate.
 */
class TlsTest {
    private static final char[] PASS = "changeit".toCharArray();

    @TempDir
    Path dir;

    private Path cert;
    private Path key;
    private KeyStore made;

    @BeforeEach
    void selfSignedCertificate() throws Exception {
        made = keytool("server", "RSA");
        cert = dir.resolve("server.crt");
        key = dir.resolve("server.key");
        Files.writeString(cert, pem("CERTIFICATE", made.getCertificate("server").getEncoded()));
        Files.writeString(key, pem("PRIVATE KEY", made.getKey("server", PASS).getEncoded()));
    }

    @Test
    void theServerAnswersHttpsWithTheGivenCertificate() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("ledger.db").toString())) {
            String read = ledger.tokens().create(ApiToken.Scope.READ, null, null, null, Instant.now(), null).secret();
            ServerConfig config = ServerConfig.defaults().withPort(0).withTls(TlsIdentity.fromPem(cert, key));
            WattprintServer server = WattprintServer.start(ledger, config, List.of(), null);
            try {
                assertThat(server.url()).startsWith("https://127.0.0.1:");
                HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(made.getCertificate("server")))
                        .connectTimeout(Duration.ofSeconds(5)).build();
                HttpResponse<String> health = trusting.send(HttpRequest.newBuilder(URI.create(server.url() + "/healthz")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
                HttpResponse<String> run = trusting.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/runs/x"))
                        .header("Authorization", "Bearer " + read).build(), HttpResponse.BodyHandlers.ofString());
                ErrorBodies.assertError(run, 404, "not_found");

                HttpClient defaultTrust = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                assertThatThrownBy(() -> defaultTrust.send(HttpRequest.newBuilder(URI.create(server.url() + "/healthz")).build(),
                        HttpResponse.BodyHandlers.ofString())).as("a self-signed certificate is not trusted by default")
                        .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
                String plain = "http://127.0.0.1:" + server.port() + "/healthz";
                HttpResponse<String> overHttp = null;
                try {
                    overHttp = defaultTrust.send(HttpRequest.newBuilder(URI.create(plain)).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException refused) {
                    // the TLS port does not speak plain HTTP: refusing is the answer
                }
                if (overHttp != null) assertThat(overHttp.statusCode()).as("plain HTTP is not served").isNotEqualTo(200);
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void anEcKeyWorksToo() throws Exception {
        KeyStore ec = keytool("ec", "EC");
        Path c = dir.resolve("ec.crt");
        Path k = dir.resolve("ec.key");
        Files.writeString(c, pem("CERTIFICATE", ec.getCertificate("ec").getEncoded()));
        Files.writeString(k, pem("PRIVATE KEY", ec.getKey("ec", PASS).getEncoded()));
        TlsIdentity id = TlsIdentity.fromPem(c, k);
        assertThat(id.keyStore().getKey(TlsIdentity.ALIAS, id.password()).getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void aKeyOfAnotherCertificateIsRefusedNamingTlsKey() throws Exception {
        KeyStore other = keytool("other", "RSA");
        Path otherKey = dir.resolve("other.key");
        Files.writeString(otherKey, pem("PRIVATE KEY", other.getKey("other", PASS).getEncoded()));
        assertThatThrownBy(() -> TlsIdentity.fromPem(cert, otherKey)).isInstanceOf(TlsIdentity.Invalid.class)
                .hasMessageContaining("is not the private key of the certificate in")
                .satisfies(e -> assertThat(((TlsIdentity.Invalid) e).option()).isEqualTo("--tls-key"));
    }

    @Test
    void filesThatAreNotPemAreRefusedNamingTheOption() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pem"), "not a pem file\n");
        assertThatThrownBy(() -> TlsIdentity.fromPem(junk, key)).isInstanceOf(TlsIdentity.Invalid.class)
                .satisfies(e -> assertThat(((TlsIdentity.Invalid) e).option()).isEqualTo("--tls-cert"))
                .hasMessageContaining("junk.pem");
        assertThatThrownBy(() -> TlsIdentity.fromPem(cert, junk)).isInstanceOf(TlsIdentity.Invalid.class)
                .satisfies(e -> assertThat(((TlsIdentity.Invalid) e).option()).isEqualTo("--tls-key"))
                .hasMessageContaining("-----BEGIN PRIVATE KEY-----");
        Path pkcs1 = Files.writeString(dir.resolve("rsa.pem"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        assertThatThrownBy(() -> TlsIdentity.fromPem(cert, pkcs1)).hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
        assertThatThrownBy(() -> TlsIdentity.fromPem(dir.resolve("missing.crt"), key)).hasMessageContaining("cannot read");
    }

    /** A key pair and self-signed certificate made by the keytool of the JDK running the test, in a PKCS#12 file. */
    private KeyStore keytool(String alias, String algorithm) throws Exception {
        Path store = dir.resolve(alias + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", alias, "-keyalg", algorithm,
                "-keysize", algorithm.equals("EC") ? "256" : "2048", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", new String(PASS),
                "-keypass", new String(PASS)).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, PASS);
        }
        return ks;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static SSLContext trusting(Certificate cert) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
