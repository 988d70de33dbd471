/**
 * Importers: what organisations already have (CodeCarbon files, cloud provider carbon exports,
 * cloud usage, facility meters, grid-intensity series, Kepler) brought into the ledger.
 *
 * <p>An {@link io.wattprint.ingest.Importer} reads one file as a stream and hands each row either
 * to the ledger (through what its {@link io.wattprint.ingest.ImportContext} gives it) or to
 * {@link io.wattprint.ingest.ImportContext#reject}, which quarantines it with file, line, field and
 * reason. Nothing a user sent is lost; importing the same file twice adds nothing.
 */
package io.wattprint.ingest;
