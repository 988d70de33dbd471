package io.wattprint.ingest.grid;

import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.ingest.RecordingContext;
import io.wattprint.ledger.Ledger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh ledger per test (SQLite or PostgreSQL, by subclass) and helpers to run an importer and read back. */
abstract class LedgerTestBase {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    protected Ledger ledger;

    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeEach
    void openLedger() throws Exception { ledger = Ledger.open(freshLedgerSpec()); }

    @AfterEach
    void closeLedger() { if (ledger != null) ledger.close(); }

    RecordingContext ctx() { return new RecordingContext(ledger, false, false, CLOCK); }

    RecordingContext dryRun() { return new RecordingContext(ledger, true, false, CLOCK); }

    RecordingContext strict() { return new RecordingContext(ledger, false, true, CLOCK); }

    /** The one stored series of {@code zone} with this dataset and boundary. */
    FactorSeries stored(String zone, String dataset, Boundary boundary) {
        List<FactorSeries> s = ledger.factorSeries().series(zone, null, null).stream()
                .filter(f -> Objects.equals(f.dataset(), dataset) && f.boundary() == boundary).toList();
        if (s.size() != 1) throw new AssertionError("expected one series " + zone + "/" + dataset + "/" + boundary + ", found " + s);
        return s.get(0);
    }

    List<FactorSeries> all(String zone) { return ledger.factorSeries().series(zone, null, null); }
}
