package io.wattprint.meter.rapl;

import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.Discovery;
import io.wattprint.meter.procfs.CpuTimeShare;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.List;

/**
 * Probes for RAPL counters. Finds one {@link RaplEnergySource} over every package zone (and DRAM
 * zone when asked) whose counter can be read now, or none and one note saying why. Where there is
 * none the caller estimates CPU energy instead, which every note says.
 *
 * <p>Why counters are often unreadable: since November 2020 (Linux 5.10 and the stable kernels it
 * was backported to) {@code energy_uj} is readable by root only, a mitigation of the PLATYPUS power
 * side channel (CVE-2020-8694; Intel, "Running Average Power Limit Energy Reporting",
 * <a href="https://www.intel.com/content/www/us/en/developer/articles/technical/software-security-guidance/advisory-guidance/running-average-power-limit-energy-reporting.html">INTEL-SA-00389</a>).
 * The fix the note gives re-opens that channel to local users, so it says so. The udev rule runs
 * {@code chmod} on each powercap zone as it is added; {@code %p} is the zone's path under /sys
 * (udev(7), string substitutions).
 */
public final class Rapl {
    private Rapl() {}

    static final String ESTIMATED_INSTEAD = "CPU energy is estimated instead (labelled ESTIMATED)";
    static final String UDEV_RULE =
            "ACTION==\"add\", SUBSYSTEM==\"powercap\", KERNEL==\"intel-rapl*\", RUN+=\"/bin/chmod a+r /sys%p/energy_uj\"";

    /**
     * @param withDram also measure the {@code dram} zones where there are some
     * @param share    the run's CPU-time share; needed under {@link AttributionPolicy#SHARED_HOST} only
     */
    public static Discovery discover(Powercap powercap, boolean withDram, AttributionPolicy policy, CpuTimeShare share) {
        if (!powercap.isPresent()) {
            return Discovery.none("no RAPL energy counters: " + powercap.root() + " does not exist (virtual machines, "
                    + "most containers and non-Linux systems have none); " + ESTIMATED_INSTEAD);
        }
        List<RaplZone> zones;
        try {
            zones = powercap.zones(withDram);
        } catch (IOException e) {
            return Discovery.none("cannot list RAPL zones in " + powercap.root() + " (" + RaplEnergySource.why(e) + "); "
                    + ESTIMATED_INSTEAD);
        }
        if (zones.isEmpty()) {
            return Discovery.none("no RAPL package zones in " + powercap.root() + "; " + ESTIMATED_INSTEAD);
        }
        for (RaplZone z : zones) {
            try {
                powercap.energyMicrojoules(z);
            } catch (AccessDeniedException e) {
                return Discovery.none(rootOnly(powercap, z));
            } catch (IOException e) {
                return Discovery.none("cannot read RAPL counter " + z.energyFile() + " (" + RaplEnergySource.why(e) + "); "
                        + ESTIMATED_INSTEAD);
            }
        }
        return Discovery.of(List.of(new RaplEnergySource(powercap, zones, policy, share)));
    }

    /** The one note for counters only root may read: which file, why, what wattprint does instead, the fix. */
    static String rootOnly(Powercap powercap, RaplZone z) {
        String controlType = z.sysfsName().substring(0, z.sysfsName().indexOf(':'));
        return "RAPL energy counters are readable by root only (" + z.energyFile() + ": permission denied; Linux restricts "
                + "them since November 2020 against the PLATYPUS side channel, CVE-2020-8694), so " + ESTIMATED_INSTEAD
                + ". To measure it, on a machine where other local users may see power readings: "
                + "sudo chmod a+r " + powercap.root().resolve(controlType + ":*").resolve("energy_uj") + " (until reboot), "
                + "or for every boot a udev rule in /etc/udev/rules.d/99-wattprint-rapl.rules: " + UDEV_RULE;
    }
}
