package io.wattprint.ledger;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh, empty ledger per test with the repositories of its runs. Each contract that extends it has a
 * SQLite and a PostgreSQL subclass, which say where the ledger is.
 */
abstract class LedgerContract {
    protected String spec;
    protected Ledger ledger;
    protected RunRepository runs;
    protected IntervalRepository intervals;
    protected MarkerRepository markers;
    protected FootprintRepository footprints;
    protected ImportedRunRepository importedRuns;

    /** A spec (path or JDBC URL) of a ledger no other test uses. */
    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeEach
    void openLedger() throws Exception {
        spec = freshLedgerSpec();
        ledger = Ledger.open(spec);
        runs = ledger.runs();
        intervals = ledger.intervals();
        markers = ledger.markers();
        footprints = ledger.footprints();
        importedRuns = ledger.importedRuns();
    }

    @AfterEach
    void closeLedger() {
        if (ledger != null) ledger.close();
    }

    /** The first column of the first row of a query on the ledger's own connection. */
    protected int count(String sql) {
        try (Statement s = ledger.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(sql, e);
        }
    }
}
