package io.wattprint.core.scope2;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.Objects;

/**
 * A contractual instrument for the market-based method (GHG Protocol Scope 2 Guidance, 2015):
 * an energy attribute certificate (REC, GO, I-REC), a PPA or a supplier-specific rate, for
 * {@code energy} of generation in {@code zone} over its vintage [vintageFrom, vintageTo), claimable
 * in {@code market}, at {@code rate} (0 for renewables).
 *
 * <p>{@code retiredFor} is the entity the instrument was retired or cancelled for (null: not
 * recorded as retired); {@code registry} the tracking registry and certificate id;
 * {@code hourly} an optional hourly profile that sums to {@code energy}. Every check names the
 * instrument and the field.
 */
public record ContractualInstrument(String id, InstrumentType type, Energy energy, Instant vintageFrom, Instant vintageTo,
                                    String zone, MarketBoundary market, CarbonIntensity rate, String retiredFor,
                                    String registry, HourlyProfile hourly) {
    public ContractualInstrument {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("an instrument needs an id");
        String who = "instrument " + id;
        if (type == null) throw new IllegalArgumentException(who + ": type is required");
        if (energy == null || energy.joules() <= 0) {
            throw new IllegalArgumentException(who + ": mwh must be greater than 0, got " + (energy == null ? "none" : "0"));
        }
        if (vintageFrom == null || vintageTo == null) throw new IllegalArgumentException(who + ": vintage is required");
        if (!vintageFrom.isBefore(vintageTo)) {
            throw new IllegalArgumentException(who + ": vintage is empty (from " + vintageFrom + " is not before to " + vintageTo + ")");
        }
        if (zone == null || zone.isBlank()) throw new IllegalArgumentException(who + ": zone is required");
        if (market == null) market = MarketBoundary.zone(zone);
        if (!market.contains(zone)) {
            throw new IllegalArgumentException(who + ": market " + market + " does not contain the instrument's own zone " + zone);
        }
        if (rate == null) throw new IllegalArgumentException(who + ": rate is required (0 gCO2e/kWh for renewable generation)");
        if (retiredFor != null && retiredFor.isBlank()) retiredFor = null;
        if (registry != null && registry.isBlank()) registry = null;
        if (hourly != null) hourly.check(who, energy, vintageFrom, vintageTo);
    }

    public static Builder builder(String id, InstrumentType type) { return new Builder(id, type); }

    public String vintageLabel() { return Periods.label(vintageFrom, vintageTo); }

    /** One line for an audit trail: type, id, MWh, vintage, market, rate, retirement and registry. */
    public String describe() {
        return type.label() + " " + id + ": " + Scope2Format.mwh(energy) + " MWh, vintage " + vintageLabel()
                + ", market " + market + ", rate " + rate
                + (retiredFor == null ? "" : ", retired for " + retiredFor)
                + (registry == null ? "" : ", registry " + registry)
                + (hourly == null ? "" : ", hourly profile of " + hourly.hours().size() + " h");
    }

    public static final class Builder {
        private final String id;
        private final InstrumentType type;
        private Energy energy;
        private Instant vintageFrom;
        private Instant vintageTo;
        private String zone;
        private MarketBoundary market;
        private CarbonIntensity rate = CarbonIntensity.ofGramsPerKwh(0);
        private String retiredFor;
        private String registry;
        private HourlyProfile hourly;

        private Builder(String id, InstrumentType type) {
            this.id = id;
            this.type = type;
        }

        /** MWh of generation the instrument certifies; must be greater than 0. */
        public Builder megawattHours(double mwh) {
            if (!Double.isFinite(mwh) || mwh <= 0) {
                throw new IllegalArgumentException("instrument " + id + ": mwh must be greater than 0, got " + (Double.isFinite(mwh) ? Figures.plainSignificant(mwh, Scope2Format.SIGNIFICANT) : mwh));
            }
            energy = Energy.ofMegawattHours(mwh);
            return this;
        }

        public Builder energy(Energy e) { energy = e; return this; }

        /** A calendar-year vintage (UTC). */
        public Builder vintageYear(int year) {
            vintageFrom = Periods.yearStart(year);
            vintageTo = Periods.yearStart(year + 1);
            return this;
        }

        public Builder vintage(Instant from, Instant to) { vintageFrom = from; vintageTo = to; return this; }
        public Builder zone(String z) { zone = z; return this; }
        public Builder market(MarketBoundary m) { market = m; return this; }

        /** The instrument's emission rate in gCO2e/kWh (= kg/MWh); 0 by default (renewable generation). */
        public Builder rateGramsPerKwh(double g) {
            if (!Double.isFinite(g) || g < 0) {
                throw new IllegalArgumentException("instrument " + id + ": rate must be 0 gCO2e/kWh or more, got " + (Double.isFinite(g) ? Figures.plainSignificant(g, Scope2Format.SIGNIFICANT) : g));
            }
            rate = CarbonIntensity.ofGramsPerKwh(g);
            return this;
        }

        public Builder rate(CarbonIntensity r) { rate = r; return this; }
        public Builder retiredFor(String entity) { retiredFor = entity; return this; }
        public Builder registry(String r) { registry = r; return this; }
        public Builder hourly(HourlyProfile h) { hourly = h; return this; }

        public ContractualInstrument build() {
            return new ContractualInstrument(id, type, energy, vintageFrom, vintageTo, zone, market, rate, retiredFor,
                    registry, hourly);
        }
    }
}
