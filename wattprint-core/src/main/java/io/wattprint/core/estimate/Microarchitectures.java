package io.wattprint.core.estimate;

import static io.wattprint.core.estimate.VcpuLinearModel.BROADWELL;
import static io.wattprint.core.estimate.VcpuLinearModel.CASCADE_LAKE;
import static io.wattprint.core.estimate.VcpuLinearModel.EPYC_GEN2;
import static io.wattprint.core.estimate.VcpuLinearModel.EPYC_GEN3;
import static io.wattprint.core.estimate.VcpuLinearModel.HASWELL;
import static io.wattprint.core.estimate.VcpuLinearModel.SKYLAKE;

import io.wattprint.core.estimate.VcpuLinearModel.Coefficients;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of Cloud Carbon Footprint's microarchitectures a CPU is, from its /proc/cpuinfo "model
 * name". Only those CCF has coefficients for are recognised; anything else (Ice Lake, Sapphire
 * Rapids, EPYC 1st and 4th gen, Graviton, a VM that hides the model number) is empty, and the
 * caller falls back to the provider's figures.
 *
 * <p>The rules, tried in this order:
 * <ul>
 *   <li>Xeon Scalable ("Intel(R) Xeon(R) Platinum 8259CL"): the model number's second digit is the
 *       generation, 1 Skylake (8175M, 6148), 2 Cascade Lake (8259CL, 8275CL, 6248);</li>
 *   <li>Xeon E3/E5/E7 ("E5-2686 v4"): v3 Haswell, v4 Broadwell;</li>
 *   <li>EPYC 7002/7003 series ("AMD EPYC 7R32", "7B13", "7763 64-Core Processor"): the model
 *       number's last digit is the generation, 2 Rome, 3 Milan;</li>
 *   <li>CPU models named by KVM/QEMU ("Intel Xeon Processor (Cascadelake)", "AMD EPYC-Rome
 *       Processor"): the microarchitecture is in the name.</li>
 * </ul>
 */
public final class Microarchitectures {
    private static final Pattern XEON_SCALABLE =
            Pattern.compile("Xeon(?:\\(R\\))? (?:Platinum|Gold|Silver|Bronze) [3-9]([12])\\d\\d", Pattern.CASE_INSENSITIVE);
    private static final Pattern XEON_E = Pattern.compile("\\bE[357]-\\d{4}\\w* v([34])\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EPYC = Pattern.compile("\\bEPYC 7\\w\\w([23])[A-Z]?\\b", Pattern.CASE_INSENSITIVE);

    private record Named(String text, Coefficients coefficients) {}

    private static final List<Named> QEMU_NAMES = List.of(
            new Named("(cascadelake", CASCADE_LAKE),
            new Named("(skylake", SKYLAKE),
            new Named("(broadwell", BROADWELL),
            new Named("(haswell", HASWELL),
            new Named("epyc-rome", EPYC_GEN2),
            new Named("epyc-milan", EPYC_GEN3));

    private Microarchitectures() {}

    public static Optional<Coefficients> detect(String modelName) {
        Matcher m = XEON_SCALABLE.matcher(modelName);
        if (m.find()) return Optional.of(m.group(1).equals("1") ? SKYLAKE : CASCADE_LAKE);
        m = XEON_E.matcher(modelName);
        if (m.find()) return Optional.of(m.group(1).equals("3") ? HASWELL : BROADWELL);
        m = EPYC.matcher(modelName);
        if (m.find()) return Optional.of(m.group(1).equals("2") ? EPYC_GEN2 : EPYC_GEN3);
        String lower = modelName.toLowerCase(Locale.ROOT);
        for (Named n : QEMU_NAMES) {
            if (lower.contains(n.text())) return Optional.of(n.coefficients());
        }
        return Optional.empty();
    }
}
