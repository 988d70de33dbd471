/**
 * NVIDIA GPU energy through NVML: {@link io.wattprint.meter.nvml.NvmlGpus#discover} finds the GPUs a
 * run can use ({@code CUDA_VISIBLE_DEVICES}) and makes a
 * {@link io.wattprint.meter.nvml.GpuEnergySource} for each; {@link io.wattprint.meter.nvml.Nvml} is
 * the hardware seam, bound by {@link io.wattprint.meter.nvml.JnaNvml} and faked in tests.
 *
 * <p>On a GPU machine, {@link io.wattprint.meter.nvml.NvmlProbe} checks the binding in one command:
 * <pre>
 * ../shared/tools/portable-jre.sh &amp;&amp; mvn -o -q -pl wattprint-core,wattprint-meter install -DskipTests
 * cp wattprint-core/target/wattprint-core-*.jar wattprint-meter/target/wattprint-meter-*.jar \
 *    ~/.m2/repository/net/java/dev/jna/jna/5.19.1/jna-5.19.1.jar .device/
 * # there:
 * tar xJf .device/jre.tar.xz -C /tmp &amp;&amp; /tmp/jre/bin/java -cp '.device/*' io.wattprint.meter.nvml.NvmlProbe 5
 * </pre>
 */
package io.wattprint.meter.nvml;
