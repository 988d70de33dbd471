package io.wattprint.meter.nvml;

import java.util.Objects;

/** A physical GPU as NVML enumerated it: index (PCI bus order), handle, and the ids that outlive a reboot. */
public record GpuDevice(int index, Nvml.Handle handle, String uuid, String name, String pciBusId) {
    public GpuDevice {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(uuid, "uuid");
    }

    /** {@code gpu:0 (GPU-8932f937-…)}: how messages name the device. */
    public String label() { return "gpu:" + index + " (" + uuid + ")"; }
}
