package io.wattprint.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The shipped PUE table ({@code pue.csv}). */
public final class PueTable {
    static final String RESOURCE = "io/wattprint/data/pue.csv";
    static final List<String> HEADER = List.of("scope", "year", "pue", "category", "source", "licence");

    private final List<PueRow> rows;

    PueTable(List<PueRow> rows) { this.rows = List.copyOf(rows); }

    static PueTable load(String resource) {
        return new PueTable(CsvTable.load(resource, HEADER, row -> new PueRow(
                row.text("scope").toLowerCase(Locale.ROOT), row.integer("year"), row.number("pue"),
                row.text("category"), row.text("source"), row.text("licence"))));
    }

    /** All rows, in file order. */
    public List<PueRow> rows() { return rows; }

    /**
     * The row with the latest year for exactly this scope (any case); the first in file order on
     * a tie. {@code aws}, {@code gcp} and {@code azure} are the providers' own published figures;
     * methodology constants live under their own scopes ({@code ccf-aws}).
     */
    public Optional<PueRow> latest(String scope) { return forYear(scope, Integer.MAX_VALUE); }

    /**
     * The figure to apply to energy used in {@code year}: that year's row if published, else the
     * latest earlier year, else (energy older than every figure) the earliest year there is —
     * the same rule as the grid factors.
     */
    public Optional<PueRow> forYear(String scope, int year) {
        if (scope == null) return Optional.empty();
        String s = scope.trim().toLowerCase(Locale.ROOT);
        PueRow atOrBefore = null;
        PueRow earliest = null;
        for (PueRow r : rows) {
            if (!r.scope().equals(s)) continue;
            if (r.year() <= year && (atOrBefore == null || r.year() > atOrBefore.year())) atOrBefore = r;
            if (earliest == null || r.year() < earliest.year()) earliest = r;
        }
        return Optional.ofNullable(atOrBefore != null ? atOrBefore : earliest);
    }
}
