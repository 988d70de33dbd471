/**
 * The local spool: every tick's intervals are appended to a file before the ledger gets them, so a
 * run killed with SIGKILL, or cut short by a reboot, is recovered at the next start and closed as
 * interrupted with all the energy measured until then. The file is forced to disk every
 * {@link io.wattprint.ledger.spool.Spool#DEFAULT_SYNC_PERIOD 5 s} (group commit): a crash of the
 * operating system or a power cut loses at most that much metering.
 * Start at {@link io.wattprint.ledger.spool.Spool}.
 *
 * <h2>Spool file format, version 1</h2>
 *
 * One file per open run, {@code <run-id>.spool}, in the spool directory (mode 0700, files
 * 0600 where POSIX). UTF-8 text, one record per line, each ended by a line feed:
 *
 * <pre>
 * wattprint-spool 1
 * H  run-id  ledger  host  owner-pid  owner-start  run-start                    crc32
 * R  run-id  key  workload  project  team  model  model-version  phase  host
 *    zone  cloud-region  facility  start  pue  pue-basis  command  [tag-key  tag-value]...  crc32
 * I  start  end  component  joules  provenance-kind  provenance-method          crc32
 * M  at  PHASE|MARK  label  value                                               crc32
 * O  end  SUCCEEDED|FAILED|INTERRUPTED  exit-code                               crc32
 * </pre>
 *
 * <ul>
 *   <li>Line 1 is the magic line {@code wattprint-spool 1}; the number is the format version.
 *       Line 2 is the header record ({@code H}) and line 3 the same record again, so that a damaged
 *       copy (a flipped byte fails its checksum) still leaves the run readable; files of earlier
 *       releases have one copy, and a reader takes both. Then the run record ({@code R}), and interval
 *       ({@code I}), marker ({@code M}) and outcome ({@code O}) records in the order they were written.</li>
 *   <li>The run record ({@link io.wattprint.ledger.spool.SpoolRun}) is the run's whole row as stored, or to be
 *       stored: id, idempotency key, workload, project, team, model, model version, phase label, host, zone, cloud
 *       region, facility, start, the PUE value and its basis (what the close applies), the command line as stored
 *       (already redacted), then each tag as a key and a value, in key order. It is written once the run's start is
 *       known (when the ledger took the row, or when metering began while other processes held the ledger), before
 *       any interval. Recovery stores the row from it when the ledger does not have the run. Files of earlier
 *       releases, and a file whose wattprint stopped before the start was known, have none.</li>
 *   <li>A field with no value (null, as opposed to empty text) is written {@code \N}; only the run record has
 *       such fields.</li>
 *   <li>Fields are separated by one tab (shown as spaces above). Inside a field, backslash,
 *       tab, line feed and carriage return are written {@code \\}, {@code \t}, {@code \n},
 *       {@code \r}, so a raw tab always separates fields and a raw line feed always ends a
 *       record.</li>
 *   <li>The last field is the CRC-32 (as {@link java.util.zip.CRC32}) of the line's bytes
 *       before the tab that precedes it, as 8 lowercase hex digits.</li>
 *   <li>Instants are ISO-8601 in UTC with nine fraction digits,
 *       {@code 2026-01-01T12:00:03.250000000Z}. {@code owner-start} is empty where the OS did
 *       not tell the owner its own start.</li>
 *   <li>{@code joules} is the interval's energy as a plain decimal: the shortest decimal that
 *       reads back as the same {@code double} ({@link java.lang.Double#toString} without the
 *       exponent), so the spool holds exactly what the ledger stores. {@code component} is
 *       {@link io.wattprint.core.model.Component#toString()}; {@code provenance-kind} a
 *       {@link io.wattprint.core.model.Provenance.Kind} name.</li>
 *   <li>{@code value} of a marker is a decimal integer, empty for a phase.</li>
 *   <li>An outcome ({@code O}) is written when the run ends, before the ledger is asked to close
 *       it; {@code exit-code} is empty when the command gave none. Recovery closes a run with its
 *       last outcome record (else as interrupted), so an exit code the ledger could not take in
 *       time is not lost. A reader that predates the record skips it as an unknown line.</li>
 * </ul>
 *
 * <p>Reading: a file whose line 1 or 2 is not a valid magic line and header is refused with an
 * error naming it. After that, bytes past the last line feed are a record cut short by a crash:
 * they are dropped and counted. A whole line that fails its checksum, or does not parse, is
 * skipped with its line number and reason, and reading goes on. A reader of version 1 refuses
 * files of any other version.
 *
 * <p>Writing: the header goes to {@code <run-id>.spool.tmp}, is forced and renamed into place,
 * so a {@code .spool} file always has a whole header. Each append is one positioned write of
 * the batch's lines; the appends of a sync period are forced together by one {@code force(false)}
 * (fdatasync), and the run record, markers, the outcome and the close are forced at once. After a
 * failed write the next one first cuts the file back to its last whole record.
 */
package io.wattprint.ledger.spool;
