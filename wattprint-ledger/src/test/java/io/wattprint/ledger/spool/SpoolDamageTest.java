package io.wattprint.ledger.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.RunMarker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files a crash or a bad disk left behind: everything whole is recovered, the rest is counted. */
class SpoolDamageTest {
    @TempDir
    Path dir;

    /** A file of random records, the bytes it holds, and where its last record starts. */
    private record Written(Path file, byte[] bytes, long lastStart, List<EnergyInterval> intervals,
                           List<RunMarker> markers, boolean lastIsMarker) {}

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aFileCutAtAnyByteOfItsLastRecordGivesBackEveryWholeRecord(long seed) throws Exception {
        Written w = write(new Random(seed), 30);
        int lastLength = (int) (w.bytes().length - w.lastStart());
        List<EnergyInterval> wholeIntervals = w.lastIsMarker() ? w.intervals() : w.intervals().subList(0, w.intervals().size() - 1);
        List<RunMarker> wholeMarkers = w.lastIsMarker() ? w.markers().subList(0, w.markers().size() - 1) : w.markers();

        for (int cut = 0; cut < lastLength; cut++) {
            Files.write(w.file(), Arrays.copyOf(w.bytes(), (int) w.lastStart() + cut));

            SpoolContents read = Spool.read(w.file());

            assertThat(read.intervals()).as("cut %d bytes into the last record", cut).isEqualTo(wholeIntervals);
            assertThat(read.markers()).as("cut %d", cut).isEqualTo(wholeMarkers);
            assertThat(read.truncatedBytes()).as("cut %d", cut).isEqualTo(cut);
            assertThat(read.truncated()).isEqualTo(cut > 0);
            assertThat(read.skipped()).isEmpty();
        }
        Files.write(w.file(), w.bytes());
        assertThat(Spool.read(w.file()).intervals()).isEqualTo(w.intervals());
    }

    @Test
    void aBatchCutShortKeepsItsWholeLines() throws Exception {
        Path file;
        try (SpoolWriter w = new Spool(dir).create(Records.header(1, null))) {
            w.append(List.of(Records.interval(0, 1), Records.interval(0, 2), Records.interval(0, 3)));
            file = w.path();
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 20));

        SpoolContents read = Spool.read(file);

