package io.wattprint.ledger;

import static io.wattprint.ledger.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.RunStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many writers on one SQLite file, each with a ledger (a connection) of its own, as many wattprint
 * processes are: every write lands exactly once and none fails because another holds the lock.
 */
class SqliteConcurrentWritersTest {
    static final int WRITERS = 48;
    static final int APPENDS = 6;

    @TempDir
    Path dir;

    @Test
    void aWriteWaitsLongerThanTheBusyTimeoutForAnotherProcessesLockAndThenLands() throws Exception {
        String file = dir.resolve("ledger.db").toString();
        Ledger.open(file).close();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (java.sql.Connection holder = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = holder.createStatement();
             Ledger ledger = Ledger.open(file)) {
            st.execute("BEGIN IMMEDIATE");   // another process holds the write lock
            Future<String> write = pool.submit(() -> ledger.runs().insertRun(Fixtures.run("r1", T0)));

            // Past SQLite's own busy timeout the write is still waiting, not failed.
            assertThatThrownBy(() -> write.get(Connector.BUSY_TIMEOUT_MS + 1_500, TimeUnit.MILLISECONDS))
                    .isInstanceOf(java.util.concurrent.TimeoutException.class);
            st.execute("COMMIT");

            assertThat(write.get(1, TimeUnit.MINUTES)).isEqualTo("r1");
            assertThat(ledger.runs().find("r1")).isPresent();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void openingANewLedgerWaitsLongerThanTheBusyTimeoutForAnotherProcessCreatingIt() throws Exception {
        // A ledger file another process has just created, still in rollback-journal mode and locked exclusively
        // (as a first wattprint holds it while turning on WAL and migrating): opening it waits, then lands.
        String file = dir.resolve("ledger.db").toString();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (java.sql.Connection creator = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = creator.createStatement()) {
            st.execute("CREATE TABLE creating (x INTEGER)");
            st.execute("BEGIN EXCLUSIVE");
            Future<Ledger> opening = pool.submit(() -> Ledger.open(file));

            assertThatThrownBy(() -> opening.get(Connector.BUSY_TIMEOUT_MS + 1_500, TimeUnit.MILLISECONDS))
                    .isInstanceOf(java.util.concurrent.TimeoutException.class);
            st.execute("COMMIT");

            try (Ledger opened = opening.get(1, TimeUnit.MINUTES)) {
                assertThat(opened.runs().insertRun(Fixtures.run("r1", T0))).isEqualTo("r1");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRunRowGivenAShortPatienceGivesUpWithinItAndStoresNothing() throws Exception {
        String file = dir.resolve("ledger.db").toString();
        Ledger.open(file).close();
        try (java.sql.Connection holder = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = holder.createStatement();
             Ledger ledger = Ledger.open(file)) {
            st.execute("BEGIN IMMEDIATE");   // another process holds the write lock
            long t0 = System.nanoTime();

            assertThatThrownBy(() -> ledger.runs().insertRunStartingAt(Fixtures.run("r1", T0), () -> T0,
                    java.time.Duration.ofMillis(300)))
                    .isInstanceOf(LedgerBusyException.class)
                    .hasMessageContaining("the ledger stayed locked by other processes for 300 ms");
            // One try's own busy timeout (10 s) did not apply: the patience bounds every try.
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(Connector.BUSY_TIMEOUT_MS);
            st.execute("COMMIT");

            assertThat(ledger.runs().find("r1")).isEmpty();
            assertThat(ledger.runs().insertRunStartingAt(Fixtures.run("r1", T0), () -> T0).id()).isEqualTo("r1");
            assertThat(ledger.runs().find("r1")).isPresent();
        }
    }

    @Test
    void everyWriterStoresItsRunWhenManyWriteAtOnce() throws Exception {
        String file = dir.resolve("ledger.db").toString();
        Ledger.open(file).close();   // migrated once; the race under test is the writes
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                String id = String.format("00000000-0000-0000-0000-%012d", w);
                done.add(pool.submit(() -> {
                    go.await();
                    try (Ledger ledger = Ledger.open(file)) {
                        ledger.runs().insertRun(Fixtures.run(id, T0));
                        for (int a = 0; a < APPENDS; a++) {
                            ledger.intervals().append(id, List.of(Fixtures.interval(Component.gpu("0"), a, 10.0),
                                    Fixtures.interval(Component.DRAM, a, 1.0)));
                        }
                        ledger.runs().closeRun(id, T0.plusSeconds(APPENDS), RunStatus.SUCCEEDED, 7);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) f.get(5, TimeUnit.MINUTES);   // rethrows a writer's failure
        } finally {
            pool.shutdownNow();
        }

        try (Ledger ledger = Ledger.open(file)) {
            List<RunRecord> runs = ledger.runs().list(RunQuery.all());
            assertThat(runs).hasSize(WRITERS);
            assertThat(runs).allSatisfy(r -> {
                assertThat(r.run().status()).isEqualTo(RunStatus.SUCCEEDED);
                assertThat(r.run().exitCode()).isEqualTo(7);
                assertThat(ledger.intervals().count(r.run().id())).isEqualTo(2L * APPENDS);
            });
        }
    }
}
