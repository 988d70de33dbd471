package io.wattprint.meter.rapl;

import io.wattprint.core.model.Component;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RAPL zones from the Linux power capping framework in sysfs. The root is a parameter
 * (default {@value #DEFAULT_ROOT}) so that tests run on fake trees in a temporary directory.
 *
 * <p>Layout, from the kernel's ABI description
 * (<a href="https://www.kernel.org/doc/Documentation/ABI/testing/sysfs-class-powercap">sysfs-class-powercap</a>)
 * and <a href="https://docs.kernel.org/power/powercap/powercap.html">Power Capping Framework</a>:
 * every zone of every control type is listed in the root as {@code <control type>:<zone>[:<subzone>]},
 * with a {@code name} file, {@code energy_uj} ("current energy counter in micro-joules"),
 * {@code max_energy_range_uj} ("range of the above energy counter") and, per power constraint,
 * {@code constraint_X_max_power_uw}. The RAPL control types are {@code intel-rapl} (MSRs; AMD
 * processors use the same driver and names) and {@code intel-rapl-mmio} (the same package counter
 * read through memory-mapped registers on some client parts).
 *
 * <p>Which zones are energy to add up (DOMAIN.md §1):
 * <ul>
 *   <li>top-level zones named {@code package-N} (or {@code package-N-die-M} on multi-die parts): yes;</li>
 *   <li>their subzones named {@code dram}: when asked — DRAM sits outside the package;</li>
 *   <li>subzones {@code core} and {@code uncore}: never, their energy is already inside the package's;</li>
 *   <li>{@code psys} (the whole SoC, packages included): never;</li>
 *   <li>an {@code intel-rapl-mmio} package with the same name as an {@code intel-rapl} one: dropped,
 *       it counts the same energy; kept only where no MSR zone exists for that package.</li>
 * </ul>
 */
public final class Powercap {
    public static final String DEFAULT_ROOT = "/sys/class/powercap";

    /** Reads one sysfs attribute file; injectable so that tests can fail reads even when run as root. */
    @FunctionalInterface
    public interface AttributeReader {
        String read(Path file) throws IOException;
    }

    static final String MSR = "intel-rapl";
    static final String MMIO = "intel-rapl-mmio";
    private static final Pattern ZONE_DIR = Pattern.compile("(intel-rapl|intel-rapl-mmio):(\\d+)(?::(\\d+))?");
    private static final Pattern PACKAGE = Pattern.compile("package-\\d+(?:-die-\\d+)?");
    private static final Pattern MAX_POWER = Pattern.compile("constraint_\\d+_max_power_uw");

    private final Path root;
    private final AttributeReader reader;

    public Powercap(Path root, AttributeReader reader) {
        this.root = root;
        this.reader = reader;
    }

    public Powercap(Path root) { this(root, file -> Files.readString(file, StandardCharsets.US_ASCII)); }

    public static Powercap system() { return new Powercap(Path.of(DEFAULT_ROOT)); }

    public Path root() { return root; }

    /** Whether the powercap class exists at all (it does not in most VMs and containers, nor off Linux). */
    public boolean isPresent() { return Files.isDirectory(root); }

    /**
     * The RAPL package zones, and their {@code dram} subzones when {@code withDram}, in sysfs order
     * ({@code intel-rapl:0}, {@code intel-rapl:0:2}, {@code intel-rapl:1}, …). Zones whose
     * {@code name} cannot be read are left out: a container runtime may mask the directories the
     * root's links point to.
     */
    public List<RaplZone> zones(boolean withDram) throws IOException {
        if (!isPresent()) return List.of();
        List<Listed> listed = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                Matcher m = ZONE_DIR.matcher(dir.getFileName().toString());
                if (!m.matches()) continue;
                Optional<String> name = attribute(dir.resolve("name"));
                if (name.isEmpty()) continue;
                int sub = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
                listed.add(new Listed(dir, m.group(1), Integer.parseInt(m.group(2)), sub, name.get()));
            }
        }
        listed.sort(Comparator.comparing(Listed::type).thenComparingInt(Listed::zone).thenComparingInt(Listed::sub));

        Set<String> msrPackages = new HashSet<>();
        for (Listed z : listed) if (z.isPackage() && z.type().equals(MSR)) msrPackages.add(z.name());
        List<Listed> packages = new ArrayList<>();
        for (Listed z : listed) {
            if (z.isPackage() && (z.type().equals(MSR) || !msrPackages.contains(z.name()))) packages.add(z);
        }

        List<RaplZone> out = new ArrayList<>();
        for (Listed p : packages) {
            out.add(zone(p, new Component(Component.Kind.CPU, p.name())));
            if (!withDram) continue;
            for (Listed z : listed) {
                if (z.sub() >= 0 && z.type().equals(p.type()) && z.zone() == p.zone() && z.name().equals("dram")) {
                    out.add(zone(z, new Component(Component.Kind.DRAM, p.name())));
                }
            }
        }
        return out;
    }

    /** The zone's {@code energy_uj} now. */
    public long energyMicrojoules(RaplZone zone) throws IOException {
        Path file = zone.energyFile();
        String text = reader.read(file).trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IOException(file + " holds '" + text + "', not a number of microjoules");
        }
    }

    private RaplZone zone(Listed z, Component component) {
        return new RaplZone(z.dir().getFileName().toString(), z.name(), component, z.dir(),
                number(z.dir().resolve("max_energy_range_uj")), maxPower(z.dir()));
    }

    /** The largest positive {@code constraint_X_max_power_uw}; empty where the zone declares none. */
    private OptionalLong maxPower(Path dir) {
        long max = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, f -> MAX_POWER.matcher(f.getFileName().toString()).matches())) {
            for (Path f : files) max = Math.max(max, number(f).orElse(0));
        } catch (IOException e) {
            // No constraints listed: the caller falls back to a documented bound.
        }
        return max > 0 ? OptionalLong.of(max) : OptionalLong.empty();
    }

    private OptionalLong number(Path file) {
        Optional<String> text = attribute(file);
        if (text.isEmpty()) return OptionalLong.empty();
        try {
            return OptionalLong.of(Long.parseLong(text.get()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private Optional<String> attribute(Path file) {
        try {
            return Optional.of(reader.read(file).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A zone directory as listed: control type, zone and subzone numbers (-1 for a top-level zone), name. */
    private record Listed(Path dir, String type, int zone, int sub, String name) {
        boolean isPackage() { return sub < 0 && PACKAGE.matcher(name).matches(); }
    }
}
