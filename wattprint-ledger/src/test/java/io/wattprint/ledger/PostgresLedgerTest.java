package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.testkit.EmbeddedPg;
import java.net.ServerSocket;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Opening a PostgreSQL ledger: the description, and the ways opening it can fail. */
class PostgresLedgerTest {
    private static final int LATEST = new Migrator(Dialect.POSTGRESQL).latest();

    @Test
    void theDescriptionMasksThePassword() throws Exception {
        String url = EmbeddedPg.freshDatabaseUrl();

        try (Ledger ledger = Ledger.open(url)) {
            assertThat(ledger.describe()).isEqualTo("postgresql " + url.replace("password=secret", "password=***"));
            assertThat(ledger.schemaVersion()).isEqualTo(LATEST);
        }
    }

    @Test
    void serversOpeningANewDatabaseAtOnceMigrateItOnce() throws Exception {
        String url = EmbeddedPg.freshDatabaseUrl();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> opened = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                opened.add(pool.submit(() -> {
                    try (Ledger ledger = Ledger.open(url)) {
                        return ledger.schemaVersion();
                    }
                }));
            }
            for (Future<Integer> f : opened) assertThat(f.get()).isEqualTo(LATEST);
        } finally {
            pool.shutdownNow();
        }
        try (Ledger ledger = Ledger.open(url);
             Statement s = ledger.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrator.shipped(Dialect.POSTGRESQL).size());
        }
    }

    @Test
    void anUnreachableServerIsNamedWithThePasswordMasked() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/wattprint?user=wp&password=hunter2";

        assertThatThrownBy(() -> Ledger.open(url))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("cannot open ledger jdbc:postgresql://127.0.0.1:" + closedPort
                        + "/wattprint?user=wp&password=***: cannot reach the PostgreSQL server (")
                .hasMessageEndingWith("check that it is running and that host, port and database in --db/WATTPRINT_DB are right")
                .message().doesNotContain("hunter2");
    }

    @Test
    void aMissingDatabaseIsNamed() {
        String url = "jdbc:postgresql://localhost:" + EmbeddedPg.port() + "/no_such_db?user=postgres";

        assertThatThrownBy(() -> Ledger.open(url))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("cannot open ledger " + url + ": the database does not exist (")
                .hasMessageEndingWith("create it first (createdb) or fix the URL");
    }

    @Test
    void aConnectionTheServerDroppedIsOpenedAgainAndTheWriteLands() throws Exception {
        String url = EmbeddedPg.freshDatabaseUrl();
        try (Ledger ledger = Ledger.open(url)) {
            ledger.runs().insertRun(Fixtures.run("00000000-0000-0000-0000-000000000001", Fixtures.T0));
            dropEveryConnection(url);

            ledger.intervals().append("00000000-0000-0000-0000-000000000001",
                    List.of(Fixtures.interval(io.wattprint.core.model.Component.gpu("0"), 0, 10.0)));
            assertThat(ledger.runs().closeRun("00000000-0000-0000-0000-000000000001", Fixtures.T0.plusSeconds(1),
                    io.wattprint.core.model.RunStatus.FAILED, 4)).isTrue();
        }
        try (Ledger again = Ledger.open(url)) {
            RunRecord r = again.runs().find("00000000-0000-0000-0000-000000000001").orElseThrow();
            assertThat(r.run().exitCode()).isEqualTo(4);
            assertThat(again.intervals().count("00000000-0000-0000-0000-000000000001")).isEqualTo(1);
        }
    }

    @Test
    void aReadAfterTheServerDroppedTheConnectionIsAnsweredToo() throws Exception {
        String url = EmbeddedPg.freshDatabaseUrl();
        try (Ledger ledger = Ledger.open(url)) {
            ledger.runs().insertRun(Fixtures.run("00000000-0000-0000-0000-000000000002", Fixtures.T0));
            dropEveryConnection(url);

            assertThat(ledger.runs().find("00000000-0000-0000-0000-000000000002")).isPresent();
        }
    }

    /**
     * A real restart: the server stops while a write is under way (the write waits, retrying), then starts again
     * on the same port and data; the write lands and the run closes with its exit code.
     */
    @Test
    @org.junit.jupiter.api.Timeout(300)
    void aWriteWhileTheServerRestartsWaitsForItAndLands() throws Exception {
        try (io.wattprint.testkit.RestartablePg pg = io.wattprint.testkit.RestartablePg.start();
             Ledger ledger = Ledger.open(pg.url())) {
            String id = "00000000-0000-0000-0000-000000000003";
            ledger.runs().insertRun(Fixtures.run(id, Fixtures.T0));
            pg.stop();

            java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    ledger.intervals().append(id, List.of(Fixtures.interval(io.wattprint.core.model.Component.gpu("0"), 0, 10.0)));
                    ledger.runs().closeRun(id, Fixtures.T0.plusSeconds(1), io.wattprint.core.model.RunStatus.FAILED, 4);
                } catch (Throwable t) {
                    failed.set(t);
                }
            }, "writer");
            writer.start();
            // The writer found the server gone and waits to retry (its backoff sleep), or already gave up.
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
            while (writer.getState() != Thread.State.TIMED_WAITING && writer.isAlive()) {
                assertThat(System.nanoTime()).as("the writer waits for the server").isLessThan(deadline);
                writer.join(10);
            }
            pg.restart();
            writer.join(java.time.Duration.ofSeconds(240).toMillis());

            assertThat(writer.isAlive()).isFalse();
            assertThat(failed.get()).isNull();
            RunRecord r = ledger.runs().find(id).orElseThrow();
            assertThat(r.run().exitCode()).isEqualTo(4);
            assertThat(ledger.intervals().count(id)).isEqualTo(1);
        }
    }

    /** What a server restart does to every open connection of the database at {@code url}. */
    private static void dropEveryConnection(String url) throws java.sql.SQLException {
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(url);
             java.sql.Statement st = admin.createStatement()) {
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND pid <> pg_backend_pid()");
        }
    }
}
