package io.wattprint.cli.serve;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.ledger.Ledger;
import io.wattprint.server.CodeCarbonRoutes;
import io.wattprint.server.ServerConfig;
import io.wattprint.server.ServerStartException;
import io.wattprint.server.WattprintServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    ServeCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        int p = parsePort(port);
        long limit = parseSize("--max-body", maxBody);
        if (bind == null || bind.isBlank()) throw UserException.usage("invalid value for --bind: '' (expected an address such as 127.0.0.1 or 0.0.0.0)");
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
                .withClock(cli.clock());
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
