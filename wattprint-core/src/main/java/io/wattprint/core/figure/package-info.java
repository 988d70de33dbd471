/**
 * The one number rule of the product (DESIGN.md "One number rule", METHODOLOGY.md "How figures are rounded and
 * shown"): how a figure becomes a decimal, how it is rounded, how a list of figures is rounded so that it adds up
 * to its total, and how a figure is printed. Every module prints numbers through {@link
 * io.wattprint.core.figure.Figures} and {@link io.wattprint.core.figure.ToTotal};
 * {@code LayeringTest.onlyCoreFiguresFormatNumbers} keeps the other formatters out.
 *
 * <ol>
 *   <li><b>Exact value.</b> A {@code double} is read as its shortest decimal representation
 *       ({@link java.math.BigDecimal#valueOf(double)}, the digits {@link Double#toString} prints), never as its
 *       binary value: 1.0005 is 1.0005, not 1.000499999999999989341858963598497211933135986328125. A figure
 *       given as a {@code BigDecimal} of the same value prints the same.</li>
 *   <li><b>One figure</b> is rounded half-up, to a number of decimals or to a number of significant digits (never
 *       dropping integer digits: 12,346 at 3 significant digits stays 12,346).</li>
 *   <li><b>Parts of a total</b>: the total is the exact sum rounded half-up; the parts are rounded by the
 *       largest-remainder (Hamilton) method so that they add up to that total to the last decimal.</li>
 *   <li><b>No non-zero figure prints as zero</b>: a figure whose exact value is not 0 but whose rounded value
 *       (alone, or as a part of a total) is 0 prints its first {@value
 *       io.wattprint.core.figure.Figures#FALLBACK_SIGNIFICANT} significant digits instead (0.0000123). Such a part
 *       was counted as 0 in its total, so the other parts still add up to the total exactly.</li>
 *   <li><b>Text</b>: plain notation (never 1E+3), no "-0"; reports group thousands with commas.</li>
 *   <li><b>JSON facts</b> carry the exact value and the decimals their text prints ({@link
 *       io.wattprint.core.figure.Fact}, {@link io.wattprint.core.figure.Figures#decimalsShown}), as an XBRL fact's
 *       {@code decimals}; a quotient's exact value has 16 significant digits ({@link
 *       io.wattprint.core.figure.Figures#quotient}).</li>
 * </ol>
 */
package io.wattprint.core.figure;
