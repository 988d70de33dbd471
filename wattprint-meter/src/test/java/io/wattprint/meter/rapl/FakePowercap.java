package io.wattprint.meter.rapl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fake {@code /sys/class/powercap} in a temporary directory, laid out as the kernel lists it:
 * every zone and subzone a directory of the root ({@code intel-rapl:0}, {@code intel-rapl:0:0}),
 * each with {@code name}, {@code energy_uj} and usually {@code max_energy_range_uj}, plus the
 * control type's own directory ({@code intel-rapl}, which has no {@code name}).
 */
public final class FakePowercap {
    /** A usual Intel range: 2³² counts of 2⁻¹⁴ J, just under 262,144 J. */
    public static final long INTEL_RANGE = 262_143_328_850L;
    /** A usual AMD Zen range: 2³² counts of 2⁻¹⁶ J, just under 65,536 J. */
    public static final long AMD_RANGE = 65_532_610_987L;

    private final Path root;

    public FakePowercap(Path root) {
        this.root = root;
        write("intel-rapl/enabled", "1");
    }

    public Path root() { return root; }

    public Powercap powercap() { return new Powercap(root); }

    public Powercap powercap(Powercap.AttributeReader reader) { return new Powercap(root, reader); }

    /** A zone with its counter at {@code energyUj} and a range of {@code rangeUj}. */
    public FakePowercap zone(String dir, String name, long energyUj, long rangeUj) {
        zone(dir, name, energyUj);
        return write(dir + "/max_energy_range_uj", rangeUj + "\n");
    }

    /** A zone without {@code max_energy_range_uj}. */
    public FakePowercap zone(String dir, String name, long energyUj) {
        write(dir + "/name", name + "\n");
        write(dir + "/enabled", "1\n");
        return energy(dir, energyUj);
    }

    public FakePowercap energy(String dir, long energyUj) { return write(dir + "/energy_uj", energyUj + "\n"); }

    /** {@code constraint_<n>_max_power_uw}, with the name the kernel gives constraints 0 and 1. */
    public FakePowercap maxPower(String dir, int constraint, long uw) {
        write(dir + "/constraint_" + constraint + "_name", (constraint == 0 ? "long_term" : "short_term") + "\n");
        return write(dir + "/constraint_" + constraint + "_max_power_uw", uw + "\n");
    }

    public Path file(String dir, String name) { return root.resolve(dir).resolve(name); }

    public FakePowercap write(String relative, String content) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
