/**
 * The outbox of an agent: the runs still to be sent to a wattprint server, one marker file each
 * ({@link io.wattprint.run.outbox.Outbox}).
 */
package io.wattprint.run.outbox;
