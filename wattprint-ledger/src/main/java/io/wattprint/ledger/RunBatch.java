package io.wattprint.ledger;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.model.Run;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many closed runs stored at once (imports), inside the caller's transaction: one prepared statement per
 * table, one batch each (the intervals in as few statements as {@link IntervalRow} writes them). The rows are
 * bound as a run stored alone binds them ({@link RunRow}, {@link IntervalRow}, {@link FootprintRow}), with the
 * same idempotency (an imported run's footprint is version 1).
 */
final class RunBatch {
    private RunBatch() {}

    /** Stores the runs not stored yet (by idempotency key); returns the ids of those stored now, in order. */
    static List<String> insert(Connection c, List<ImportedRun> runs) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (ImportedRun ir : insertFresh(c, runs)) ids.add(ir.run().id());
        return ids;
    }

    /**
     * Stores the runs not stored yet and brings stored ones up to date: a run whose key is stored is
     * an update when it ends later and lasts longer than the stored run (as now, with its updates) and
     * none of its components has less energy ({@link RunUpdate}). A run ending when the stored one ends
     * is a duplicate; any other is older (left as it is). Runs are taken in order, so a run repeated in
     * the list is compared with its earlier occurrence.
     */
    static ImportedRunRepository.ImportOutcome insertOrUpdate(Connection c, List<ImportedRun> runs) throws SQLException {
        List<ImportedRun> fresh = insertFresh(c, runs);
        List<String> stored = new ArrayList<>(fresh.size());
        for (ImportedRun ir : fresh) stored.add(ir.run().id());
        if (fresh.size() == runs.size()) return new ImportedRunRepository.ImportOutcome(stored, List.of(), 0, 0);
        IdentityHashMap<ImportedRun, Boolean> isFresh = new IdentityHashMap<>();
        for (ImportedRun ir : fresh) isFresh.put(ir, Boolean.TRUE);
        List<ImportedRun> known = new ArrayList<>();
        for (ImportedRun ir : runs) if (!isFresh.containsKey(ir)) known.add(ir);
        List<String> keys = new ArrayList<>();
        for (ImportedRun ir : known) keys.add(ir.run().idempotencyKey());
        Map<String, ImportedRunRepository.StoredSpan> spans = ImportedRunRepository.spans(c, keys);
        List<String> updated = new ArrayList<>();
        long duplicates = 0;
        long older = 0;
        for (ImportedRun ir : known) {
            ImportedRunRepository.StoredSpan s = spans.get(ir.run().idempotencyKey());
            Instant end = Timestamps.truncate(ir.run().end());
            if (s == null || s.end() == null || end.equals(s.end())) {
                duplicates++;
                continue;
            }
            if (!s.supersededBy(Timestamps.truncate(ir.run().start()), end) || !RunUpdate.store(c, s, ir, end)) {
                older++;
                continue;
            }
            spans.put(ir.run().idempotencyKey(), new ImportedRunRepository.StoredSpan(s.id(), s.start(), end));
            updated.add(s.id());
        }
        return new ImportedRunRepository.ImportOutcome(stored, updated, duplicates, older);
    }

    /** Stores the runs whose key is not stored yet (nor earlier in the list); returns them, in order. */
    private static List<ImportedRun> insertFresh(Connection c, List<ImportedRun> runs) throws SQLException {
        List<ImportedRun> fresh = new ArrayList<>();
        long[] keys = RunRow.newKeys(c, runs.size());
        long[] rids = new long[runs.size()]; // the fresh runs' surrogates, in their order
        List<IntervalRow.Keyed> intervals = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(RunRow.INSERT)) {
            for (int i = 0; i < runs.size(); i++) {
                RunRow.bind(ps, runs.get(i).run(), keys[i]);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == Statement.SUCCESS_NO_INFO) {
                    throw new SQLException("the driver did not report which runs were new");
                }
                if (counts[i] > 0) {
                    rids[fresh.size()] = keys[i];
                    fresh.add(runs.get(i));
                    for (EnergyInterval x : runs.get(i).intervals()) intervals.add(new IntervalRow.Keyed(keys[i], x));
                }
            }
        }
        if (fresh.isEmpty()) return fresh;
        try (PreparedStatement tags = c.prepareStatement(RunRow.INSERT_TAG);
             PreparedStatement outcomes = c.prepareStatement(RunRow.INSERT_OUTCOME);
             PreparedStatement footprints = c.prepareStatement(FootprintRow.INSERT_FOOTPRINT);
             PreparedStatement components = c.prepareStatement(FootprintRow.INSERT_COMPONENT)) {
            int nTags = 0;
            int nComponents = 0;
            List<Explanation.Template> explanations = new ArrayList<>(fresh.size());
            for (ImportedRun ir : fresh) explanations.add(ir.footprint().explanation().template());
            long[] explanationIds = ExplanationRow.ids(c, explanations);
            for (int i = 0; i < fresh.size(); i++) {
                ImportedRun ir = fresh.get(i);
                Run run = ir.run();
                nTags += RunRow.addTags(tags, rids[i], run.workload().tags());
                RunRow.bindOutcome(outcomes, rids[i], run.end(), run.status(), run.exitCode());
                outcomes.addBatch();
                FootprintRow.bindFootprint(footprints, rids[i], 1, ir.footprint(), ir.dataset(),
                        Timestamps.truncate(ir.computedAt()), explanations.get(i), explanationIds[i]);
                footprints.addBatch();
                nComponents += FootprintRow.addComponents(components, rids[i], 1, ir.footprint());
            }
            if (nTags > 0) tags.executeBatch();
            outcomes.executeBatch();
            IntervalRow.appendToNewRuns(c, intervals);
            footprints.executeBatch();
            if (nComponents > 0) components.executeBatch();
            return fresh;
        }
    }
}
