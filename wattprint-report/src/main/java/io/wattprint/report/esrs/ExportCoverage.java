package io.wattprint.report.esrs;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.model.Period;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which calendar months of a year one provider's export covers (issue 16 item 4, METHODOLOGY §11.3 "Export
 * coverage"). An export covers a month for an account when that account's figures, together, span the whole month
 * (UTC); it covers the month for the provider when it does so for every account its export names in the year (the
 * usage account, else the payer or billing account): runs carry no account, so a month in which one account's figures
 * are missing cannot take the export for the others and the runs' estimate for the rest without counting twice.
 * Figures used are those all of whose months are covered; a figure that reaches into a month not covered (a
 * partial month, or a period crossing into one) is left out, and coverage is then computed again without it until
 * nothing changes, so a covered month never rests on a figure that is not used.
 */
final class ExportCoverage {
    private final int year;
    private final TreeSet<Integer> covered = new TreeSet<>();
    private final List<CloudEmission> used = new ArrayList<>();
    private final List<CloudEmission> leftOut = new ArrayList<>();
    private final Map<Integer, TreeSet<String>> gaps = new TreeMap<>();

    private ExportCoverage(int year) { this.year = year; }

    /** The coverage in {@code year} of one provider's figures (those whose period starts in the year). */
    static ExportCoverage of(int year, List<CloudEmission> rows) {
        ExportCoverage c = new ExportCoverage(year);
        TreeSet<String> accounts = new TreeSet<>();
        for (CloudEmission e : rows) accounts.add(account(e));
        if (accounts.isEmpty()) return c; // no figures cover nothing
        List<CloudEmission> candidates = new ArrayList<>(rows);
        while (true) {
            c.covered.clear();
            for (int m = 1; m <= 12; m++) {
                TreeSet<String> missing = new TreeSet<>();
                for (String a : accounts) if (!spans(candidates, a, month(year, m))) missing.add(a);
                if (missing.isEmpty()) c.covered.add(m);
                else c.gaps.putIfAbsent(m, missing); // the accounts that first left it open, why figures went
            }
            List<CloudEmission> keep = candidates.stream().filter(c::allCovered).toList();
            if (keep.size() == candidates.size()) break;
            candidates = new ArrayList<>(keep);
        }
        c.used.addAll(candidates);
        for (CloudEmission e : rows) if (!candidates.contains(e)) c.leftOut.add(e);
        return c;
    }

    /** The account a figure is of: the usage account (AWS), subscription (Azure), else the payer or billing account. */
    static String account(CloudEmission e) {
        return e.account() != null ? e.account() : e.payerAccount() != null ? e.payerAccount() : "(no account)";
    }

    boolean covers(int month) { return covered.contains(month); }

    /** The figures counted: every month they touch is covered. */
    List<CloudEmission> used() { return List.copyOf(used); }

    /** The figures not counted, because a month they touch is not covered. */
    List<CloudEmission> leftOut() { return List.copyOf(leftOut); }

    /**
     * The months the left-out figures touch that are not covered, each with the accounts whose figures do not span it
     * (ascending).
     */
    Map<Integer, TreeSet<String>> partialMonths() {
        TreeMap<Integer, TreeSet<String>> out = new TreeMap<>();
        for (CloudEmission e : leftOut) {
            for (int m = 1; m <= 12; m++) {
                if (!covered.contains(m) && overlaps(e.period(), month(year, m))) out.put(m, gaps.get(m));
            }
        }
        return out;
    }

    private boolean allCovered(CloudEmission e) {
        for (int m = 1; m <= 12; m++) if (overlaps(e.period(), month(year, m)) && !covered.contains(m)) return false;
        Period y = Period.year(year);
        // a period reaching past the year touches months this coverage does not see: only whole months inside count
        return !e.period().from().isBefore(y.from()) && !e.period().to().isAfter(y.to());
    }

    static Period month(int year, int month) { return Period.month(YearMonth.of(year, month)); }

    /** The month (1–12) of the year a figure's period starts in, where it is shown. */
    static int startMonth(CloudEmission e) { return e.period().from().atZone(ZoneOffset.UTC).getMonthValue(); }

    private static boolean overlaps(Period p, Period m) { return p.from().isBefore(m.to()) && p.to().isAfter(m.from()); }

    /** Whether the figures of {@code account} together span all of {@code m} (gaps of any length fail). */
    private static boolean spans(List<CloudEmission> rows, String account, Period m) {
        List<Period> ps = new ArrayList<>();
        for (CloudEmission e : rows) if (Objects.equals(account(e), account) && overlaps(e.period(), m)) ps.add(e.period());
        ps.sort(Comparator.comparing(Period::from));
        Instant reached = m.from();
        for (Period p : ps) {
            if (p.from().isAfter(reached)) return false;
            if (p.to().isAfter(reached)) reached = p.to();
        }
        return !reached.isBefore(m.to());
    }
}
