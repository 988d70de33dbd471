package io.wattprint.core.estimate;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.Power;
import java.util.Objects;

/** {@link CpuLoadModel}, CodeCarbon's TDP × load curve, for one CPU's TDP. */
public record TdpLoadCurve(CpuTdp tdp) implements CpuPowerModel {
    public TdpLoadCurve {
        Objects.requireNonNull(tdp, "tdp");
    }

    @Override
    public String name() { return CpuLoadModel.NAME; }

    @Override
    public String method() { return CpuLoadModel.NAME + " tdp=" + Figures.format(tdp.watts(), 1) + "W"; }

    @Override
    public String describe() {
        return "P = TDP × (0.1 + 0.9 × u³), TDP " + Figures.format(tdp.watts(), 1) + " W (" + tdp.origin() + ")";
    }

    @Override
    public Power power(double utilisation) { return CpuLoadModel.power(tdp.watts(), utilisation); }
}
