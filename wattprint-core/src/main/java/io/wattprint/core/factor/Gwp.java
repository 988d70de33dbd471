package io.wattprint.core.factor;

import java.util.List;

/**
 * Global warming potentials over 100 years, and the names of the GWP sets a factor may be stated in.
 *
 * <p>Values: IPCC AR6 WG1 (2021), Chapter 7, Table 7.15 (Forster et al.): CO2 1, CH4 of fossil origin 29.8, CH4 of
 * non-fossil origin 27.0, N2O 273 (https://www.ipcc.ch/report/ar6/wg1/chapter/chapter-7/). Where a source gives a
 * factor per gas (EPA eGRID: CO2, CH4, N2O output emission rates), wattprint converts it with these.
 */
public final class Gwp {
    /** The set wattprint converts per-gas factors with. */
    public static final String AR6_GWP100 = "AR6 GWP100";
    public static final String AR5_GWP100 = "AR5 GWP100";
    public static final String AR4_GWP100 = "AR4 GWP100";
    /** A CO2e factor whose source does not say which GWP set it used. */
    public static final String NOT_STATED = "not stated by source";
    /** A factor of CO2 alone (no other gas, so no GWP set applies). */
    public static final String CO2_ONLY = "CO2 only";
    /** The names a factor's GWP set may have. */
    public static final List<String> SETS = List.of(AR6_GWP100, AR5_GWP100, AR4_GWP100, NOT_STATED, CO2_ONLY);

    /** AR6 WG1 Table 7.15, 100-year horizon. */
    public static final double AR6_CH4_FOSSIL = 29.8;
    public static final double AR6_CH4_NON_FOSSIL = 27.0;
    public static final double AR6_N2O = 273;

    private Gwp() {}

    /**
     * CO2e by AR6 GWP100 of an emission (or an emission rate) given per gas, in the unit of its parts:
     * CO2 + 29.8 × CH4 + 273 × N2O, with the methane of fossil origin (combustion of fossil fuels, as at power plants).
     */
    public static double ar6Co2e(double co2, double ch4Fossil, double n2o) {
        if (co2 < 0 || ch4Fossil < 0 || n2o < 0 || !Double.isFinite(co2 + ch4Fossil + n2o)) {
            throw new IllegalArgumentException("per-gas amounts must be finite and not negative, got CO2 " + co2 + ", CH4 "
                    + ch4Fossil + ", N2O " + n2o);
        }
        return co2 + AR6_CH4_FOSSIL * ch4Fossil + AR6_N2O * n2o;
    }

    /** Whether {@code name} is one of {@link #SETS}. */
    public static boolean known(String name) { return SETS.contains(name); }
}
