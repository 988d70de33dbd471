/**
 * Where the sampler writes each tick ({@link io.wattprint.run.spool.TickWriter}): the run's spool file
 * first (written at once, forced to disk every 5 s; the file format is {@code io.wattprint.ledger.spool}), then listeners, then the
 * ledger from a thread of its own.
 */
package io.wattprint.run.spool;
