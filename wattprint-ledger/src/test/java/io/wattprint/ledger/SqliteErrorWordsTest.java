package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite's codes in words: what a user reads when the disk is full or a file vanished under the ledger. */
class SqliteErrorWordsTest {
    @Test
    void aFullDiskSaysSoInWords() {
        String reason = Connector.sqliteReason(new SQLiteException("[SQLITE_FULL] Insertion failed because database is full "
                + "(database or disk is full)", SQLiteErrorCode.SQLITE_FULL));

        assertThat(reason).startsWith("the disk holding it is full (no space left on device)").doesNotContain("SQLITE_");
    }

    @Test
    void anExtendedIoErrorSaysADiskReadOrWriteFailedAndWhichOne() {
        String shm = Connector.sqliteReason(new SQLiteException("[SQLITE_IOERR_SHMSIZE] (disk I/O error)", SQLiteErrorCode.SQLITE_IOERR_SHMSIZE));
        String shortRead = Connector.sqliteReason(new SQLiteException("[SQLITE_IOERR_SHORT_READ] (disk I/O error)",
                SQLiteErrorCode.SQLITE_IOERR_SHORT_READ));

        assertThat(shm).startsWith("a disk read or write failed (shmsize: the disk may be full or failing")
                .contains("wattprint doctor");
        assertThat(shortRead).startsWith("a disk read or write failed (short_read:");
    }

    @Test
    void aFailedTransactionOnAFullDiskNamesTheLedgerAndTheDisk() throws Exception {
        LedgerException e;
        try (java.sql.Connection memory = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            e = org.junit.jupiter.api.Assertions.assertThrows(LedgerException.class, () -> Sql.transaction(
                    memory, "/data/ledger.db", "close run r1", c -> {
                        throw new SQLiteException("[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL);
                    }));
        }

        assertThat(e.getMessage()).isEqualTo("cannot close run r1 in ledger /data/ledger.db: the disk holding it is full "
                + "(no space left on device): free some space, or move the ledger with --db");
    }

    @Test
    void aDamagedFileSaysSoInWordsAndPointsToDoctor() {
        String plain = Connector.sqliteReason(new SQLiteException("[SQLITE_CORRUPT] The database disk image is malformed "
                + "(database disk image is malformed)", SQLiteErrorCode.SQLITE_CORRUPT));
        String index = Connector.sqliteReason(new SQLiteException("[SQLITE_CORRUPT_INDEX] (database disk image is malformed)",
                SQLiteErrorCode.SQLITE_CORRUPT_INDEX));

        assertThat(plain).startsWith("the ledger file is damaged (SQLite: database disk image is malformed)")
                .contains("run wattprint doctor", "restore a backup").doesNotContain("SQLITE_");
        assertThat(index).isEqualTo(plain);
    }

    @Test
    void aFileThatIsNotADatabaseIsStillSaidSo() {
        String reason = Connector.sqliteReason(new SQLiteException("[SQLITE_NOTADB] file is not a database",
                SQLiteErrorCode.SQLITE_NOTADB));

        assertThat(reason).startsWith("file is not a SQLite database");
    }

    @Test
    void aReadOfADamagedLedgerNamesTheLedgerAndSaysItIsDamaged() throws Exception {
        LedgerException e;
        try (java.sql.Connection memory = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            e = org.junit.jupiter.api.Assertions.assertThrows(LedgerException.class, () -> Sql.read(
                    memory, "/data/ledger.db", "list open runs", c -> {
                        throw new SQLiteException("[SQLITE_CORRUPT] database disk image is malformed", SQLiteErrorCode.SQLITE_CORRUPT);
                    }));
        }

        assertThat(e.getMessage()).isEqualTo("cannot list open runs in ledger /data/ledger.db: the ledger file is damaged "
                + "(SQLite: database disk image is malformed); run wattprint doctor to see what its integrity check finds, "
                + "then copy the file aside and restore a backup");
    }

    @Test
    void aReadThatFailsOnTheDiskSaysADiskReadFailedNotTheDriversCode() throws Exception {
        LedgerException e;
        try (java.sql.Connection memory = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            e = org.junit.jupiter.api.Assertions.assertThrows(LedgerException.class, () -> Sql.read(
                    memory, "/data/ledger.db", "list runs", c -> {
                        throw new SQLiteException("[SQLITE_IOERR_SHORT_READ] (disk I/O error)", SQLiteErrorCode.SQLITE_IOERR_SHORT_READ);
                    }));
        }

        assertThat(e.getMessage()).startsWith("cannot list runs in ledger /data/ledger.db: a disk read or write failed (short_read:")
                .doesNotContain("SQLITE_");
    }

    @Test
    void aReadOfAnotherDatabaseKeepsItsOwnMessage() throws Exception {
        LedgerException e;
        try (java.sql.Connection memory = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            e = org.junit.jupiter.api.Assertions.assertThrows(LedgerException.class, () -> Sql.read(
                    memory, "postgresql db", "list runs", c -> {
                        throw new java.sql.SQLException("relation \"runs\" does not exist", "42P01");
                    }));
        }

        assertThat(e.getMessage()).isEqualTo("cannot list runs in ledger postgresql db: relation \"runs\" does not exist");
    }
}
