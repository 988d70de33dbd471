package io.wattprint.ledger;

import io.wattprint.core.model.Explanation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Explanations as the ledger stores them (schema version 13): each footprint's {@link Explanation#template()} split
 * into its pattern, a row of {@code explanations} stored once and keyed by a 128-bit hash of it ({@link #digest}), and its
 * values, kept
 * in the footprint row ({@code explanation_values}). Runs of one method with the same factors share a pattern.
 */
final class ExplanationRow {
    private ExplanationRow() {}

    /** The pattern ids of these templates, in their order, stored now when new (in the caller's transaction). */
    static long[] ids(Connection c, List<Explanation.Template> templates) throws SQLException {
        Map<String, List<String>> byPattern = new LinkedHashMap<>();
        for (Explanation.Template t : templates) byPattern.computeIfAbsent(t.pattern(), p -> List.of(digest(p)));
        Map<List<String>, String> patternOf = new HashMap<>();
        byPattern.forEach((pattern, key) -> patternOf.put(key, pattern));
        Set<List<String>> keys = new LinkedHashSet<>(byPattern.values());
        Map<List<String>, Long> ids = Dictionary.ids(c, "explanations", List.of("digest"), keys, List.of("pattern"),
                key -> List.of(patternOf.get(key)));
        long[] out = new long[templates.size()];
        for (int i = 0; i < out.length; i++) out[i] = ids.get(byPattern.get(templates.get(i).pattern()));
        return out;
    }

    /** The patterns of these ids, read in one query per {@value Dictionary#IN_BATCH}. */
    static Map<Long, String> patterns(Connection c, Collection<Long> ids) throws SQLException {
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<Long, String> out = new HashMap<>();
        for (int from = 0; from < all.size(); from += Dictionary.IN_BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + Dictionary.IN_BATCH));
            String marks = "?, ".repeat(batch.size() - 1) + "?";
            try (PreparedStatement ps = c.prepareStatement("SELECT id, pattern FROM explanations WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < batch.size(); i++) ps.setLong(i + 1, batch.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * The explanation's lines, from its pattern and the values stored with the footprint, filled in when first read: a
     * report reading every run of a large ledger, most of which never prints an explanation, does not build them.
     */
    static List<String> lines(String pattern, String values) {
        return new Lines(pattern, values);
    }

    /** An unmodifiable list of an explanation's lines, filled in from its pattern and values on first access. */
    static final class Lines extends AbstractList<String> implements RandomAccess {
        private final String pattern;
        private final String values;
        private List<String> lines;

        private Lines(String pattern, String values) {
            this.pattern = pattern;
            this.values = values;
        }

        private List<String> lines() {
            if (lines == null) {
                List<String> filled = Explanation.Template.splitValues(values, Explanation.Template.slots(pattern));
                lines = List.of(Explanation.Template.fill(pattern, filled).split("\n", -1));
            }
            return lines;
        }

        @Override public String get(int index) { return lines().get(index); }

        @Override public int size() { return lines().size(); }
    }

    /**
     * The key a pattern is stored under: 128 bits of two 64-bit hashes of its characters, in hex, after "h". Not a
     * cryptographic digest, which would cost every {@code wattprint run} the start of Java's security providers (about
     * 35 ms); a pattern that meets another with the same key is refused when it is stored ({@link Dictionary} compares
     * the stored pattern), never mixed up. Patterns carried over from schema 12 are keyed "pre13:…", which no key made
     * here equals.
     */
    static String digest(String pattern) {
        long a = 0xcbf29ce484222325L; // FNV-1a, 64 bits, over UTF-16 units
        long b = pattern.length();
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            a = (a ^ ch) * 0x100000001b3L;
            b = (b + ch) * 0x9e3779b97f4a7c15L;
        }
        return "h" + hex(mix(a)) + hex(mix(b ^ Long.rotateLeft(a, 31)));
    }

    /** A 64-bit finaliser (each input bit changes about half the output bits). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static String hex(long v) {
        String h = Long.toHexString(v);
        return "0".repeat(16 - h.length()) + h;
    }
}
