package io.wattprint.meter.nvml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which physical GPUs {@code CUDA_VISIBLE_DEVICES} leaves to the run, read as the CUDA C Programming
 * Guide ("CUDA Environment Variables") describes it: unset means all; an empty value or {@code -1}
 * means none; otherwise a comma list of indices, {@code GPU-<uuid>} UUIDs or unique prefixes of them,
 * and MIG instances ({@code MIG-<uuid>}, or the older {@code MIG-GPU-<uuid>/<gi>/<ci>}). As in CUDA,
 * the list stops at the first entry that names no device.
 *
 * <p>NVML measures energy per physical GPU, so a MIG instance selects its parent device.
 */
public final class CudaVisibleDevices {
    public static final String VARIABLE = "CUDA_VISIBLE_DEVICES";

    /** A physical GPU as NVML enumerates it, with the UUIDs of its MIG devices (empty without MIG). */
    public record Device(int index, String uuid, List<String> migUuids) {
        public Device { migUuids = List.copyOf(migUuids); }
    }

    /**
     * NVML indices of the selected physical GPUs, in the order first named, each once; notes for the
     * user; and whether any entry was a bare index (CUDA's order, which may differ from NVML's).
     */
    public record Selection(List<Integer> indices, List<String> notes, boolean byIndex) {
        public Selection {
            indices = List.copyOf(indices);
            notes = List.copyOf(notes);
        }
    }

    private CudaVisibleDevices() {}

    /** @param value the variable's value, {@code null} when unset */
    public static Selection select(String value, List<Device> devices) {
        List<Integer> all = new ArrayList<>();
        for (Device d : devices) all.add(d.index());
        if (value == null) return new Selection(all, List.of(), false);
        Set<Integer> chosen = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        boolean byIndex = false;
        String trimmed = value.trim();
        if (trimmed.isEmpty()) return new Selection(List.of(), notes, false);
        for (String raw : trimmed.split(",", -1)) {
            String entry = raw.trim();
            if (isIndex(entry)) byIndex = true;
            Device d = resolve(entry, devices);
            if (d == null) {
                if (!entry.equals("-1") || !chosen.isEmpty()) {
                    notes.add(VARIABLE + "=" + value + ": '" + entry + "' names no GPU on this host; as CUDA does, only the entries before it count");
                }
                break;
            }
            if (entry.toUpperCase(Locale.ROOT).startsWith("MIG-")) {
                notes.add(VARIABLE + " names MIG instance " + entry + " of gpu:" + d.index() + " (" + d.uuid()
                        + "): NVML measures energy per physical GPU, so gpu:" + d.index() + " counts all its MIG instances");
            }
            chosen.add(d.index());
        }
        return new Selection(new ArrayList<>(chosen), notes, byIndex);
    }

    private static boolean isIndex(String entry) {
        if (entry.isEmpty()) return false;
        for (int i = 0; i < entry.length(); i++) if (!Character.isDigit(entry.charAt(i))) return false;
        return true;
    }

    private static Device resolve(String entry, List<Device> devices) {
        if (isIndex(entry)) {
            long i;
            try {
                i = Long.parseLong(entry);
            } catch (NumberFormatException e) {
                return null;
            }
            for (Device d : devices) if (d.index() == i) return d;
            return null;
        }
        String e = entry.toUpperCase(Locale.ROOT);
        if (e.startsWith("GPU-")) return uniquePrefix(e, devices, false);
        if (e.startsWith("MIG-GPU-")) { // MIG-GPU-<uuid>/<gi>/<ci>, before CUDA 11.4 / R470
            int slash = e.indexOf('/');
            return uniquePrefix(e.substring(4, slash < 0 ? e.length() : slash), devices, false);
        }
        if (e.startsWith("MIG-")) return uniquePrefix(e, devices, true);
        return null;
    }

    /** The one device whose UUID (or one of whose MIG UUIDs) starts with {@code prefix}; null if none or several. */
    private static Device uniquePrefix(String prefix, List<Device> devices, boolean mig) {
        Device found = null;
        for (Device d : devices) {
            List<String> ids = mig ? d.migUuids() : List.of(d.uuid());
            boolean match = false;
            for (String id : ids) match |= id.toUpperCase(Locale.ROOT).startsWith(prefix);
            if (!match) continue;
            if (found != null) return null;
            found = d;
        }
        return found;
    }
}
