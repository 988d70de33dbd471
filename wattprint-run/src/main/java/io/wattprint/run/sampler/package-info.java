/** What the sampler reads on this machine for a process tree: NVML GPUs, RAPL or estimators ({@link io.wattprint.run.sampler.Meters}). */
package io.wattprint.run.sampler;
