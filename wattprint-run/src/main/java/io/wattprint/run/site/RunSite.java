package io.wattprint.run.site;

import io.wattprint.core.facility.AppliedPue;
import io.wattprint.core.facility.Facility;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.quantity.Pue;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a run is and the PUE its facility energy is computed with, chosen the same way for
 * {@code wattprint run}, the Java API and agents: a PUE given by the user; else the facility's PUE
 * for the run's start; else the location's default ({@link RunDefaults#pue}). {@code notes} say how
 * well a facility's PUE fits the run's date.
 */
public record RunSite(Location location, PueAssumption pue, List<String> notes) {
    public RunSite {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(pue, "pue");
        notes = List.copyOf(notes);
    }

    /** Outside a facility: {@code given} if not null, else the location's default PUE for the year of {@code now}. */
    public static RunSite at(Location where, PueAssumption given, ReferenceData data, Instant now) {
        return new RunSite(where, given != null ? given : RunDefaults.pue(data, where, year(now)), List.of());
    }

    /**
     * In facility {@code f}: its zone is the location unless one is given ({@code given}, null if none),
     * and the run carries the facility's name so that {@code wattprint reconcile} counts it. The PUE is
     * {@code givenPue} if not null; else the facility's PUE for {@code now} (the period containing it,
     * else the nearest, said in the basis); else the location's default, with a basis that says the
     * facility has none.
     */
    public static RunSite inFacility(Facility f, Location given, PueAssumption givenPue, Ledger ledger,
                                     ReferenceData data, Instant now) {
        Location where = given == null ? new Location(f.zone(), null, f.name())
                : new Location(given.zone(), given.cloudRegion(), f.name());
        if (givenPue != null) {
            return new RunSite(where, new PueAssumption(givenPue.pue(), givenPue.basis()
                    + " (instead of facility " + f.name() + "'s recorded PUE)"), List.of());
        }
        Optional<AppliedPue> applied = AppliedPue.forInstant(now, ledger.facilities().pues(f.name()));
        if (applied.isPresent()) {
            List<String> notes = new ArrayList<>();
            applied.get().warnings().forEach(w -> notes.add("PUE: " + w.message()));
            return new RunSite(where, new PueAssumption(applied.get().pue().pue(), applied.get().basis()), notes);
        }
        PueAssumption fallback = RunDefaults.pue(data, where, year(now));
        String none = "facility " + f.name() + " has no PUE on record (wattprint facility pue " + f.name() + ")";
        if (fallback.pue().equals(Pue.NONE) && where.cloudRegion() == null) {
            return new RunSite(where, new PueAssumption(Pue.NONE, "not applied (" + none + "; IT energy only)"), List.of());
        }
        return new RunSite(where, new PueAssumption(fallback.pue(), fallback.basis() + "; " + none), List.of());
    }

    private static int year(Instant now) { return now.atZone(ZoneOffset.UTC).getYear(); }
}
