package io.wattprint.core.factor;

import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.FactorShare;
import io.wattprint.core.model.FactorSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Factor series layered over a fallback source (the shipped annual factors): an instant a series
 * point covers gets that point's factor; an instant no point covers gets the fallback's factor,
 * marked as a fallback so that the explanation says which series did not cover it.
 *
 * <p>An interval is split at the points' boundaries and each part gets its share of the interval's
 * energy in proportion to its time (constant power within an interval is assumed). Where several
 * series of a zone cover the same instant, the first in precedence wins: average-basis series
 * before marginal ones (GHG Protocol location-based Scope 2 is defined on average grid factors),
 * then lifecycle before direct (the shipped annual factors are lifecycle, so a file that carries both,
 * as Electricity Maps exports do, keeps a run on one boundary), then in the order given (callers pass the most recently imported first, so a corrected dataset
 * supersedes the one it corrects).
 */
public final class SeriesFactorSource implements FactorSource {
    /**
     * A series consulted for a zone other than its own, and how explanations name it: a mapped
     * Electricity Maps zone's series for an eGRID subregion, say, labelled with the mapping.
     */
    public record Consulted(FactorSeries series, String label) {
        public Consulted {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(label, "label");
        }
    }

    private final Map<String, List<FactorSeries>> byZone;
    private final Map<FactorSeries, String> labels;
    private final FactorSource fallback;

    /**
     * @param series   the series of any zones, most recently imported first
     * @param fallback consulted for instants no series point covers
     */
    public SeriesFactorSource(List<FactorSeries> series, FactorSource fallback) {
        this(grouped(series, s -> s.zone()), new IdentityHashMap<>(), fallback);
    }

    private SeriesFactorSource(Map<String, List<FactorSeries>> byZone, Map<FactorSeries, String> labels, FactorSource fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        // Stable sort: within a basis and boundary, the caller's order stands.
        byZone.replaceAll((k, v) -> v.stream().sorted(Comparator.comparing((FactorSeries s) -> s.basis() != Basis.AVERAGE)
                .thenComparing(s -> s.boundary() != EmissionFactor.Boundary.LIFECYCLE)).toList());
        this.byZone = byZone;
        this.labels = labels;
    }

    /**
     * Series consulted for {@code zone} whatever zone each is stored under (the zone's own series, a mapped
     * zone's, a cloud region's), in the order given and with the precedence of the constructor, over
     * {@code fallback}, which is asked for {@code zone}. Explanations name each series by its
     * {@link Consulted#label()}. {@code fallback} alone when nothing is consulted.
     */
    public static FactorSource forZone(String zone, List<Consulted> consulted, FactorSource fallback) {
        if (consulted.isEmpty()) return fallback;
        Map<FactorSeries, String> labels = new IdentityHashMap<>();
        for (Consulted c : consulted) labels.put(c.series(), c.label());
        List<FactorSeries> series = consulted.stream().map(Consulted::series).toList();
        return new SeriesFactorSource(grouped(series, s -> zone), labels, fallback);
    }

    private static Map<String, List<FactorSeries>> grouped(List<FactorSeries> series, java.util.function.Function<FactorSeries, String> zone) {
        Map<String, List<FactorSeries>> m = new LinkedHashMap<>();
        for (FactorSeries s : series) m.computeIfAbsent(key(zone.apply(s)), k -> new ArrayList<>()).add(s);
        return m;
    }

    private String label(FactorSeries s) { return labels.getOrDefault(s, s.label()); }

    /** {@code fallback} alone when there are no series, else the series layered over it. */
    public static FactorSource layered(List<FactorSeries> series, FactorSource fallback) {
        return series.isEmpty() ? fallback : new SeriesFactorSource(series, fallback);
    }

    @Override
    public Optional<EmissionFactor> factorFor(String zone, Instant at) {
        for (FactorSeries s : seriesOf(zone)) {
            Optional<FactorSeries.Point> p = s.at(at);
            if (p.isPresent()) return Optional.of(s.factor(p.get()));
        }
        return fallback.factorFor(zone, at);
    }

    @Override
    public List<FactorShare> factorsOver(String zone, Instant start, Instant end) {
        List<FactorSeries> series = seriesOf(zone);
        if (series.isEmpty()) return fallback.factorsOver(zone, start, end);
        String consulted = String.join(" or ", series.stream().map(this::label).toList());
        if (!end.isAfter(start)) {
            // An instant, not a span: the factor at it, whole.
            for (FactorSeries s : series) {
                Optional<FactorSeries.Point> p = s.at(start);
                if (p.isPresent()) return List.of(FactorShare.ofSeries(s.factor(p.get()), 1, label(s)));
            }
            return fallback.factorFor(zone, start).map(f -> List.of(FactorShare.fallback(f, 1, consulted, start))).orElse(List.of());
        }
        double total = nanos(start, end);
        List<FactorShare> shares = new ArrayList<>();
        List<Instant[]> uncovered = new ArrayList<>();
        uncovered.add(new Instant[] {start, end});
        for (FactorSeries s : series) {
            List<Instant[]> left = new ArrayList<>();
            for (Instant[] span : uncovered) {
                Instant cursor = span[0];
                for (FactorSeries.Point p : s.overlapping(span[0], span[1])) {
                    Instant a = p.from().isAfter(span[0]) ? p.from() : span[0];
                    Instant b = p.to().isBefore(span[1]) ? p.to() : span[1];
                    if (a.isAfter(cursor)) left.add(new Instant[] {cursor, a});
                    shares.add(FactorShare.ofSeries(s.factor(p), nanos(a, b) / total, label(s)));
                    cursor = b;
                }
                if (cursor.isBefore(span[1])) left.add(new Instant[] {cursor, span[1]});
            }
            uncovered = left;
            if (uncovered.isEmpty()) break;
        }
        for (Instant[] span : uncovered) {
            Instant mid = span[0].plus(Duration.between(span[0], span[1]).dividedBy(2));
            Optional<EmissionFactor> f = fallback.factorFor(zone, mid);
            if (f.isEmpty()) return List.of();   // part of the interval has no factor at all: none is invented
            shares.add(FactorShare.fallback(f.get(), nanos(span[0], span[1]) / total, consulted, span[0]));
        }
        return shares;
    }

    private List<FactorSeries> seriesOf(String zone) {
        return zone == null ? List.of() : byZone.getOrDefault(key(zone), List.of());
    }

    private static double nanos(Instant a, Instant b) { return Duration.between(a, b).toNanos(); }

    private static String key(String zone) { return zone.trim().toUpperCase(Locale.ROOT); }
}
