package io.wattprint.meter.nvml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NvmlProbeTest {
    private static final String UUID = "GPU-8932f937-d72c-4106-c12f-20bd9faed9f6";

    /** Moves only when the probe pauses. */
    static final class StepClock extends Clock {
        Instant now = Instant.parse("2024-06-01T12:00:00Z");

        @Override public Instant instant() { return now; }
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
    }

    private final StringWriter text = new StringWriter();
    private final StepClock clock = new StepClock();

    private int probe(Nvml.Loader loader, String... args) {
        return NvmlProbe.run(args, loader, Map.of(), new PrintWriter(text, true), clock, d -> clock.now = clock.now.plus(d));
    }

    @Test
    void printsEachDeviceComparesCounterAndPowerAndMetersThroughDiscovery() {
        FakeNvml nvml = new FakeNvml();
        // reads: listing, compare start, compare end (1,400 J in 2 s), discovery, start, two 1 s polls of 700 J
        nvml.add(UUID).energy(1_000, 1_000, 1_401_000, 1_401_000, 1_401_000, 2_101_000, 2_801_000)
                .powerUsage(700_000).powerInstant(650_000).processes(4242);

        int status = probe(() -> nvml);

        assertThat(status).isZero();
        assertThat(text.toString()).contains(
                "driver 580.65.06, library libnvidia-ml.so.1\n",
                "1 device(s) in NVML order\n",
                "gpu:0 NVIDIA H100 80GB HBM3\n",
                "  uuid " + UUID + ", pci 00000000:18:00.0, compute mode 0, MIG devices []\n",
                "  total energy 1000 mJ, power usage 700000 mW, instant power (field 186) 650000 mW\n",
                "  compute processes (24-byte entries, 0 rejected): 4242 (1024 MiB)\n",
                "  SM samples none\n",
                "gpu:0 over 2.0 s: 700.0 W from the counter, 700.0 W mean power usage, 650.0 W mean instant power (20 samples)\n",
                "discovery with CUDA_VISIBLE_DEVICES=(unset):\n",
                "  gpu:0 (" + UUID + ") NVIDIA H100 80GB HBM3, PCI 00000000:18:00.0: NVML total-energy counter deltas",
                "  gpu:0: 1400.0 J in 2.0 s = 700.0 W\n");
        assertThat(nvml.refs).isZero();
    }

    @Test
    void withoutNvmlItSaysWhyAndExitsWithOne() {
        int status = probe(() -> { throw new NvmlException(NvmlException.LIBRARY_NOT_FOUND, "libnvidia-ml.so.1 not found"); });

        assertThat(status).isEqualTo(1);
        assertThat(text.toString()).isEqualTo("no NVIDIA GPU: NVML library libnvidia-ml.so.1 not found\n");
    }

    @Test
    void aWindowUnderOneSecondIsABadArgument() {
        assertThat(probe(FakeNvml::new, "0.5")).isEqualTo(2);
        assertThat(probe(FakeNvml::new, "two")).isEqualTo(2);
        assertThat(text.toString()).isEqualTo("usage: NvmlProbe [seconds ≥ 1]\nusage: NvmlProbe [seconds ≥ 1]\n");
        assertThat(clock.now).isEqualTo(Instant.parse("2024-06-01T12:00:00Z"));
    }
}
