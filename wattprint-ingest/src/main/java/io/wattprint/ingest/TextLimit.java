package io.wattprint.ingest;

import io.wattprint.core.model.Workload;

/**
 * The one limit on the text an import stores as an identity — a workload or machine name, a project, an account, a
 * service, a region, a zone, a tag value, a meter — {@link Workload#MAX_TEXT} characters, the limit {@code wattprint run}
 * and the Java API apply (issue 13, item 8: a 100,000-character project was stored and carried whole into every
 * report). Every importer asks this class, and quarantines the row whose field is longer, with the field, its line and
 * this reason; the rest of the file is imported. A value of a file's header or metadata (not of one row) refuses the
 * file instead.
 */
public final class TextLimit {
    /** The most characters a stored name or tag value may have: {@link Workload#MAX_TEXT}. */
    public static final int MAX = Workload.MAX_TEXT;

    private TextLimit() {}

    /**
     * Null when {@code value} (stripped, as importers store it) is at most {@link #MAX} characters or null; otherwise why
     * the row is quarantined, quoting an excerpt: {@code 'pppp…' is 300 characters long (at most 256)}.
     */
    public static String exceeded(String value) {
        if (value == null) return null;
        String v = value.strip();
        String tooLong = Workload.tooLong(v);
        return tooLong == null ? null : "'" + Excerpt.of(v) + "' " + tooLong;
    }
}
