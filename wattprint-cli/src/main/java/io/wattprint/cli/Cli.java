package io.wattprint.cli;

import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * What every command needs from the outside world, injected so that commands run in-process
 * in tests: output writers, environment, clock, the reference data and the ledger.
 */
public record Cli(PrintWriter out, PrintWriter err, Environment env, Clock clock) {

    public static Cli system(PrintWriter out, PrintWriter err) {
        return new Cli(out, err, Environment.system(), Clock.systemUTC());
    }

    public ReferenceData data() { return ReferenceData.load(); }

    /** Opens the ledger named by --db, $WATTPRINT_DB or $WATTPRINT_HOME/ledger.db. */
    public Ledger openLedger(String dbOption) { return Ledger.open(env.ledgerSpec(dbOption)); }
}
