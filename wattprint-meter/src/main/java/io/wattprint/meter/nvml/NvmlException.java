package io.wattprint.meter.nvml;

import java.util.Map;

/**
 * An NVML call that did not return {@code NVML_SUCCESS}, with its {@code nvmlReturn_t} code.
 * Codes and names as in NVIDIA's NVML API reference ("nvmlReturn_t" enum).
 */
public final class NvmlException extends Exception {
    public static final int SUCCESS = 0;
    public static final int UNINITIALIZED = 1;
    public static final int INVALID_ARGUMENT = 2;
    public static final int NOT_SUPPORTED = 3;
    public static final int NO_PERMISSION = 4;
    public static final int NOT_FOUND = 6;
    public static final int INSUFFICIENT_SIZE = 7;
    public static final int DRIVER_NOT_LOADED = 9;
    public static final int TIMEOUT = 10;
    public static final int LIBRARY_NOT_FOUND = 12;
    public static final int FUNCTION_NOT_FOUND = 13;
    public static final int GPU_IS_LOST = 15;
    public static final int RESET_REQUIRED = 16;
    public static final int LIB_RM_VERSION_MISMATCH = 18;
    public static final int NO_DATA = 21;
    public static final int GPU_NOT_FOUND = 28;
    public static final int UNKNOWN = 999;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0, "NVML_SUCCESS"),
            Map.entry(1, "NVML_ERROR_UNINITIALIZED"),
            Map.entry(2, "NVML_ERROR_INVALID_ARGUMENT"),
            Map.entry(3, "NVML_ERROR_NOT_SUPPORTED"),
            Map.entry(4, "NVML_ERROR_NO_PERMISSION"),
            Map.entry(5, "NVML_ERROR_ALREADY_INITIALIZED"),
            Map.entry(6, "NVML_ERROR_NOT_FOUND"),
            Map.entry(7, "NVML_ERROR_INSUFFICIENT_SIZE"),
            Map.entry(8, "NVML_ERROR_INSUFFICIENT_POWER"),
            Map.entry(9, "NVML_ERROR_DRIVER_NOT_LOADED"),
            Map.entry(10, "NVML_ERROR_TIMEOUT"),
            Map.entry(11, "NVML_ERROR_IRQ_ISSUE"),
            Map.entry(12, "NVML_ERROR_LIBRARY_NOT_FOUND"),
            Map.entry(13, "NVML_ERROR_FUNCTION_NOT_FOUND"),
            Map.entry(14, "NVML_ERROR_CORRUPTED_INFOROM"),
            Map.entry(15, "NVML_ERROR_GPU_IS_LOST"),
            Map.entry(16, "NVML_ERROR_RESET_REQUIRED"),
            Map.entry(17, "NVML_ERROR_OPERATING_SYSTEM"),
            Map.entry(18, "NVML_ERROR_LIB_RM_VERSION_MISMATCH"),
            Map.entry(19, "NVML_ERROR_IN_USE"),
            Map.entry(20, "NVML_ERROR_MEMORY"),
            Map.entry(21, "NVML_ERROR_NO_DATA"),
            Map.entry(22, "NVML_ERROR_VGPU_ECC_NOT_ENABLED"),
            Map.entry(23, "NVML_ERROR_INSUFFICIENT_RESOURCES"),
            Map.entry(24, "NVML_ERROR_FREQ_NOT_SUPPORTED"),
            Map.entry(25, "NVML_ERROR_ARGUMENT_VERSION_MISMATCH"),
            Map.entry(26, "NVML_ERROR_DEPRECATED"),
            Map.entry(27, "NVML_ERROR_NOT_READY"),
            Map.entry(28, "NVML_ERROR_GPU_NOT_FOUND"),
            Map.entry(29, "NVML_ERROR_INVALID_STATE"),
            Map.entry(999, "NVML_ERROR_UNKNOWN"));

    private final int code;
    private final String detail;

    /** @param detail what failed, e.g. the NVML function name */
    public NvmlException(int code, String detail) {
        super(detail + ": " + name(code));
        this.code = code;
        this.detail = detail;
    }

    public int code() { return code; }

    public String detail() { return detail; }

    public String codeName() { return name(code); }

    /** {@code NVML_ERROR_GPU_IS_LOST} for 15; {@code NVML_ERROR_<n>} for a code this table lacks. */
    public static String name(int code) { return NAMES.getOrDefault(code, "NVML_ERROR_" + code); }

    /** The device or the driver is gone for good: no later call on this handle can succeed. */
    public boolean isDeviceGone() {
        return switch (code) {
            case GPU_IS_LOST, GPU_NOT_FOUND, RESET_REQUIRED, UNINITIALIZED, DRIVER_NOT_LOADED,
                    LIB_RM_VERSION_MISMATCH, INVALID_ARGUMENT, LIBRARY_NOT_FOUND -> true;
            default -> false;
        };
    }

    /** The call exists but this device or driver does not offer it. */
    public boolean isUnsupported() { return code == NOT_SUPPORTED || code == FUNCTION_NOT_FOUND; }
}
