package io.wattprint.core.factor;

import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.quantity.CarbonIntensity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A time series of grid emission factors for one zone from one source (an hourly series from
 * Electricity Maps, a 15-minute marginal series from WattTime…): points over [from, to) in time
 * order, none overlapping, each of positive length; gaps between points are allowed (an instant no
 * point covers falls back to another source, and the explanation says so). Every point shares the
 * series' basis, boundary, source, dataset version and licence.
 *
 * <p>Construction rejects an empty series, a point of zero or negative length, and points out of
 * time order or overlapping, with an {@link InvalidSeriesException} naming the point (1-based, as a
 * person counts), its times and what was expected.
 */
public final class FactorSeries {
    /** One value of the series: {@code intensity} over [from, to). */
    public record Point(Instant from, Instant to, CarbonIntensity intensity) {
        public Point {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(intensity, "intensity");
        }

        public boolean covers(Instant t) { return !t.isBefore(from) && t.isBefore(to); }

        @Override
        public String toString() { return from + " to " + to; }
    }

    /** Datasets of forecast points are named {@code forecast …} (see {@link #isForecast()}). */
    public static final String FORECAST_DATASET_PREFIX = "forecast";

    private final String zone;
    private final String source;
    private final String dataset;
    private final Basis basis;
    private final Boundary boundary;
    private final String licence;
    private final List<Point> points;

    public FactorSeries(String zone, String source, String dataset, Basis basis, Boundary boundary, String licence,
                        List<Point> points) {
        this.zone = requireText(zone, "zone");
        this.source = requireText(source, "source");
        this.dataset = blankToNull(dataset);
        this.basis = Objects.requireNonNull(basis, "basis");
        this.boundary = Objects.requireNonNull(boundary, "boundary");
        this.licence = blankToNull(licence);
        this.points = List.copyOf(points);
        validate();
    }

    private void validate() {
        if (points.isEmpty()) {
            throw new InvalidSeriesException("factor series " + label() + " has no points (expected at least one)", -1);
        }
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (!p.to().isAfter(p.from())) {
                throw new InvalidSeriesException("factor series " + label() + ": point " + (i + 1) + " (" + p
                        + ") has " + (p.to().equals(p.from()) ? "zero" : "negative") + " length (expected its end after its start)", i);
            }
            if (i == 0) continue;
            Point prev = points.get(i - 1);
            if (p.from().isBefore(prev.from())) {
                throw new InvalidSeriesException("factor series " + label() + ": point " + (i + 1) + " (" + p
                        + ") is out of order: it starts before point " + i + " (" + prev
                        + ") (expected points in time order)", i);
            }
            if (p.from().isBefore(prev.to())) {
                throw new InvalidSeriesException("factor series " + label() + ": point " + (i + 1) + " (" + p
                        + ") overlaps point " + i + " (" + prev + ") (expected it to start at or after " + prev.to() + ")", i);
            }
        }
    }

    public String zone() { return zone; }
    public String source() { return source; }
    /** The dataset version the source gave, or null. */
    public String dataset() { return dataset; }
    public Basis basis() { return basis; }
    public Boundary boundary() { return boundary; }
    public String licence() { return licence; }

    /**
     * Whether this series holds forecasts (its dataset starts with {@value #FORECAST_DATASET_PREFIX},
     * as importers name forecast datasets): kept apart from actuals, never applied to a run's footprint.
     */
    public boolean isForecast() { return dataset != null && dataset.startsWith(FORECAST_DATASET_PREFIX); }
    public List<Point> points() { return points; }
    public Instant from() { return points.get(0).from(); }
    public Instant to() { return points.get(points.size() - 1).to(); }

    /** How the series is named in explanations: source, dataset, zone, basis and boundary. */
    public String label() {
        return source + (dataset == null ? "" : " (dataset " + dataset + ")") + " for " + zone + " ("
                + basis.name().toLowerCase(Locale.ROOT) + ", " + boundary.name().toLowerCase(Locale.ROOT) + ")";
    }

    /** The point covering {@code t}, if any (binary search). */
    public Optional<Point> at(Instant t) {
        int i = lastStartingAtOrBefore(t);
        return i >= 0 && points.get(i).covers(t) ? Optional.of(points.get(i)) : Optional.empty();
    }

    /** The points that overlap [from, to), in time order. */
    public List<Point> overlapping(Instant from, Instant to) {
        List<Point> out = new ArrayList<>();
        int i = Math.max(0, lastStartingAtOrBefore(from));
        for (; i < points.size() && points.get(i).from().isBefore(to); i++) {
            if (points.get(i).to().isAfter(from)) out.add(points.get(i));
        }
        return out;
    }

    /** A point as an {@link EmissionFactor} valid over the point's own [from, to), citing this series. */
    public EmissionFactor factor(Point p) {
        return new EmissionFactor(zone, p.intensity(), p.from(), p.to(), basis, boundary, source, dataset, licence);
    }

    /** Index of the last point starting at or before {@code t}, or -1. */
    private int lastStartingAtOrBefore(Instant t) {
        int lo = 0;
        int hi = points.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (points.get(mid).from().isAfter(t)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found;
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException("a factor series needs a " + what);
        return s.strip();
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    @Override
    public String toString() { return label() + ", " + points.size() + " points " + from() + " to " + to(); }
}
