package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wattprint serve with options it cannot take: a clear message naming the option, exit 2 (or 1), no stack trace. */
class ServeCommandNegativeTest {
    @TempDir
    Path home;

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertError(new CliHarness(home).run("serve", "--port", "70000"), 2,
                "invalid value for --port: '70000' (expected a TCP port from 1 to 65535, or 0 for a free one)");
        assertError(new CliHarness(home).run("serve", "--port", "http"), 2, "invalid value for --port: 'http'");
    }

    @Test
    void aBadMaxBodyIsAUsageError() {
        assertError(new CliHarness(home).run("serve", "--max-body", "lots"), 2,
                "invalid value for --max-body: 'lots' (expected a size such as 512KiB, 16MiB, 1GiB or a number of bytes)");
        assertError(new CliHarness(home).run("serve", "--max-body", "0"), 2, "invalid value for --max-body: '0' (must be between");
        assertError(new CliHarness(home).run("serve", "--max-body", "3GiB"), 2, "invalid value for --max-body: '3GiB' (must be between");
    }

    @Test
    void aPortInUseIsARunTimeFailureNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertError(new CliHarness(home).run("serve", "--port", Integer.toString(port)), 1,
                    "cannot listen on 127.0.0.1:" + port + ": ");
        }
    }

    @Test
    void anAddressThatCannotBeBoundIsARunTimeFailure() {
        assertError(new CliHarness(home).run("serve", "--port", "0", "--bind", "203.0.113.7"), 1, "cannot listen on 203.0.113.7:0: ");
    }

    @Test
    void anEmptyBindIsAUsageError() {
        assertError(new CliHarness(home).run("serve", "--bind", " "), 2, "invalid value for --bind: '' (expected an address such as");
    }

    @Test
    void anAccessLogThatCannotBeWrittenIsAFailure() {
        assertError(new CliHarness(home).run("serve", "--port", "0", "--access-log", home.resolve("no/such/dir/access.log").toString()), 1,
                "cannot write the access log ");
    }

    @Test
    void aBadRateLimitIsAUsageErrorNamingTheOption() {
        for (String bad : new String[] {"fast", "50", "-5/s", "50/h", "0.0/s"}) {
            assertError(new CliHarness(home).run("serve", "--port", "0", "--rate-limit", bad), 2,
                    "invalid value for --rate-limit: '" + bad + "' (expected requests per token such as 50/s or 600/min, or 0 for no limit)");
        }
    }

    @Test
    void aBadRateBurstIsAUsageErrorNamingTheOption() {
        for (String bad : new String[] {"0", "many", "-1", "1000001"}) {
            assertError(new CliHarness(home).run("serve", "--port", "0", "--rate-burst", bad), 2,
                    "invalid value for --rate-burst: '" + bad + "' (expected a whole number of requests from 1 to 1000000)");
        }
        assertError(new CliHarness(home).run("serve", "--port", "0", "--rate-limit", "0", "--rate-burst", "10"), 2,
                "--rate-burst needs a --rate-limit above 0");
    }

    @Test
    void aBadCorsOriginIsAUsageErrorNamingTheOption() {
        for (String bad : new String[] {"*", "dash.example.org", "https://dash.example.org/", "https://dash.example.org/app",
                "ftp://dash.example.org", "https://user@dash.example.org", "https://"}) {
            assertError(new CliHarness(home).run("serve", "--port", "0", "--cors-origin", bad), 2,
                    "invalid value for --cors-origin: '" + bad + "' (expected an origin such as https://dash.example.org");
        }
    }

    @Test
    void oneTlsFileWithoutTheOtherIsAUsageError() {
        assertError(new CliHarness(home).run("serve", "--port", "0", "--tls-cert", home.resolve("a.crt").toString()), 2,
                "--tls-cert and --tls-key go together");
        assertError(new CliHarness(home).run("serve", "--port", "0", "--tls-key", home.resolve("a.key").toString()), 2,
                "--tls-cert and --tls-key go together");
    }

    @Test
    void tlsFilesThatCannotBeUsedAreUsageErrorsNamingTheOption() throws Exception {
        Path junk = java.nio.file.Files.writeString(home.resolve("junk.pem"), "not pem\n");
        assertError(new CliHarness(home).run("serve", "--port", "0", "--tls-cert", home.resolve("missing.crt").toString(),
                "--tls-key", junk.toString()), 2, "invalid value for --tls-cert: cannot read ");
        assertError(new CliHarness(home).run("serve", "--port", "0", "--tls-cert", junk.toString(), "--tls-key", junk.toString()), 2,
                "invalid value for --tls-cert: " + junk + " is not an X.509 certificate");
    }

    private static void assertError(CliHarness.Result r, int code, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.err()).as(r.toString()).contains("wattprint: " + message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).as("no ready line").doesNotContain("listening on");
    }
}
