package io.wattprint.core.facility;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Period;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The PUE of a facility chosen for a period or an instant, with the warnings that say how well
 * it fits. The choice, in order:
 * <ol>
 *   <li>a PUE period that contains the whole period (the shortest such, the most specific; a
 *       measured one before a declared one of the same length);</li>
 *   <li>else the PUE period that overlaps it the most (warning: it covers only part);</li>
 *   <li>else the latest PUE period before it, else the earliest after it (warning: another period).</li>
 * </ol>
 * A PUE period shorter than 12 months adds its own warning (ISO/IEC 30134-2 reports PUE annually).
 */
public record AppliedPue(PuePeriod pue, String fit, List<FacilityWarning> warnings) {
    public AppliedPue {
        Objects.requireNonNull(pue, "pue");
        Objects.requireNonNull(fit, "fit");
        warnings = List.copyOf(warnings);
    }

    /** The PUE for {@code period} from a facility's PUE periods; empty when it has none. */
    public static Optional<AppliedPue> forPeriod(Period period, List<PuePeriod> pues) {
        Objects.requireNonNull(period, "period");
        if (pues.isEmpty()) return Optional.empty();
        List<FacilityWarning> warnings = new ArrayList<>();
        Optional<PuePeriod> containing = pues.stream().filter(p -> p.period().contains(period)).min(MOST_SPECIFIC);
        PuePeriod chosen;
        String fit;
        if (containing.isPresent()) {
            chosen = containing.get();
            fit = "for " + chosen.period().label() + ", which contains " + period.label();
        } else {
            Optional<PuePeriod> overlapping = pues.stream().filter(p -> p.period().overlaps(period))
                    .max(Comparator.comparing((PuePeriod p) -> p.period().overlap(period)).thenComparing(MOST_SPECIFIC.reversed()));
            if (overlapping.isPresent()) {
                chosen = overlapping.get();
                Duration o = chosen.period().overlap(period);
                double share = (double) o.toNanos() / period.length().toNanos();
                fit = "for " + chosen.period().label() + ", which covers " + Figures.plainPercent(share, 2) + " of " + period.label();
                warnings.add(new FacilityWarning(FacilityWarning.Kind.PUE_PERIOD_MISMATCH, "the PUE of facility "
                        + chosen.facility() + " for " + chosen.period().label() + " covers only " + Figures.plainPercent(share, 2)
                        + " of " + period.label() + "; it is applied to the whole period"));
            } else {
                chosen = nearest(period.from(), pues);
                fit = "for " + chosen.period().label() + ", applied to " + period.label() + " ("
                        + (chosen.period().to().isAfter(period.from()) ? "the earliest PUE on record" : "the latest PUE on record before it") + ")";
                warnings.add(new FacilityWarning(FacilityWarning.Kind.PUE_PERIOD_MISMATCH, "facility " + chosen.facility()
                        + " has no PUE for " + period.label() + ": its PUE " + fit));
            }
        }
        chosen.shortPeriodWarning().ifPresent(warnings::add);
        return Optional.of(new AppliedPue(chosen, fit, warnings));
    }

    /** The PUE at an instant (a run's start): the period containing it, else the nearest as above. */
    public static Optional<AppliedPue> forInstant(Instant t, List<PuePeriod> pues) {
        Objects.requireNonNull(t, "instant");
        if (pues.isEmpty()) return Optional.empty();
        List<FacilityWarning> warnings = new ArrayList<>();
        Optional<PuePeriod> containing = pues.stream().filter(p -> p.period().contains(t)).min(MOST_SPECIFIC);
        PuePeriod chosen;
        String fit;
        if (containing.isPresent()) {
            chosen = containing.get();
            fit = "for " + chosen.period().label();
        } else {
            chosen = nearest(t, pues);
            fit = "for " + chosen.period().label() + ", applied to " + t + " ("
                    + (chosen.period().to().isAfter(t) ? "the earliest PUE on record" : "the latest PUE on record before it") + ")";
            warnings.add(new FacilityWarning(FacilityWarning.Kind.PUE_PERIOD_MISMATCH, "facility " + chosen.facility()
                    + " has no PUE for " + t + ": its PUE " + fit));
        }
        chosen.shortPeriodWarning().ifPresent(warnings::add);
        return Optional.of(new AppliedPue(chosen, fit, warnings));
    }

    /** The PUE basis a footprint records: facility, period, how measured or declared, source, and the fit. */
    public String basis() {
        return "facility " + pue.facility() + " PUE " + fit + ", " + pue.how() + " (source: " + pue.source() + ")";
    }

    /** Shortest period first; measured before declared; then the later period. */
    private static final Comparator<PuePeriod> MOST_SPECIFIC = Comparator
            .comparing((PuePeriod p) -> p.period().length())
            .thenComparing(p -> p.basis() == PuePeriod.Basis.MEASURED ? 0 : 1)
            .thenComparing(p -> p.period().from(), Comparator.reverseOrder());

    private static PuePeriod nearest(Instant t, List<PuePeriod> pues) {
        Optional<PuePeriod> before = pues.stream().filter(p -> !p.period().to().isAfter(t))
                .max(Comparator.comparing((PuePeriod p) -> p.period().to()).thenComparing(MOST_SPECIFIC.reversed()));
        return before.orElseGet(() -> pues.stream()
                .min(Comparator.comparing((PuePeriod p) -> p.period().from()).thenComparing(MOST_SPECIFIC)).orElseThrow());
    }
}
