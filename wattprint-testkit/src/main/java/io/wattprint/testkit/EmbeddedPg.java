package io.wattprint.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * One embedded PostgreSQL (zonky: a real PostgreSQL 14 binary from Maven Central) for the
 * whole test JVM; every test gets a database of its own.
 *
 * <p><b>Running as root.</b> {@code initdb} and {@code postgres} refuse to run as uid 0, and
 * this machine and CI run as root. zonky handles it: when the JVM's uid is 0 and
 * {@code unshare -U id -u} prints a non-zero uid ({@code LinuxUtils.isUnshareAvailable()}),
 * it starts initdb, pg_ctl and postgres as {@code unshare -U <binary> ...}: in a fresh user
 * namespace with no uid mapping, so they see themselves as the overflow uid 65534
 * ("nobody") and start, while the kernel still checks file access as root. Needs
 * {@code unshare} (util-linux) and user namespaces enabled (the default on Debian 12; off
 * when {@code user.max_user_namespaces=0} or a seccomp profile forbids {@code unshare}).
 * When that is missing as root, the PostgreSQL tests are aborted (reported as skipped)
 * with a banner on stderr saying why; any other start failure fails them.
 *
 * <p>In a module of its own (main code, used in test scope only), so that every module's tests
 * run against the same server the same way, and so that a build that skips tests
 * ({@code -Dmaven.test.skip=true}, as {@code bin/wattprint} builds) never needs a test-jar.
 */
public final class EmbeddedPg {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static String unavailable;

    private EmbeddedPg() {}

    /** URL of a new, empty database; aborts the calling test when PostgreSQL cannot run here. */
    public static synchronized String freshDatabaseUrl() throws SQLException {
        EmbeddedPostgres pg = server();
        String name = "ledger_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        // The password is ignored (trust authentication) but shows that it is masked.
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name + "?user=postgres&password=secret";
    }

    public static synchronized int port() {
        return server().getPort();
    }

    private static EmbeddedPostgres server() {
        if (unavailable != null) Assumptions.abort(unavailable);
        if (server != null) return server;
        try {
            server = EmbeddedPostgres.builder()
                    // A throw-away cluster: durability is not under test, speed is.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            return server;
        } catch (IOException | RuntimeException e) {
            if (isRoot() && !LinuxUtils.isUnshareAvailable()) {
                unavailable = "PostgreSQL ledger tests NOT RUN: this JVM runs as root and 'unshare -U' (user "
                        + "namespaces) is not available, and PostgreSQL refuses to run as root. Enable user "
                        + "namespaces or run the build as a non-root user. Cause: " + e;
                System.err.println("\n**********\n" + unavailable + "\n**********\n");
                Assumptions.abort(unavailable);
            }
            throw new IllegalStateException("embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
