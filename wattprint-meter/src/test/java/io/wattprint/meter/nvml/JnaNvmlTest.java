package io.wattprint.meter.nvml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wattprint.meter.nvml.Nvml.GpuProcess;
import io.wattprint.meter.nvml.Nvml.Handle;
import io.wattprint.meter.nvml.Nvml.ProcessList;
import io.wattprint.meter.nvml.Nvml.ProcessSample;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JnaNvmlTest {
    private static final long GIB = 1L << 30;

    @Test
    void withNeitherTheLibraryNorTheDriverTheLoaderFailsWithLibraryNotFound(@TempDir Path dir) {
        Nvml.Loader loader = JnaNvml.loader(List.of(dir, dir.resolve("lib64")), dir.resolve("proc/driver/nvidia/version"));

        assertThatThrownBy(loader::load)
                .isInstanceOf(NvmlException.class)
                .hasMessage("libnvidia-ml.so.1 not found: NVML_ERROR_LIBRARY_NOT_FOUND")
                .satisfies(e -> assertThat(((NvmlException) e).code()).isEqualTo(NvmlException.LIBRARY_NOT_FOUND));
    }

    /** A class loader that says which classes it has loaded; it sees the meter's classes and JNA only. */
    static final class Watching extends URLClassLoader {
        Watching(URL... urls) { super(urls, ClassLoader.getPlatformClassLoader()); }

        boolean loaded(String name) { return findLoadedClass(name) != null; }
    }

    @Test
    void aHostWithoutNvidiaLoadsNoJnaNativeCode(@TempDir Path dir) throws Exception {
        URL meter = JnaNvml.class.getProtectionDomain().getCodeSource().getLocation();
        URL jna = com.sun.jna.Library.class.getProtectionDomain().getCodeSource().getLocation();
        try (Watching cl = new Watching(meter, jna)) {
            Class<?> jnaNvml = Class.forName(JnaNvml.class.getName(), true, cl);
            Method loader = jnaNvml.getDeclaredMethod("loader", List.class, Path.class);
            loader.setAccessible(true);
            Object l = loader.invoke(null, List.of(dir), dir.resolve("no-driver"));
            Method load = Class.forName(Nvml.Loader.class.getName(), false, cl).getMethod("load");

            assertThatThrownBy(() -> {
                try {
                    load.invoke(l);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }).hasMessageContaining("NVML_ERROR_LIBRARY_NOT_FOUND");
            assertThat(cl.loaded(JnaNvml.class.getName())).isTrue();
            assertThat(cl.loaded("com.sun.jna.Native")).isFalse();
        }
    }

    /** Builds src/test/c/fake-nvml.c into {@code dir/libnvidia-ml.so.1}; skips the test without a C compiler. */
    private static Path fakeLibrary(Path dir) throws IOException, InterruptedException {
        Path source = Path.of("src/test/c/fake-nvml.c").toAbsolutePath();
        Path lib = dir.resolve(JnaNvml.LIBRARY);
        Process cc;
        try {
            cc = new ProcessBuilder("cc", "-shared", "-fPIC", "-o", lib.toString(), source.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no C compiler (cc) to build the fake NVML library");
            throw e;
        }
        String out = new String(cc.getInputStream().readAllBytes());
        assumeTrue(cc.waitFor(60, TimeUnit.SECONDS) && cc.exitValue() == 0, "cc failed: " + out);
        return lib;
    }

    @Test
    void theBindingCallsTheVersionedSymbolsAndReadsTheirStructs(@TempDir Path dir) throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the fake library is built for Linux");
        Path lib = fakeLibrary(dir);
        Nvml nvml = new JnaNvml(List.of(lib.toString())); // by path only: a real driver on this host must not answer

        assertThatThrownBy(nvml::deviceCount).isInstanceOf(NvmlException.class)
                .hasMessage("nvmlDeviceGetCount_v2 before nvmlInit_v2: NVML_ERROR_UNINITIALIZED");
        nvml.init();
        try {
            assertThat(nvml.driverVersion()).isEqualTo("580.65.06");
            assertThat(nvml.deviceCount()).isEqualTo(2);
            Handle h100 = nvml.handleByIndex(0);
            Handle p100 = nvml.handleByIndex(1);
            assertThat(h100).isNotEqualTo(p100);
            assertThat(nvml.uuid(h100)).isEqualTo("GPU-00000000-1111-2222-3333-444444444444");
            assertThat(nvml.name(h100)).isEqualTo("NVIDIA H100 80GB HBM3");
            assertThat(nvml.pciBusId(p100)).isEqualTo("00000000:3B:00.0");

            assertThat(nvml.totalEnergyMillijoules(h100)).isEqualTo(123_456_789L);
            assertThat(nvml.powerUsageMilliwatts(h100)).isEqualTo(75_123L);
            assertThat(nvml.powerInstantMilliwatts(h100)).isEqualTo(74_123L);
            assertThatThrownBy(() -> nvml.totalEnergyMillijoules(p100))
                    .isInstanceOf(NvmlException.class)
                    .hasMessage("nvmlDeviceGetTotalEnergyConsumption: NVML_ERROR_NOT_SUPPORTED");

            assertThat(nvml.computeProcesses(h100)).isEqualTo(new ProcessList(
                    List.of(new GpuProcess(4242, GIB), new GpuProcess(4343, 2 * GIB)), 24, 0));
            assertThat(nvml.computeProcesses(p100)).isEqualTo(new ProcessList(
                    List.of(new GpuProcess(11, GIB), new GpuProcess(22, 2 * GIB), new GpuProcess(33, 3 * GIB)), 32, 0));

            assertThat(nvml.processUtilization(h100, 0)).containsExactly(
                    new ProcessSample(4242, 1_717_243_200_000_001L, 50), new ProcessSample(4343, 1_717_243_200_000_002L, 51));
            assertThat(nvml.processUtilization(h100, 1_717_243_200_000_002L)).isEmpty();

            assertThat(nvml.migDeviceUuids(h100)).containsExactly(
                    "MIG-aaaaaaaa-0000-5111-8222-933344445555", "MIG-bbbbbbbb-0000-5111-8222-933344445555");
            assertThat(nvml.migDeviceUuids(p100)).isEmpty();

            assertThatThrownBy(() -> nvml.computeMode(h100))
                    .isInstanceOf(NvmlException.class)
                    .hasMessage("nvmlDeviceGetComputeMode: NVML_ERROR_FUNCTION_NOT_FOUND");
        } finally {
            nvml.shutdown();
        }
        assertThatThrownBy(nvml::deviceCount).isInstanceOf(NvmlException.class)
                .hasMessage("nvmlDeviceGetCount_v2: NVML_ERROR_UNINITIALIZED");
        nvml.shutdown(); // one more than init: nothing happens
    }

    @Test
    void theLoaderFindsTheLibraryInTheDirectoriesItSearches(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lib64"));
        Files.writeString(dir.resolve("lib64").resolve(JnaNvml.LIBRARY), "not a library");

        Nvml nvml = JnaNvml.loader(List.of(dir, dir.resolve("lib64")), dir.resolve("no-driver")).load();

        assertThat(nvml).isInstanceOf(JnaNvml.class);
    }

    @Test
    void aFileThatIsNoLibraryFailsInitWithLibraryNotFound(@TempDir Path dir) throws Exception {
        Path bogus = Files.writeString(dir.resolve(JnaNvml.LIBRARY), "not a library");
        Nvml nvml = new JnaNvml(List.of(bogus.toString()));

        assertThatThrownBy(nvml::init)
                .isInstanceOf(NvmlException.class)
                .hasMessageStartingWith("libnvidia-ml.so.1 could not be loaded (")
                .satisfies(e -> assertThat(((NvmlException) e).code()).isEqualTo(NvmlException.LIBRARY_NOT_FOUND));
        nvml.shutdown(); // after a failed init: nothing to release
    }
}