        assertThat(read.intervals()).containsExactly(Records.interval(0, 1), Records.interval(0, 2));
        assertThat(read.problems()).contains("spool " + file + ": last record cut short, "
                + (bytes.length - 20 - lastLineFeed(bytes, bytes.length - 20)) + " bytes dropped");
    }

    @Test
    void aLineThatFailsItsChecksumIsSkippedAndCounted() throws Exception {
        Path file;
        try (SpoolWriter w = new Spool(dir).create(Records.header(1, null))) {
            for (int i = 0; i < 5; i++) w.append(List.of(Records.interval(i, i + 0.5)));
            file = w.path();
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(4, lines.get(4).replace("1.5", "9.5")); // line 5: the second interval, a digit flipped
        Files.write(file, lines);

        SpoolContents read = Spool.read(file);

        assertThat(read.intervals()).extracting(x -> x.energy().joules()).containsExactly(0.5, 2.5, 3.5, 4.5);
        assertThat(read.skipped()).containsExactly(new SpoolContents.Skipped(5, "checksum mismatch"));
        assertThat(read.truncated()).isFalse();
        assertThat(read.problems()).contains("spool " + file + ": 1 line skipped (line 5: checksum mismatch)");
    }

    @Test
    void aWholeLineThatIsNotARecordIsSkippedWithItsReason() throws Exception {
        Path file;
        try (SpoolWriter w = new Spool(dir).create(Records.header(1, null))) {
            w.append(List.of(Records.interval(0, 1)));
            file = w.path();
        }
        String text = Files.readString(file) + checked("X\tfrom a later version") + "\n"
                + checked("I\tnot-an-instant\t2026-01-01T12:00:01Z\tgpu:0\t1\tMEASURED_COUNTER\tnvml")
                + checked("M\t2026-01-01T12:00:01Z\tPHASE") + "\u0000\u0000\u0000";
        Files.writeString(file, text);

        SpoolContents read = Spool.read(file);

        assertThat(read.intervals()).containsExactly(Records.interval(0, 1));
        assertThat(read.skipped()).extracting(SpoolContents.Skipped::toString).containsExactly(
                "line 5: unknown record type 'X'",
                "line 6: no checksum at the end of the line",
                "line 7: bad interval: Text 'not-an-instant' could not be parsed at index 0",
                "line 8: expected 5 fields, found 3");
        assertThat(read.truncatedBytes()).isEqualTo(3);
    }

    @Test
    void anEmptyFileIsRefusedNamingIt() throws Exception {
        Path file = Files.createFile(dir.resolve("a.spool"));
        assertThatThrownBy(() -> Spool.read(file)).isInstanceOf(SpoolException.class)
                .hasMessage(file + ": the file is empty; no run can be recovered from it");
    }

    @Test
    void aFileWithoutTheMagicLineIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("a.spool"), "ledger.db\tbinary\u0001junk\nmore\n");
        assertThatThrownBy(() -> Spool.read(file)).isInstanceOf(SpoolException.class).hasMessage(file
                + ": not a wattprint spool file (first line is 'ledger.db?binary?junk', expected 'wattprint-spool 1');"
                + " no run can be recovered from it");
    }

    @Test
    void aFileOfAnotherFormatVersionIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("a.spool"), "wattprint-spool 2\nH\t...\n");
        assertThatThrownBy(() -> Spool.read(file)).hasMessage(file + ": spool format '2' was written by another"
                + " wattprint; this one reads format 1; no run can be recovered from it");
    }

    @Test
    void aFileWithoutAHeaderRecordIsRefused() throws Exception {
        Path magicOnly = Files.writeString(dir.resolve("a.spool"), "wattprint-spool 1\n");
        Path cut = Files.writeString(dir.resolve("b.spool"), "wattprint-spool 1\nH\tabc");
        Path interval = Files.writeString(dir.resolve("c.spool"), "wattprint-spool 1\n"
                + checked("I\t2026-01-01T12:00:00Z\t2026-01-01T12:00:01Z\tgpu:0\t1\tMEASURED_COUNTER\tnvml"));

        assertThatThrownBy(() -> Spool.read(magicOnly)).hasMessage(magicOnly
                + ": the spool header is missing (the file ends after line 1); no run can be recovered from it");
        assertThatThrownBy(() -> Spool.read(cut)).hasMessage(cut
                + ": the spool header (line 2) is cut short; no run can be recovered from it");
        assertThatThrownBy(() -> Spool.read(interval)).hasMessage(interval
                + ": the spool header (line 2) is damaged: it is a 'I' record, expected 'H'; no run can be recovered from it");
    }

    @Test
    void aHeaderThatFailsItsChecksumIsRefused() throws Exception {
        Path file;
        try (SpoolWriter w = new Spool(dir).create(Records.header(1, null))) {
            file = w.path();
        }
        Files.writeString(file, Files.readString(file).replace("node-1", "node-2"));

        assertThatThrownBy(() -> Spool.read(file)).isInstanceOf(SpoolException.class).hasMessage(file
                + ": the spool header (line 2) is damaged: checksum mismatch; no run can be recovered from it");
    }

    @Test
    void aFlippedByteInTheHeaderLosesNothingTheCopyOnLine3IsUsed() throws Exception {
        Path file;
        try (SpoolWriter w = new Spool(dir).create(Records.header(1, null))) {
            w.append(List.of(Records.interval(0, 1), Records.interval(0, 2)));
            file = w.path();
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(1, lines.get(1).replace("node-1", "node-2"));   // the first copy only
        Files.write(file, lines);

        SpoolContents read = Spool.read(file);

        assertThat(read.header()).isEqualTo(Records.header(1, null));
        assertThat(read.intervals()).containsExactly(Records.interval(0, 1), Records.interval(0, 2));
        assertThat(read.skipped()).containsExactly(new SpoolContents.Skipped(2,
                "header damaged (checksum mismatch); its copy on line 3 was used"));
    }

    @Test
    void aFileOfAnEarlierReleaseWithOneHeaderReadsWhole() throws Exception {
        String header = new String(SpoolFormat.header(Records.header(1, null)), java.nio.charset.StandardCharsets.UTF_8);
        String interval = new String(SpoolFormat.interval(Records.interval(0, 1)), java.nio.charset.StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve(Records.RUN + ".spool"), "wattprint-spool 1\n" + header + interval);

        SpoolContents read = Spool.read(file);

        assertThat(read.header()).isEqualTo(Records.header(1, null));
        assertThat(read.intervals()).containsExactly(Records.interval(0, 1));
        assertThat(read.intact()).isTrue();
    }

    @Test
    void aMissingFileIsReportedByName() {
        Path file = dir.resolve("gone.spool");
        assertThatThrownBy(() -> Spool.read(file)).isInstanceOf(SpoolException.class)
                .hasMessage(file + ": cannot read spool file (no such file)");
    }

    private Written write(Random r, int records) throws Exception {
        List<EnergyInterval> intervals = new ArrayList<>();
        List<RunMarker> markers = new ArrayList<>();
        long lastStart = 0;
        boolean lastIsMarker = false;
        Path file;
        try (SpoolWriter w = new Spool(dir).create(Records.header(1, null))) {
            for (int i = 0; i < records; i++) {
                lastStart = w.size();
                lastIsMarker = r.nextInt(4) == 0;
                if (lastIsMarker) {
                    RunMarker m = Records.anyMarker(r);
                    w.marker(m);
                    markers.add(m);
                } else {
                    EnergyInterval x = Records.anyInterval(r);
                    w.append(List.of(x));
                    intervals.add(x);
                }
            }
            file = w.path();
        }
        return new Written(file, Files.readAllBytes(file), lastStart, intervals, markers, lastIsMarker);
    }

    private static int lastLineFeed(byte[] b, int len) {
        for (int i = len - 1; i >= 0; i--) if (b[i] == '\n') return i + 1;
        return 0;
    }

    private static String checked(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return body + "\t" + String.format("%08x", crc.getValue()) + "\n";
    }
}
