/**
 * The last step of every run: the footprint from what the ledger holds, with the run's PUE and factors
 * ({@link io.wattprint.run.close.RunFactors}), stored with the outcome in one transaction
 * ({@link io.wattprint.run.close.RunClose}).
 */
package io.wattprint.run.close;
