package io.wattprint.core.scope2;

import io.wattprint.core.scope2.Scope2Warning.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Scope 2 Quality Criteria (GHG Protocol Scope 2 Guidance, 2015, Table 7.1) that can be
 * checked from an instrument's record. An instrument failing one is not applied; each failure is
 * a warning naming the instrument and the criterion. Checked here:
 * <ul>
 *   <li>criterion 2 (sole claim): two instruments with the same registry certificate id — the
 *       second (in hierarchy order) is not applied;</li>
 *   <li>criterion 3 (tracked and retired for the reporter): EACs and PPAs must be recorded as
 *       retired, and for the reporter when one is named. A supplier-specific rate is the
 *       supplier's disclosure about what it delivered, retired by the supplier on its customers'
 *       behalf, so it needs no {@code retiredFor};</li>
 *   <li>criterion 5 (vintage close to the consumption): the vintage must overlap the reporting
 *       window ({@link Scope2Rules});</li>
 *   <li>criterion 6 (same market): the instrument's market must contain a zone consumption took
 *       place in (per line, only lines in its market receive it).</li>
 * </ul>
 * Criteria 1 (conveys the emission rate) and 4 (issued close to the period) are assumed met by
 * what the user recorded: the rate is the instrument's, the vintage its issue period.
 */
final class QualityCriteria {
    private QualityCriteria() {}

    record Outcome(List<ContractualInstrument> eligible, List<Scope2Warning> warnings) {}

    /** @param instruments in hierarchy order; @param zones the zones consumption took place in */
    static Outcome check(List<ContractualInstrument> instruments, Set<String> zones, Scope2Rules rules) {
        List<ContractualInstrument> eligible = new ArrayList<>();
        List<Scope2Warning> warnings = new ArrayList<>();
        Map<String, String> certificates = new HashMap<>();
        boolean retirementUnchecked = false;
        for (ContractualInstrument i : instruments) {
            String who = "instrument " + i.id();
            boolean ok = true;
            if (!Periods.overlaps(i.vintageFrom(), i.vintageTo(), rules.windowFrom(), rules.windowTo())) {
                ok = false;
                warnings.add(new Scope2Warning(Code.VINTAGE_OUTSIDE_WINDOW, i.id(), who + ": vintage " + i.vintageLabel()
                        + " outside " + rules.windowLabel() + "; not applied"));
            }
            if (zones.stream().noneMatch(i.market()::contains)) {
                ok = false;
                warnings.add(new Scope2Warning(Code.MARKET_MISMATCH, i.id(), who + ": market " + i.market()
                        + " does not contain a zone of the consumption ("
                        + (zones.isEmpty() ? "there is none in the period" : String.join(", ", new java.util.TreeSet<>(zones)))
                        + "); not applied"));
            }
            if (i.type() != InstrumentType.SUPPLIER_RATE) {
                if (i.retiredFor() == null) {
                    ok = false;
                    warnings.add(new Scope2Warning(Code.NOT_RETIRED, i.id(), who + ": not recorded as retired or cancelled"
                            + (rules.reporter() == null ? "" : " for " + rules.reporter()) + "; not applied"));
                } else if (rules.reporter() != null && !rules.reporter().equals(i.retiredFor())) {
                    ok = false;
                    warnings.add(new Scope2Warning(Code.RETIRED_FOR_ANOTHER, i.id(), who + ": retired for " + i.retiredFor()
                            + ", not for the reporter " + rules.reporter() + "; not applied"));
                } else if (rules.reporter() == null) {
                    retirementUnchecked = true;
                }
            }
            if (ok && i.registry() != null) {
                String first = certificates.putIfAbsent(i.registry(), i.id());
                if (first != null) {
                    ok = false;
                    warnings.add(new Scope2Warning(Code.DUPLICATE_CERTIFICATE, i.id(), who + ": certificate " + i.registry()
                            + " is already claimed by instrument " + first + "; not applied"));
                }
            }
            if (ok) eligible.add(i);
        }
        if (retirementUnchecked) {
            warnings.add(new Scope2Warning(Code.REPORTER_NOT_NAMED, null, "no reporter named: instruments were checked to be "
                    + "retired, not that they were retired for the reporting entity"));
        }
        return new Outcome(eligible, warnings);
    }
}
