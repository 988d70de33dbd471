package io.wattprint.cli;

import io.wattprint.run.recovery.SpoolRecovery;
import io.wattprint.ledger.spool.Spool;
import io.wattprint.run.Environment;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every command needs from the outside world, injected so that commands run in-process
 * in tests: output writers, environment, clock, the reference data and the ledger.
 */
public record Cli(PrintWriter out, PrintWriter err, Environment env, Clock clock) {

    public static Cli system(PrintWriter out, PrintWriter err) {
        return new Cli(out, err, Environment.system(), Clock.systemUTC());
    }

    public ReferenceData data() { return ReferenceData.load(); }

    /** Opens (creating if need be) the ledger named by --db, $WATTPRINT_DB or $WATTPRINT_HOME/ledger.db. */
    public Ledger openLedger(String dbOption) { return Ledger.open(env.ledgerSpec(dbOption)); }

    /**
     * For commands that only read: the ledger if it exists. A SQLite file that is not there yet
     * is not created — there is simply nothing to read — and one this process may not write is
     * opened read-only ({@link Ledger#openForReading}).
     */
    public Optional<Ledger> openExistingLedger(String dbOption) {
        String spec = env.ledgerSpec(dbOption);
        try {
            if (!spec.startsWith("jdbc:") && !spec.contains("://") && !Files.exists(Path.of(spec))) return Optional.empty();
        } catch (InvalidPathException e) {
            // Not a path at all: Ledger.open says what is wrong with it.
        }
        return Optional.of(Ledger.openForReading(spec));
    }

    /**
     * What {@code read} takes from the ledger at {@code dbOption}, which is closed afterwards; {@code none} when
     * there is no ledger yet (no data, not an error).
     */
    public <T> T fromExistingLedger(String dbOption, Function<Ledger, T> read, Supplier<T> none) {
        Optional<Ledger> existing = openExistingLedger(dbOption);
        if (existing.isEmpty()) return none.get();
        try (Ledger ledger = existing.get()) {
            return read.apply(ledger);
        }
    }

    /**
     * Closes runs left open by a wattprint process that was killed (their spool files hold what
     * was measured), telling the user about each. Cheap when there is nothing to recover.
     */
    public void recoverOrphans(Ledger ledger) {
        SpoolRecovery.recoverAndTell(Spool.in(env.wattprintHome()), ledger, this::data, this::say);
    }

    /** "wattprint: " and {@code message} to stderr, at once: the user sees it before a long command goes on. */
    public void say(String message) {
        err.println("wattprint: " + message);
        err.flush();
    }

    /** Where the ledger is, for messages: the spec as resolved from --db and the environment. */
    public String ledgerSpec(String dbOption) { return env.ledgerSpec(dbOption); }
}
