package io.wattprint.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * An open ledger: SQLite by default (a file path or {@code jdbc:sqlite:...}), PostgreSQL for
 * a shared server ({@code jdbc:postgresql://host/db?user=..&password=..}). Opening brings
 * the schema up to date.
 *
 * <pre>{@code
 * try (Ledger ledger = Ledger.open("/home/me/.wattprint/ledger.db")) {
 *     String id = ledger.runs().insertRun(run);
 * }
 * }</pre>
 *
 * <p>A ledger holds one connection; its repositories serialise calls on it, so one
 * instance may be shared by threads. Processes share a SQLite file through WAL mode.
 */
public final class Ledger implements AutoCloseable {
    private final Connection connection;
    private final Dialect dialect;
    private final String name;
    private final String description;
    private final RunRepository runs;
    private final IntervalRepository intervals;
    private final MarkerRepository markers;
    private final FootprintRepository footprints;
    private final ImportedRunRepository importedRuns;
    private final FactorSeriesRepository factorSeries;
    private final InstrumentRepository instruments;
    private final HardwareRepository hardware;
    private final AllocationRuleRepository allocationRules;
    private final FacilityRepository facilities;
    private final ImportRepository imports;
    private final CloudEmissionRepository cloudEmissions;
    private final CodeCarbonApiRepository codeCarbonApi;
    private final TokenRepository tokens;
    private final FleetRepository fleet;
    private final boolean readOnly;

    private Ledger(Connector.Opened o) { this(o, false); }

    private Ledger(Connector.Opened o, boolean readOnly) {
        this.readOnly = readOnly;
        this.connection = o.connection();
        this.dialect = o.dialect();
        this.name = o.name();
        this.description = o.description();
        this.runs = new RunRepository(connection, dialect, o.name());
        this.intervals = new IntervalRepository(connection, o.name());
        this.markers = new MarkerRepository(connection, o.name());
        this.footprints = new FootprintRepository(connection, dialect, o.name());
        this.importedRuns = new ImportedRunRepository(connection, o.name());
        this.factorSeries = new FactorSeriesRepository(connection, o.name());
        this.instruments = new InstrumentRepository(connection, o.name());
        this.hardware = new HardwareRepository(connection, o.name());
        this.allocationRules = new AllocationRuleRepository(connection, o.name());
        this.facilities = new FacilityRepository(connection, o.name());
        this.imports = new ImportRepository(connection, o.name());
        this.cloudEmissions = new CloudEmissionRepository(connection, o.name());
        this.codeCarbonApi = new CodeCarbonApiRepository(connection, o.name());
        this.tokens = new TokenRepository(connection, o.name());
        this.fleet = new FleetRepository(connection, o.name());
    }

    /**
     * Opens (creating if needed) the ledger at a file path or JDBC URL and migrates it.
     *
     * @throws LedgerException naming the ledger when it cannot be opened or is newer than this code
     */
    public static Ledger open(String spec) {
        Connector.Opened o = Connector.open(spec);
        try {
            new Migrator(o.dialect()).migrate(o.connection(), o.name());
        } catch (SQLException e) {
            Connector.closeQuietly(o.connection());
            throw new LedgerException("cannot open ledger " + o.name() + ": " + migrationReason(o.dialect(), e), e);
        } catch (RuntimeException e) {
            Connector.closeQuietly(o.connection());
            throw e;
        }
        return new Ledger(o);
    }

    /**
     * For a command that removes again the SQLite ledger it created (it recorded nothing): removes what opening it
     * wrote to the user's cache too (SQLite's native library, when this process was the one to write it there), so
     * that the command leaves nothing behind. See {@link SqliteNative}.
     */
    public static void forgetNativeLibraryWrittenByThisProcess() {
        SqliteNative.undo();
    }

    /**
     * For commands that only read: like {@link #open}, but an existing SQLite ledger this process may not
     * write (mode 0444, a read-only mount, an immutable file) is opened read-only instead of refused. Its
     * schema must then already be this wattprint's: a read-only file cannot be migrated.
     *
     * @throws LedgerException naming the ledger when it cannot be opened even to read
     */
    public static Ledger openForReading(String spec) {
        try {
            return open(spec);
        } catch (ReadOnlyLedgerException e) {
            Connector.Opened o = Connector.openSqliteReadOnly(e.file(), e);
            try {
                int current = Migrator.currentVersion(o.connection());
                int latest = new Migrator(o.dialect()).latest();
                if (current != latest) {
                    throw new LedgerException("cannot read ledger " + o.name() + ": it is read-only and its schema is version "
                            + current + ", but this wattprint reads version " + latest + (current < latest
                                    ? " (run any wattprint command once with write access to the file to bring it up to date)"
                                    : " (a newer wattprint wrote it; upgrade wattprint)"));
                }
            } catch (LedgerException x) {
                Connector.closeQuietly(o.connection());
                throw x;
            } catch (SQLException | RuntimeException x) {
                Connector.closeQuietly(o.connection());
                throw new LedgerException("cannot read ledger " + o.name() + ": "
                        + (x instanceof SQLException q ? Sql.readReason(q) : x.getMessage()), x);
            }
            return new Ledger(o, true);
        }
    }

    /** True when this process may only read the ledger (see {@link #openForReading}). */
    public boolean isReadOnly() { return readOnly; }

    private static String migrationReason(Dialect dialect, SQLException e) {
        if (dialect == Dialect.SQLITE && e instanceof org.sqlite.SQLiteException se) {
            switch (se.getResultCode()) {
                case SQLITE_NOTADB:
                    return "file is not a SQLite database (it may be corrupt; move it aside or pass --db)";
                case SQLITE_CORRUPT, SQLITE_CORRUPT_VTAB, SQLITE_CORRUPT_SEQUENCE, SQLITE_CORRUPT_INDEX:
                    return Connector.DAMAGED;
                case SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN:
                    return "the file cannot be written (fix its permissions or pass --db)";
                default:
                    break;
            }
        }
        return "cannot update its schema (" + e.getMessage() + ")";
    }

    /** What this ledger is, for humans: {@code sqlite /path/ledger.db} or {@code postgresql <url>} (password masked). */
    public String describe() { return description; }

    /** Runs, their tags and outcomes: started, closed, found, listed. */
    public RunRepository runs() { return runs; }
    /** The energy intervals of runs, as the meter sent them or summed by the hour. */
    public IntervalRepository intervals() { return intervals; }
    /** The phase changes and marks of runs. */
    public MarkerRepository markers() { return markers; }
    /** Footprint versions of runs with their explanations, and sums of the latest ones over a period. */
    public FootprintRepository footprints() { return footprints; }
    /** Closed runs imported in batches, and the later snapshots that update them. */
    public ImportedRunRepository importedRuns() { return importedRuns; }

    /** Emission factor series imported with {@code wattprint factors import}. */
    public FactorSeriesRepository factorSeries() { return factorSeries; }
    /** Contractual instruments and residual-mix factors (market-based Scope 2). */
    public InstrumentRepository instruments() { return instruments; }
    /** Hardware records with embodied emissions, by host. */
    public HardwareRepository hardware() { return hardware; }

    /** Saved allocation rules. */
    public AllocationRuleRepository allocationRules() { return allocationRules; }
    /** Facilities, their PUE per period and their meter readings. */
    public FacilityRepository facilities() { return facilities; }
    /** Files brought in by {@code wattprint ingest} and the rows they quarantined. */
    public ImportRepository imports() { return imports; }
    /** Emissions cloud providers reported (wattprint ingest aws-carbon, gcp-carbon, azure-carbon). */
    public CloudEmissionRepository cloudEmissions() { return cloudEmissions; }
    /** CodeCarbon projects, experiments and emission deltas received by the CodeCarbon-compatible API. */
    public CodeCarbonApiRepository codeCarbonApi() { return codeCarbonApi; }
    /** API tokens of the server (wattprint tokens, wattprint serve): only their hashes are stored. */
    public TokenRepository tokens() { return tokens; }

    /** The server's fleet registry: hosts and GPUs agents sent runs from (V18). */
    public FleetRepository fleet() { return fleet; }

    /**
     * Asks the database a trivial question that reads the schema ({@code SELECT MAX(version) FROM schema_version}): a
     * server's readiness check.
     *
     * @throws LedgerException when the ledger does not answer (closed, file gone or unreadable, server down)
     */
    public void ping() {
        synchronized (connection) {
            Sql.read(connection, name, "reach the ledger", c -> {
                try (java.sql.Statement st = c.createStatement();
                     java.sql.ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
                    rs.next();
                    return null;
                }
            });
        }
    }

    /**
     * Starts a bulk load: until it is closed, commits on this ledger are not each flushed to disk
     * (see {@link BulkLoad}); the first commit after it flushes them all. For imports of many batches.
     */
    public BulkLoad bulkLoad() { return new BulkLoad(connection, dialect, name); }

    Dialect dialect() { return dialect; }

    /** The underlying connection, for tests in this package. */
    Connection connection() { return connection; }

    /**
     * What the database's own consistency check finds, in its words; empty when it finds nothing. SQLite runs
     * {@code PRAGMA integrity_check}, and where that stops at a damaged page, says so and adds what
     * {@code PRAGMA quick_check} finds (of the whole file, else of each table); PostgreSQL checks its pages itself, and
     * this is empty.
     */
    public List<String> integrityProblems() {
        if (dialect != Dialect.SQLITE) return List.of();
        synchronized (connection) {
            try {
                return check("PRAGMA integrity_check");
            } catch (SQLException full) {
                // The full check stops where it meets a damaged page (it looks each row up in every index); the quick
                // check reads each page once, without those look-ups, and says which pages are damaged. Where that
                // stops too (a table's own page is damaged), each table is checked on its own, to name the damaged ones.
                List<String> found = new java.util.ArrayList<>();
                found.add("the full check stopped at a damaged page (" + stopped(full) + ")");
                try {
                    found.addAll(check("PRAGMA quick_check"));
                } catch (SQLException quick) {
                    found.addAll(tableByTable());
                }
                return found;
            }
        }
    }

    /** SQLite's quick check of each table on its own (SQLite 3.33 and later take a table name). */
    private List<String> tableByTable() {
        List<String> tables = new java.util.ArrayList<>();
        try (java.sql.Statement st = connection.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) tables.add(rs.getString(1));
        } catch (SQLException e) {
            return List.of("its list of tables cannot be read (" + stopped(e) + ")");
        }
        List<String> found = new java.util.ArrayList<>();
        for (String table : tables) {
            try {
                for (String line : check("PRAGMA quick_check(\"" + table.replace("\"", "\"\"") + "\")")) {
                    found.add("table " + table + ": " + line);
                }
            } catch (SQLException e) {
                found.add("table " + table + " stops at a damaged page (" + stopped(e) + ")");
            }
        }
        return found;
    }

    /** The lines a check pragma returns other than "ok"; SQLite puts several lines in one row at times. */
    private List<String> check(String pragma) throws SQLException {
        try (java.sql.Statement st = connection.createStatement(); java.sql.ResultSet rs = st.executeQuery(pragma)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                String row = rs.getString(1);
                if (row == null) continue;
                for (String line : row.split("\n")) {
                    line = line.strip();
                    if (!line.isEmpty() && !"ok".equalsIgnoreCase(line) && !line.startsWith("*** in database ")) out.add(line);
                }
            }
            return out;
        }
    }

    /** Why a check stopped: SQLite's own words for a damaged file, else the read failure in words. */
    private static String stopped(SQLException e) {
        if (e instanceof org.sqlite.SQLiteException se
                && (se.getResultCode().code & 0xff) == org.sqlite.SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return "database disk image is malformed";
        }
        return Sql.readReason(e);
    }

    /** Schema version the ledger is at, and the latest this code knows: {@code [current, latest]}. */
    public int[] schemaVersions() {
        return new int[] {schemaVersion(), new Migrator(dialect).latest()};
    }

    /** Schema version the ledger is at (for diagnostics such as {@code wattprint doctor}). */
    int schemaVersion() {
        synchronized (connection) {
            try {
                return Migrator.currentVersion(connection);
            } catch (SQLException e) {
                throw new LedgerException("cannot read the schema version of ledger " + name + ": " + Sql.readReason(e), e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new LedgerException("cannot close ledger " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
