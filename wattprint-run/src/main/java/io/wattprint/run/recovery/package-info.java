/** Runs a killed wattprint left open, closed from their spool files ({@link io.wattprint.run.recovery.SpoolRecovery}). */
package io.wattprint.run.recovery;
