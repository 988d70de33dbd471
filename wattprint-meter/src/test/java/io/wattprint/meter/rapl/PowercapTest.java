package io.wattprint.meter.rapl;

import static io.wattprint.meter.rapl.FakePowercap.AMD_RANGE;
import static io.wattprint.meter.rapl.FakePowercap.INTEL_RANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PowercapTest {
    @TempDir Path dir;

    private static List<String> described(List<RaplZone> zones) {
        return zones.stream().map(z -> z.sysfsName() + " " + z.name() + " -> " + z.component()).toList();
    }

    @Test
    void singleSocketGivesItsPackageAndItsDramOnlyWhenAsked() throws IOException {
        FakePowercap f = new FakePowercap(dir)
                .zone("intel-rapl:0", "package-0", 1_000, INTEL_RANGE).maxPower("intel-rapl:0", 0, 125_000_000)
                .zone("intel-rapl:0:0", "dram", 2_000, INTEL_RANGE);

        assertThat(f.powercap().zones(false)).containsExactly(new RaplZone("intel-rapl:0", "package-0",
                Component.cpuPackage(0), dir.resolve("intel-rapl:0"), OptionalLong.of(INTEL_RANGE), OptionalLong.of(125_000_000)));
        assertThat(described(f.powercap().zones(true))).containsExactly(
                "intel-rapl:0 package-0 -> cpu:package-0",
                "intel-rapl:0:0 dram -> dram:package-0");
    }

    @Test
    void twoSocketsGiveTwoPackagesEachWithItsDram() throws IOException {
        FakePowercap f = new FakePowercap(dir)
                .zone("intel-rapl:1", "package-1", 1, INTEL_RANGE)
                .zone("intel-rapl:1:0", "dram", 1, INTEL_RANGE)
                .zone("intel-rapl:0", "package-0", 1, INTEL_RANGE)
                .zone("intel-rapl:0:0", "dram", 1, INTEL_RANGE);

        assertThat(described(f.powercap().zones(true))).containsExactly(
                "intel-rapl:0 package-0 -> cpu:package-0",
                "intel-rapl:0:0 dram -> dram:package-0",
                "intel-rapl:1 package-1 -> cpu:package-1",
                "intel-rapl:1:0 dram -> dram:package-1");
        assertThat(f.powercap().zones(true)).extracting(RaplZone::component)
                .contains(new Component(Component.Kind.DRAM, "package-1"));
    }

    @Test
    void amdProcessorsUseTheSameDriverAndNames() throws IOException {
        // AMD Zen: package and core zones, no DRAM zone, no power constraints, a 2^32 × 2^-16 J range.
        FakePowercap f = new FakePowercap(dir)
                .zone("intel-rapl:0", "package-0", 5, AMD_RANGE)
                .zone("intel-rapl:0:0", "core", 4, AMD_RANGE)
                .zone("intel-rapl:1", "package-1", 5, AMD_RANGE)
                .zone("intel-rapl:1:0", "core", 4, AMD_RANGE);

        List<RaplZone> zones = f.powercap().zones(true);
        assertThat(described(zones)).containsExactly(
                "intel-rapl:0 package-0 -> cpu:package-0",
                "intel-rapl:1 package-1 -> cpu:package-1");
        assertThat(zones.get(0).maxEnergyRangeUj()).hasValue(AMD_RANGE);
        assertThat(zones.get(0).maxPowerUw()).isEmpty();
    }

    @Test
    void mmioDuplicateOfAnMsrPackageIsDropped() throws IOException {
        FakePowercap f = new FakePowercap(dir)
                .zone("intel-rapl-mmio:0", "package-0", 1, INTEL_RANGE)
                .zone("intel-rapl:0", "package-0", 1, INTEL_RANGE);
        assertThat(described(f.powercap().zones(true))).containsExactly("intel-rapl:0 package-0 -> cpu:package-0");
    }

    @Test
    void mmioPackageIsKeptWhereNoMsrZoneCountsIt() throws IOException {
        FakePowercap f = new FakePowercap(dir)
                .zone("intel-rapl-mmio:0", "package-0", 1, INTEL_RANGE)
                .zone("intel-rapl:0", "psys", 1, INTEL_RANGE);
        assertThat(described(f.powercap().zones(true))).containsExactly("intel-rapl-mmio:0 package-0 -> cpu:package-0");
    }

    @Test
    void psysCoreAndUncoreAreNeverAdded() throws IOException {
        // A laptop: package with core, uncore and dram subzones; psys (the whole SoC) as a zone of its own.
        FakePowercap f = new FakePowercap(dir)
                .zone("intel-rapl:0", "package-0", 1, INTEL_RANGE)
                .zone("intel-rapl:0:0", "core", 1, INTEL_RANGE)
                .zone("intel-rapl:0:1", "uncore", 1, INTEL_RANGE)
                .zone("intel-rapl:0:2", "dram", 1, INTEL_RANGE)
                .zone("intel-rapl:1", "psys", 1, INTEL_RANGE);
        assertThat(described(f.powercap().zones(true))).containsExactly(
                "intel-rapl:0 package-0 -> cpu:package-0",
                "intel-rapl:0:2 dram -> dram:package-0");
    }

    @Test
    void diesOfAMultiDiePackageAreZonesOfTheirOwn() throws IOException {
        FakePowercap f = new FakePowercap(dir)
                .zone("intel-rapl:0", "package-0-die-0", 1, INTEL_RANGE)
                .zone("intel-rapl:1", "package-0-die-1", 1, INTEL_RANGE)
                .zone("intel-rapl:1:0", "dram", 1, INTEL_RANGE);
        assertThat(described(f.powercap().zones(true))).containsExactly(
                "intel-rapl:0 package-0-die-0 -> cpu:package-0-die-0",
                "intel-rapl:1 package-0-die-1 -> cpu:package-0-die-1",
                "intel-rapl:1:0 dram -> dram:package-0-die-1");
    }

    @Test
    void maxPowerIsTheLargestPositiveConstraint() throws IOException {
        FakePowercap f = new FakePowercap(dir)
                .zone("intel-rapl:0", "package-0", 1, INTEL_RANGE)
                .maxPower("intel-rapl:0", 0, 125_000_000)
                .maxPower("intel-rapl:0", 1, 200_000_000)
                .write("intel-rapl:0/constraint_2_max_power_uw", "0\n")
                .zone("intel-rapl:0:0", "dram", 1, INTEL_RANGE)
                .write("intel-rapl:0:0/constraint_0_max_power_uw", "0\n");
        List<RaplZone> zones = f.powercap().zones(true);
        assertThat(zones.get(0).maxPowerUw()).hasValue(200_000_000);
        assertThat(zones.get(1).maxPowerUw()).isEmpty();
    }

    @Test
    void missingOrMalformedRangeIsUnknown() throws IOException {
        FakePowercap f = new FakePowercap(dir)
                .zone("intel-rapl:0", "package-0", 1)
                .zone("intel-rapl:1", "package-1", 1).write("intel-rapl:1/max_energy_range_uj", "lots\n");
        assertThat(f.powercap().zones(false)).extracting(RaplZone::maxEnergyRangeUj)
                .containsExactly(OptionalLong.empty(), OptionalLong.empty());
    }

    @Test
    void zonesWhoseNameCannotBeReadAreLeftOut() throws IOException {
        // As in a container that masks /sys/devices/virtual/powercap: the class links point nowhere.
        FakePowercap f = new FakePowercap(dir).zone("intel-rapl:1", "package-1", 1, INTEL_RANGE);
        Files.createSymbolicLink(dir.resolve("intel-rapl:0"), dir.resolve("masked/intel-rapl:0"));
        assertThat(described(f.powercap().zones(true))).containsExactly("intel-rapl:1 package-1 -> cpu:package-1");
    }

    @Test
    void otherControlTypesAndDeeperZonesAreIgnored() throws IOException {
        FakePowercap f = new FakePowercap(dir)
                .zone("dtpm:0", "package-0", 1, INTEL_RANGE)
                .zone("intel-rapl:0", "package-0", 1, INTEL_RANGE)
                .zone("intel-rapl:0:0:0", "dram", 1, INTEL_RANGE);
        assertThat(described(f.powercap().zones(true))).containsExactly("intel-rapl:0 package-0 -> cpu:package-0");
    }

    @Test
    void noPowercapDirectoryMeansNoZones() throws IOException {
        Powercap p = new Powercap(dir.resolve("absent"));
        assertThat(p.isPresent()).isFalse();
        assertThat(p.zones(true)).isEmpty();
    }

    @Test
    void readsTheCounterInMicrojoules() throws IOException {
        FakePowercap f = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 262_143_328_850L, INTEL_RANGE);
        RaplZone z = f.powercap().zones(false).get(0);
        assertThat(f.powercap().energyMicrojoules(z)).isEqualTo(262_143_328_850L);

        f.energy("intel-rapl:0", 0);
        assertThat(f.powercap().energyMicrojoules(z)).isZero();

        f.write("intel-rapl:0/energy_uj", "n/a\n");
        assertThatThrownBy(() -> f.powercap().energyMicrojoules(z)).isInstanceOf(IOException.class)
                .hasMessage(z.energyFile() + " holds 'n/a', not a number of microjoules");
    }
}
