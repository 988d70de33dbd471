/**
 * The life of a metered run, written once for {@code wattprint run}, the Java API and agents:
 * {@link io.wattprint.run.RunLifecycle} (recover → probe → open) and {@link io.wattprint.run.MeterSession}
 * (sample → spool → ledger, markers, finish → close with the footprint). By folder: {@code sampler} what
 * the meter reads on this machine, {@code spool} where each tick goes (spool file first), {@code recovery}
 * the runs a killed wattprint left open, {@code close} the footprint and the close, {@code site} where a
 * run is and its PUE. Internal to wattprint: users call {@code io.wattprint.api}.
 */
package io.wattprint.run;
