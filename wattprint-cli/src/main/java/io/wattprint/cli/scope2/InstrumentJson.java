package io.wattprint.cli.scope2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.ResidualMix;
import java.util.List;

/** JSON objects for instruments and residual mixes, and what instruments add and residual-mix print. */
final class InstrumentJson {
    private InstrumentJson() {}

    /** A contractual instrument: type and its rank in the GHG Protocol hierarchy, MWh, vintage, market, rate. */
    record Instrument(String id, String type, int hierarchyLevel, double mwh, String vintage, String vintageFrom,
                      String vintageTo, String zone, String market, List<String> marketZones, @JsonProperty("rate_g_per_kwh") double rateGPerKwh,
                      String retiredFor, String registry, int hourlyProfileHours) {}

    /** A residual-mix factor for a zone and year. */
    record Mix(String zone, int year, double gPerKwh, String source,
               @JsonInclude(JsonInclude.Include.NON_NULL) Composition composition) {}

    /** A residual mix's shares in percent (absent when not recorded). */
    record Composition(double renewablePct, double nuclearPct, double fossilPct) {}

    /** What {@code instruments add --json} prints: whether the instrument was added or already recorded. */
    record Added(String outcome, Instrument instrument) {}

    /** What {@code instruments residual-mix --json} prints. */
    record MixAdded(String outcome, Mix residualMix) {}

    /** What {@code instruments list --json} prints. */
    record Listed(List<Instrument> instruments, List<Mix> residualMixes) {}

    static Instrument of(ContractualInstrument i) {
        return new Instrument(i.id(), i.type().label(), i.type().level().rank(), i.energy().megawattHours(), i.vintageLabel(),
                i.vintageFrom().toString(), i.vintageTo().toString(), i.zone(), i.market().name(),
                List.copyOf(i.market().sortedZones()), i.rate().gramsPerKwh(), i.retiredFor(), i.registry(),
                i.hourly() == null ? 0 : i.hourly().hours().size());
    }

    static Mix of(ResidualMix r) {
        ResidualMix.Composition c = r.composition();
        return new Mix(r.zone(), r.year(), r.intensity().gramsPerKwh(), r.source(),
                c == null ? null : new Composition(c.renewablePct(), c.nuclearPct(), c.fossilPct()));
    }

    static String outcome(boolean added) { return added ? "added" : "already_recorded"; }
}
