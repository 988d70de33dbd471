package io.wattprint.cli.serve;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.ledger.Ledger;
import io.wattprint.server.CodeCarbonRoutes;
import io.wattprint.server.RateLimit;
import io.wattprint.server.ServerConfig;
import io.wattprint.server.ServerStartException;
import io.wattprint.server.TlsIdentity;
import io.wattprint.server.WattprintServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wattprint serve}: the HTTP server over the ledger, until SIGTERM or Ctrl-C. It prints one line on stdout when
 * it accepts connections ({@code wattprint serve: listening on http://127.0.0.1:8480 (ledger sqlite …)}), which scripts
 * and tests wait for; on a signal it stops gracefully (see {@link WattprintServer#stop()}) and exits 128 + the signal.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Serve the ledger over HTTP: health (/healthz, /readyz), Prometheus /metrics and the v1 API for API tokens "
                    + "(wattprint tokens create). Runs until SIGTERM or Ctrl-C, then lets requests in flight finish (up to 10 s).",
            "Prints 'wattprint serve: listening on URL (ledger …)' on stdout once it accepts connections. See docs/SERVER.md."
        })
public final class ServeCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)");
    /** Bodies of more than 2 GiB cannot be read into one array, and no route of the server wants them. */
    private static final long MAX_BODY_LIMIT = 2L * 1024 * 1024 * 1024 - 1;

    private final Cli cli;

    @Mixin
    LedgerOption ledgerOption;
    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String bind;
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8480",
            description = "TCP port (default: ${DEFAULT-VALUE}); 0 picks a free one, which the ready line names.")
    String port;
    @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "16MiB",
            description = "Largest request body accepted, e.g. 512KiB, 16MiB, 1GiB or a number of bytes (default: ${DEFAULT-VALUE}); "
                    + "a larger one is answered 413.")
    String maxBody;
    @Option(names = "--access-log", paramLabel = "PATH|-",
            description = "Write one JSON line per request (time, method, path without query, route, status, duration_ms, token id) "
                    + "to PATH (appended) or, with -, to stderr. Default: no access log.")
    String accessLog;
    @Option(names = "--rate-limit", paramLabel = "N/s|N/min|0", defaultValue = "50/s",
            description = "Requests each API token may make, sustained (default: ${DEFAULT-VALUE}); more are answered 429 with "
                    + "Retry-After. 0 or off: no limit. Health, readiness and /metrics are never limited.")
    String rateLimit;
    @Option(names = "--rate-burst", paramLabel = "N",
            description = "Requests a token may make at once after being idle (default: twice the per-second rate, at least 1; "
                    + "100 with the default rate).")
    String rateBurst;
    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Let browser pages of this origin (https://dash.example.org, scheme://host[:port]) call the API; "
                    + "repeatable. Default: none, no CORS header is sent.")
    List<String> corsOrigins;
    @Option(names = "--tls-cert", paramLabel = "PEM",
            description = "Serve HTTPS with this certificate (PEM, the server's first, then its chain); needs --tls-key.")
    String tlsCert;
    @Option(names = "--tls-key", paramLabel = "PEM",
            description = "The certificate's private key: unencrypted PKCS#8 PEM (-----BEGIN PRIVATE KEY-----); needs --tls-cert.")
    String tlsKey;

    ServeCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        int p = parsePort(port);
        long limit = parseSize("--max-body", maxBody);
        if (bind == null || bind.isBlank()) throw UserException.usage("invalid value for --bind: '' (expected an address such as 127.0.0.1 or 0.0.0.0)");
        RateLimit rate = parseRateLimit(rateLimit, rateBurst);
        List<String> origins = new ArrayList<>();
        if (corsOrigins != null) for (String o : corsOrigins) origins.add(parseOrigin(o));
        TlsIdentity tls = tls(tlsCert, tlsKey);
        Writer fileLog = null;
        Appendable log = null;
        if (accessLog != null) {
            if (accessLog.equals("-")) {
                log = cli.err();
            } else {
                fileLog = openLog(accessLog);
                log = fileLog;
            }
        }
        ServerConfig config = ServerConfig.defaults().withBind(bind.strip()).withPort(p).withMaxBody(limit).withAccessLog(log)
                .withClock(cli.clock()).withRateLimit(rate).withCorsOrigins(origins).withTls(tls);
        Ledger ledger = cli.openLedger(ledgerOption.db);
        WattprintServer server;
        PrintStream diagnostics = new PrintStream(new WriterStream(cli.err()), true, StandardCharsets.UTF_8);
        try {
            // Route groups beyond the built-in ones (health, readiness, metrics, GET /api/v1/runs/{id}) are passed here.
            server = WattprintServer.start(ledger, config, List.of(new CodeCarbonRoutes(cli.clock())), diagnostics);
        } catch (ServerStartException e) {
            ledger.close();
            closeQuietly(fileLog);
            throw UserException.failure(e.getMessage() + " (choose another --port or --bind)");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.stop();
            cli.err().println("wattprint serve: stopped");
            cli.err().flush();
            stopped.countDown();
        }, "wattprint-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        cli.out().println("wattprint serve: listening on " + server.url() + " (ledger " + ledger.describe() + ")");
        cli.out().flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Interrupted in-process (a test, an embedding program): stop as a signal would.
            Thread.currentThread().interrupt();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running
            }
            server.stop();
        } finally {
            closeQuietly(fileLog);
        }
        return 0;
    }

    static int parsePort(String text) {
        try {
            int p = Integer.parseInt(text.strip());
            if (p >= 0 && p <= 65_535) return p;
        } catch (NumberFormatException e) {
            // the message below
        }
        throw UserException.usage("invalid value for --port: '" + text + "' (expected a TCP port from 1 to 65535, or 0 for a free one)");
    }

    private static final Pattern RATE = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,6})?)\\s*/\\s*(s|sec|second|min|minute)");

    /**
     * The rate limit of {@code --rate-limit} ({@code 50/s}, {@code 600/min}, {@code 0} or {@code off}) and
     * {@code --rate-burst} (a whole number from 1; default twice the per-second rate, at least 1).
     */
    static RateLimit parseRateLimit(String text, String burstText) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("0") || t.equals("off") || t.equals("0/s") || t.equals("0/min")) {
            if (burstText != null) throw UserException.usage("--rate-burst needs a --rate-limit above 0 (the limit is off)");
            return RateLimit.OFF;
        }
        Matcher m = RATE.matcher(t);
        if (!m.matches()) {
            throw UserException.usage("invalid value for --rate-limit: '" + text + "' (expected requests per token such as 50/s or "
                    + "600/min, or 0 for no limit)");
        }
        double perSecond = Double.parseDouble(m.group(1)) / (m.group(2).startsWith("m") ? 60.0 : 1.0);
        if (perSecond <= 0) {
            throw UserException.usage("invalid value for --rate-limit: '" + text + "' (expected requests per token such as 50/s or "
                    + "600/min, or 0 for no limit)");
        }
        int burst;
        if (burstText == null) {
            burst = (int) Math.max(1, Math.min(1_000_000, Math.ceil(2 * perSecond)));
        } else {
            try {
                burst = Integer.parseInt(burstText.strip());
            } catch (NumberFormatException e) {
                burst = 0;
            }
            if (burst < 1 || burst > 1_000_000) {
                throw UserException.usage("invalid value for --rate-burst: '" + burstText + "' (expected a whole number of requests "
                        + "from 1 to 1000000)");
            }
        }
        return new RateLimit(perSecond, burst);
    }

    /** The HTTPS identity of {@code --tls-cert} and {@code --tls-key} (both or neither), or null for plain HTTP. */
    static TlsIdentity tls(String cert, String key) {
        if (cert == null && key == null) return null;
        if (cert == null || key == null) {
            throw UserException.usage("--tls-cert and --tls-key go together: give both (the certificate and its private key, PEM) "
                    + "or neither (plain HTTP)");
        }
        try {
            return TlsIdentity.fromPem(Path.of(cert.strip()), Path.of(key.strip()));
        } catch (InvalidPathException e) {
            throw UserException.usage("invalid value for --tls-cert/--tls-key: " + e.getMessage());
        } catch (TlsIdentity.Invalid e) {
            throw UserException.usage("invalid value for " + e.option() + ": " + e.getMessage());
        }
    }

    /** An origin of {@code --cors-origin}: {@code http} or {@code https}, a host, an optional port, nothing else. */
    static String parseOrigin(String text) {
        String expected = "' (expected an origin such as https://dash.example.org or http://localhost:3000: scheme, host and "
                + "optional port, no path; * is not allowed)";
        String t = text.strip();
        try {
            URI u = new URI(t);
            boolean ok = u.getScheme() != null && (u.getScheme().equals("http") || u.getScheme().equals("https"))
                    && u.getHost() != null && u.getRawUserInfo() == null && (u.getRawPath() == null || u.getRawPath().isEmpty())
                    && u.getRawQuery() == null && u.getRawFragment() == null;
            if (ok) return t;
        } catch (URISyntaxException e) {
            // the message below
        }
        throw UserException.usage("invalid value for --cors-origin: '" + text + expected);
    }

    /** A size in bytes: a number, optionally with b, KiB/k/kb, MiB/m/mb, GiB/g/gb (all powers of 1024). */
    static long parseSize(String option, String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            long unit = switch (m.group(2)) {
                case "k", "kb", "kib" -> 1024L;
                case "m", "mb", "mib" -> 1024L * 1024;
                case "g", "gb", "gib" -> 1024L * 1024 * 1024;
                default -> 1L;
            };
            if (n > 0 && n <= MAX_BODY_LIMIT / unit && n * unit <= MAX_BODY_LIMIT) return n * unit;
            throw UserException.usage("invalid value for " + option + ": '" + text + "' (must be between 1 byte and 2GiB - 1)");
        }
        throw UserException.usage("invalid value for " + option + ": '" + text + "' (expected a size such as 512KiB, 16MiB, 1GiB "
                + "or a number of bytes)");
    }

    private static Writer openLog(String path) {
        try {
            Path p = Path.of(path);
            return Files.newBufferedWriter(p, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (InvalidPathException | IOException e) {
            throw UserException.failure("cannot write the access log " + path + ": " + e.getMessage());
        }
    }

    private static void closeQuietly(Writer w) {
        if (w == null) return;
        try {
            w.close();
        } catch (IOException e) {
            // the log is best effort; the server has stopped already
        }
    }

    /** The CLI's error writer as a stream, for the server's diagnostics. */
    private static final class WriterStream extends java.io.OutputStream {
        private final java.io.PrintWriter w;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        WriterStream(java.io.PrintWriter w) { this.w = w; }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') flush();
        }

        @Override
        public synchronized void flush() {
            w.print(line.toString(StandardCharsets.UTF_8));
            w.flush();
            line.reset();
        }
    }
}
