package io.wattprint.meter.rapl;

import static io.wattprint.meter.rapl.FakePowercap.INTEL_RANGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.Discovery;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaplTest {
    @TempDir Path dir;

    private static Discovery discover(Powercap p) {
        return Rapl.discover(p, true, AttributionPolicy.RESERVED_HOST, null);
    }

    private FakePowercap oneSocket() {
        return new FakePowercap(dir)
                .zone("intel-rapl:0", "package-0", 1_000, INTEL_RANGE)
                .zone("intel-rapl:0:0", "dram", 2_000, INTEL_RANGE);
    }

    /** The note for counters only root may read, with this test's root in place of /sys/class/powercap. */
    private String rootOnlyNote(String file, String glob) {
        return "RAPL energy counters are readable by root only (" + dir.resolve(file) + ": permission denied; "
                + "Linux restricts them since November 2020 against the PLATYPUS side channel, CVE-2020-8694), "
                + "so CPU energy is estimated instead (labelled ESTIMATED). To measure it, on a machine where other "
                + "local users may see power readings: sudo chmod a+r " + dir.resolve(glob) + " (until reboot), or for "
                + "every boot a udev rule in /etc/udev/rules.d/99-wattprint-rapl.rules: ACTION==\"add\", "
                + "SUBSYSTEM==\"powercap\", KERNEL==\"intel-rapl*\", RUN+=\"/bin/chmod a+r /sys%p/energy_uj\"";
    }

    @Test
    void readableCountersGiveOneSourceOverEveryZoneAndNoNote() {
        Discovery d = discover(oneSocket().powercap());
        assertThat(d.notes()).isEmpty();
        assertThat(d.sources()).singleElement().isInstanceOfSatisfying(RaplEnergySource.class, s -> {
            assertThat(s.zones()).extracting(RaplZone::sysfsName).containsExactly("intel-rapl:0", "intel-rapl:0:0");
            assertThat(s.measuresDram()).isTrue();
        });
        assertThat(Rapl.discover(oneSocket().powercap(), false, AttributionPolicy.RESERVED_HOST, null).sources())
                .singleElement().isInstanceOfSatisfying(RaplEnergySource.class, s -> assertThat(s.measuresDram()).isFalse());
    }

    @Test
    void noPowercapDirectoryGivesNoSourceAndAShortNote() {
        Discovery d = discover(new Powercap(dir.resolve("powercap")));
        assertThat(d.sources()).isEmpty();
        assertThat(d.notes()).containsExactly("no RAPL energy counters: " + dir.resolve("powercap") + " does not exist "
                + "(virtual machines, most containers and non-Linux systems have none); CPU energy is estimated instead "
                + "(labelled ESTIMATED)");
    }

    @Test
    void powercapWithoutRaplPackagesGivesNoSourceAndANote() {
        FakePowercap f = new FakePowercap(dir).zone("intel-rapl:1", "psys", 1, INTEL_RANGE);
        Discovery d = discover(f.powercap());
        assertThat(d.sources()).isEmpty();
        assertThat(d.notes()).containsExactly("no RAPL package zones in " + dir + "; CPU energy is estimated instead (labelled ESTIMATED)");
    }

    @Test
    void rootOnlyCountersGiveOneNoteWithTheFileAndTheFix() {
        // Injected failure: the path is tested even where the tests run as root.
        FakePowercap f = oneSocket();
        Powercap p = f.powercap(file -> {
            if (file.getFileName().toString().equals("energy_uj")) throw new AccessDeniedException(file.toString());
            return Files.readString(file);
        });
        Discovery d = discover(p);
        assertThat(d.sources()).isEmpty();
        assertThat(d.notes()).containsExactly(rootOnlyNote("intel-rapl:0/energy_uj", "intel-rapl:*/energy_uj"));
    }

    @Test
    void rootOnlyMmioCounterGetsTheMmioGlob() {
        FakePowercap f = new FakePowercap(dir).zone("intel-rapl-mmio:0", "package-0", 1, INTEL_RANGE);
        Powercap p = f.powercap(file -> {
            if (file.getFileName().toString().equals("energy_uj")) throw new AccessDeniedException(file.toString());
            return Files.readString(file);
        });
        assertThat(discover(p).notes()).containsExactly(rootOnlyNote("intel-rapl-mmio:0/energy_uj", "intel-rapl-mmio:*/energy_uj"));
    }

    @Test
    void counterWithPermissionsZeroIsRootOnly() throws IOException {
        FakePowercap f = oneSocket();
        Path counter = f.file("intel-rapl:0", "energy_uj");
        Files.setPosixFilePermissions(counter, PosixFilePermissions.fromString("---------"));
        boolean modesBlockUs = !Files.isReadable(counter);
        if (!modesBlockUs) {
            System.err.println("RaplTest: SKIPPED counterWithPermissionsZeroIsRootOnly: running as root, which reads "
                    + "a mode-000 file anyway; rootOnlyCountersGiveOneNoteWithTheFileAndTheFix covers the path");
        }
        Assumptions.assumeTrue(modesBlockUs, "running as root: file modes do not stop reads; the injected-failure test covers this");

        Discovery d = discover(f.powercap());
        assertThat(d.sources()).isEmpty();
        assertThat(d.notes()).containsExactly(rootOnlyNote("intel-rapl:0/energy_uj", "intel-rapl:*/energy_uj"));
    }

    @Test
    void otherReadErrorsGiveANoteWithTheReason() throws IOException {
        FakePowercap f = oneSocket().write("intel-rapl:0:0/energy_uj", "\n");
        Discovery d = discover(f.powercap());
        assertThat(d.sources()).isEmpty();
        assertThat(d.notes()).containsExactly("cannot read RAPL counter " + dir.resolve("intel-rapl:0:0/energy_uj") + " ("
                + dir.resolve("intel-rapl:0:0/energy_uj") + " holds '', not a number of microjoules); "
                + "CPU energy is estimated instead (labelled ESTIMATED)");
    }
}
