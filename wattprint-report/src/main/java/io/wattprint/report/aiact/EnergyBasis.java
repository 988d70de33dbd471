package io.wattprint.report.aiact;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Provenance;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

/**
 * The form's answer to "measured or estimated" (Annex XI §1 point 2(e): "known or estimated energy consumption"), by
 * IT energy and each component's provenance: exactly one of {@code measured}, {@code estimated}, {@code partly
 * estimated}, with the measured and estimated shares.
 *
 * <p>An {@code IMPORTED} component counts as <b>estimated</b>: the ledger keeps only the tool and its version
 * ({@code codecarbon 3.3.0}), not how that tool obtained the figure, and a CodeCarbon file has no column saying so —
 * its CPU energy is a TDP × load model wherever RAPL cannot be read, its RAM energy a model, and nothing in the file
 * records that its GPU energy came from NVML. A figure whose source does not say it was measured is not stated as
 * measured. The imported part of the estimate is given apart ({@link #importedShare}), with the tools named.
 */
record EnergyBasis(double measuredKwh, double estimatedKwh, double importedKwh, List<String> importedFrom) {
    static final String MEASURED = "measured", ESTIMATED = "estimated", PARTLY = "partly estimated";

    static EnergyBasis of(List<ComponentEnergy> components) {
        double measured = 0, estimated = 0, imported = 0;
        TreeSet<String> tools = new TreeSet<>();
        for (ComponentEnergy c : components) {
            double kwh = c.energy().kilowattHours();
            if (c.provenance().isMeasured()) {
                measured += kwh;
            } else if (c.provenance().kind() == Provenance.Kind.IMPORTED) {
                imported += kwh;
                tools.add(c.provenance().method());
            } else {
                estimated += kwh;
            }
        }
        return new EnergyBasis(measured, estimated, imported, List.copyOf(tools));
    }

    double itKwh() { return measuredKwh + estimatedKwh + importedKwh; }

    /** Estimated as the form counts it: estimation models plus imported figures. */
    double formEstimatedKwh() { return estimatedKwh + importedKwh; }

    /** Null without energy. */
    String category() {
        if (itKwh() <= 0) return null;
        if (formEstimatedKwh() == 0) return MEASURED;
        return measuredKwh == 0 ? ESTIMATED : PARTLY;
    }

    double measuredShare() { return itKwh() <= 0 ? 0 : measuredKwh / itKwh(); }
    double estimatedShare() { return itKwh() <= 0 ? 0 : formEstimatedKwh() / itKwh(); }
    double importedShare() { return itKwh() <= 0 ? 0 : importedKwh / itKwh(); }

    /**
     * The form's line: "measured"; "estimated"; "partly estimated: 75.0 % measured, 25.0 % estimated (of the IT
     * energy)" — the two shares apportioned to 100.0 %, a non-zero share never printed as 0.0 — and, where some energy
     * was imported, which part and from what, counted as estimated.
     */
    String text(String noEnergy) {
        String c = category();
        if (c == null) return noEnergy;
        String importNote = importedKwh == 0 ? "" : importNote();
        if (c.equals(MEASURED)) return c;
        if (c.equals(ESTIMATED)) return importNote.isEmpty() ? c : c + " (" + importNote + ")";
        List<BigDecimal> pct = ToTotal.apportion(List.of(measuredShare() * 100, estimatedShare() * 100), 1);
        return c + ": " + Figures.text(Figures.exact(measuredShare() * 100), pct.get(0)) + " % measured, "
                + Figures.text(Figures.exact(estimatedShare() * 100), pct.get(1)) + " % estimated of the IT energy"
                + (importNote.isEmpty() ? "" : " (" + importNote + ")");
    }

    private String importNote() {
        String tools = String.join(", ", importedFrom);
        if (measuredKwh == 0 && estimatedKwh == 0) {
            return "imported from " + tools + ": the import does not record how the energy was obtained";
        }
        return Figures.text(Figures.exact(importedShare() * 100), 1) + " % imported from " + tools + ", counted as estimated";
    }

    /** A run's label in the runs table: the same categories, "estimated (imported)" for a wholly imported run. */
    String runLabel() {
        String c = category();
        if (c == null) return "no energy";
        return c.equals(ESTIMATED) && estimatedKwh == 0 ? "estimated (imported)" : c;
    }
}
