/**
 * Storage for runs, energy intervals and footprints: an append-only ledger on SQLite (the
 * embedded default) or PostgreSQL (shared), with its own small migration runner.
 * Start at {@link io.wattprint.ledger.Ledger#open(String)}.
 */
package io.wattprint.ledger;
