package io.wattprint.cli;

import picocli.CommandLine.Option;

/** {@code --db}: where the ledger is, shared by every command that reads or writes it. */
public final class LedgerOption {
    @Option(names = "--db", paramLabel = "PATH|JDBC-URL",
            description = "Ledger: a SQLite file path or a JDBC URL (jdbc:postgresql://…). "
                    + "Default: $WATTPRINT_DB, else $WATTPRINT_HOME/ledger.db (~/.wattprint/ledger.db).")
    public String db;
}
