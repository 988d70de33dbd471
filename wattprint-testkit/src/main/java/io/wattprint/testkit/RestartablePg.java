package io.wattprint.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server of its own that a test can stop and start again, on the same port and data directory:
 * a real restart (pg_ctl stop -m fast, then a new postmaster), as an upgrade or a failover does to clients.
 * Separate from {@link EmbeddedPg}'s shared server, which other tests use meanwhile. Close it when done.
 */
public final class RestartablePg implements AutoCloseable {
    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private RestartablePg(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Starts a new server with one database, {@code ledger}; aborts the test where PostgreSQL cannot run (see EmbeddedPg). */
    public static RestartablePg start() throws IOException, SQLException {
        EmbeddedPg.port();   // aborts the calling test with EmbeddedPg's banner where PostgreSQL cannot run here
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        RestartablePg pg = new RestartablePg(Files.createTempDirectory("wattprint-pg-restart"), port);
        pg.startServer();
        try (Connection c = pg.server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE ledger");
        }
        return pg;
    }

    /** URL of the {@code ledger} database. */
    public String url() { return "jdbc:postgresql://localhost:" + port + "/ledger?user=postgres"; }

    /** Stops the server (open connections are cut, as a restart cuts them); the data stays. */
    public synchronized void stop() throws IOException {
        if (server != null) server.close();
        server = null;
    }

    /** Starts the server again on the same port and data directory. */
    public synchronized void restart() throws IOException {
        if (server == null) startServer();
    }

    private void startServer() throws IOException {
        server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "off")
                .start();
    }

    @Override
    public synchronized void close() throws IOException {
        stop();
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
