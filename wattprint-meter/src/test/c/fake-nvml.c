/*
 * A stand-in for libnvidia-ml.so.1, built by JnaNvmlTest with the system C compiler, so that the
 * JNA binding (symbol names, argument passing, struct layouts, size queries) is exercised on a host
 * without a GPU. Structs are declared as in NVIDIA's nvml.h so the compiler lays them out; the
 * functions follow the NVML API reference's documented behaviour. Not a model of any real driver.
 *
 * Devices: 0 "NVIDIA H100 80GB HBM3" (energy counter, MIG on with two instances, 24-byte process
 * entries), 1 "Tesla P100-PCIE-16GB" (no energy counter, R535-style 32-byte process entries).
 * nvmlDeviceGetComputeMode is left out on purpose: a symbol the driver lacks.
 */
#include <string.h>

typedef int nvmlReturn_t;
typedef void *nvmlDevice_t;

typedef struct {
    char busIdLegacy[16];
    unsigned int domain, bus, device, pciDeviceId, pciSubSystemId;
    char busId[32];
} nvmlPciInfo_t;

typedef union {
    double dVal;
    unsigned int uiVal;
    unsigned long ulVal;
    unsigned long long ullVal;
    signed long long sllVal;
    signed int siVal;
    unsigned short usVal;
} nvmlValue_t;

typedef struct {
    unsigned int fieldId;
    unsigned int scopeId;
    long long timestamp;
    long long latencyUsec;
    int valueType;
    nvmlReturn_t nvmlReturn;
    nvmlValue_t value;
} nvmlFieldValue_t;

typedef struct {
    unsigned int pid;
    unsigned long long usedGpuMemory;
    unsigned int gpuInstanceId;
    unsigned int computeInstanceId;
} nvmlProcessInfo_v3_t;

typedef struct {
    unsigned int pid;
    unsigned long long usedGpuMemory;
    unsigned int gpuInstanceId;
    unsigned int computeInstanceId;
    unsigned long long usedGpuCcProtectedMemory;
} r535ProcessInfo_t;

typedef struct {
    unsigned int pid;
    unsigned long long timeStamp;
    unsigned int smUtil, memUtil, encUtil, decUtil;
} nvmlProcessUtilizationSample_t;

typedef struct {
    const char *uuid, *name, *busId;
    unsigned long long energy;
    unsigned int power;
    int hasCounter, r535, nproc;
    unsigned int pids[3];
} fake_gpu;

static fake_gpu gpus[4] = {
    {"GPU-00000000-1111-2222-3333-444444444444", "NVIDIA H100 80GB HBM3", "00000000:18:00.0",
     123456789ULL, 75123, 1, 0, 2, {4242, 4343}},
    {"GPU-55555555-6666-7777-8888-999999999999", "Tesla P100-PCIE-16GB", "00000000:3B:00.0",
     0ULL, 31000, 0, 1, 3, {11, 22, 33}},
    {"MIG-aaaaaaaa-0000-5111-8222-933344445555", "MIG 1g.10gb", "", 0, 0, 0, 0, 0, {0}},
    {"MIG-bbbbbbbb-0000-5111-8222-933344445555", "MIG 3g.40gb", "", 0, 0, 0, 0, 0, {0}},
};
static int refs;

#define NEED_INIT if (refs == 0) return 1 /* NVML_ERROR_UNINITIALIZED */
#define DEVICE(d, g) NEED_INIT; fake_gpu *g = (fake_gpu *) (d); \
    if (g < gpus || g > gpus + 3) return 2 /* NVML_ERROR_INVALID_ARGUMENT */

static nvmlReturn_t copy(char *out, unsigned int length, const char *s) {
    if (strlen(s) + 1 > length) return 7; /* NVML_ERROR_INSUFFICIENT_SIZE */
    strcpy(out, s);
    return 0;
}

nvmlReturn_t nvmlInit_v2(void) { refs++; return 0; }

nvmlReturn_t nvmlShutdown(void) {
    if (refs == 0) return 1;
    refs--;
    return 0;
}

nvmlReturn_t nvmlSystemGetDriverVersion(char *version, unsigned int length) {
    NEED_INIT;
    return copy(version, length, "580.65.06");
}

nvmlReturn_t nvmlDeviceGetCount_v2(unsigned int *count) {
    NEED_INIT;
    *count = 2;
    return 0;
}

nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned int index, nvmlDevice_t *device) {
    NEED_INIT;
    if (index >= 2) return 2;
    *device = &gpus[index];
    return 0;
}

nvmlReturn_t nvmlDeviceGetUUID(nvmlDevice_t device, char *uuid, unsigned int length) {
    DEVICE(device, g);
    return copy(uuid, length, g->uuid);
}

nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t device, char *name, unsigned int length) {
    DEVICE(device, g);
    return copy(name, length, g->name);
}

nvmlReturn_t nvmlDeviceGetPciInfo_v3(nvmlDevice_t device, nvmlPciInfo_t *pci) {
    DEVICE(device, g);
    memset(pci, 0, sizeof *pci);
    strcpy(pci->busIdLegacy, g->busId + 4);
    pci->bus = 0x18;
    strcpy(pci->busId, g->busId);
    return 0;
}

nvmlReturn_t nvmlDeviceGetTotalEnergyConsumption(nvmlDevice_t device, unsigned long long *energy) {
    DEVICE(device, g);
    if (!g->hasCounter) return 3; /* NVML_ERROR_NOT_SUPPORTED: before Volta */
    *energy = g->energy;
    return 0;
}

nvmlReturn_t nvmlDeviceGetPowerUsage(nvmlDevice_t device, unsigned int *power) {
    DEVICE(device, g);
    *power = g->power;
    return 0;
}

nvmlReturn_t nvmlDeviceGetFieldValues(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values) {
    DEVICE(device, g);
    for (int i = 0; i < valuesCount; i++) {
        values[i].timestamp = 1717243200000000LL;
        if (values[i].fieldId == 186 && values[i].scopeId == 0) { /* NVML_FI_DEV_POWER_INSTANT, GPU scope */
            values[i].valueType = 1; /* NVML_VALUE_TYPE_UNSIGNED_INT */
            values[i].value.uiVal = g->power - 1000;
            values[i].nvmlReturn = 0;
        } else {
            values[i].nvmlReturn = 3;
        }
    }
    return 0;
}

nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, void *infos) {
    DEVICE(device, g);
    if (*infoCount < (unsigned int) g->nproc || (infos == NULL && g->nproc > 0)) {
        *infoCount = g->nproc;
        return g->nproc == 0 ? 0 : 7;
    }
    for (int i = 0; i < g->nproc; i++) {
        if (g->r535) {
            r535ProcessInfo_t *e = (r535ProcessInfo_t *) infos + i;
            e->pid = g->pids[i];
            e->usedGpuMemory = (i + 1ULL) << 30;
            e->gpuInstanceId = e->computeInstanceId = 0xFFFFFFFFu;
            e->usedGpuCcProtectedMemory = 0;
        } else {
            nvmlProcessInfo_v3_t *e = (nvmlProcessInfo_v3_t *) infos + i;
            e->pid = g->pids[i];
            e->usedGpuMemory = (i + 1ULL) << 30;
            e->gpuInstanceId = e->computeInstanceId = 0xFFFFFFFFu;
        }
    }
    *infoCount = g->nproc;
    return 0;
}

nvmlReturn_t nvmlDeviceGetProcessUtilization(nvmlDevice_t device, nvmlProcessUtilizationSample_t *utilization,
                                             unsigned int *processSamplesCount, unsigned long long lastSeenTimeStamp) {
    DEVICE(device, g);
    if (lastSeenTimeStamp >= 1717243200000002ULL || g->nproc == 0) return 6; /* NVML_ERROR_NOT_FOUND */
    if (utilization == NULL || *processSamplesCount < (unsigned int) g->nproc) {
        *processSamplesCount = g->nproc;
        return 7;
    }
    for (int i = 0; i < g->nproc; i++) {
        utilization[i].pid = g->pids[i];
        utilization[i].timeStamp = 1717243200000001ULL + i;
        utilization[i].smUtil = 50 + i;
        utilization[i].memUtil = 10;
        utilization[i].encUtil = utilization[i].decUtil = 0;
    }
    *processSamplesCount = g->nproc;
    return 0;
}

nvmlReturn_t nvmlDeviceGetMigMode(nvmlDevice_t device, unsigned int *currentMode, unsigned int *pendingMode) {
    DEVICE(device, g);
    if (g != &gpus[0]) return 3;
    *currentMode = *pendingMode = 1; /* NVML_DEVICE_MIG_ENABLE */
    return 0;
}

nvmlReturn_t nvmlDeviceGetMaxMigDeviceCount(nvmlDevice_t device, unsigned int *count) {
    DEVICE(device, g);
    (void) g;
    *count = 7;
    return 0;
}

nvmlReturn_t nvmlDeviceGetMigDeviceHandleByIndex(nvmlDevice_t device, unsigned int index, nvmlDevice_t *migDevice) {
    DEVICE(device, g);
    (void) g;
    if (index == 0) { *migDevice = &gpus[2]; return 0; }
    if (index == 2) { *migDevice = &gpus[3]; return 0; }
    return 6; /* an empty slot */
}
