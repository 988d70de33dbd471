package io.wattprint.meter.rapl;

import io.wattprint.core.model.Component;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One RAPL power zone wattprint reads: a CPU package (or die) or the DRAM of a package.
 *
 * @param sysfsName          the zone's directory name, e.g. {@code intel-rapl:0} or {@code intel-rapl:0:2}
 * @param name               the zone's {@code name} file, e.g. {@code package-0} or {@code dram}
 * @param component          what its energy is charged to: {@code cpu:package-0}, {@code dram:package-0}
 * @param dir                the zone's directory
 * @param maxEnergyRangeUj   {@code max_energy_range_uj}: the counter's largest value before it wraps
 *                           to 0; empty where the file is missing or unreadable
 * @param maxPowerUw         the largest {@code constraint_X_max_power_uw} above 0: the highest power
 *                           limit the zone accepts; empty where it declares none
 */
public record RaplZone(String sysfsName, String name, Component component, Path dir,
                       OptionalLong maxEnergyRangeUj, OptionalLong maxPowerUw) {
    public RaplZone {
        Objects.requireNonNull(sysfsName, "sysfsName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(maxEnergyRangeUj, "maxEnergyRangeUj");
        Objects.requireNonNull(maxPowerUw, "maxPowerUw");
    }

    public Path energyFile() { return dir.resolve("energy_uj"); }
}
