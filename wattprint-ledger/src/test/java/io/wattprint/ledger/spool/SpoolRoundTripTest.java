package io.wattprint.ledger.spool;

import static io.wattprint.ledger.spool.Records.NVML;
import static io.wattprint.ledger.spool.Records.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.quantity.Energy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is appended is read back exactly: the same instants, components, provenance and joules. */
class SpoolRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void theFileIsTheDocumentedTextWithAChecksumPerLine() throws Exception {
        Spool spool = new Spool(dir);
        try (SpoolWriter w = spool.create(Records.header(4242, at("2026-01-01T11:59:58.5Z")))) {
            w.append(List.of(new EnergyInterval(T0, T0.plusMillis(1_000), Component.gpu("0"), Energy.ofJoules(251.25), NVML),
                    new EnergyInterval(T0, T0.plusMillis(1_000), Component.cpuPackage(0),
                            Energy.ofJoules(0.30000000000000004), new Provenance.Estimated("tdp\tcurve"))));
            w.marker(RunMarker.mark(T0.plusNanos(1), "epoch", 3));
            w.marker(RunMarker.phase(T0.plusSeconds(2), "eval"));
        }

        String header = line("H\t" + Records.RUN + "\tsqlite /home/me/.wattprint/ledger.db\tnode-1\t4242"
                + "\t2026-01-01T11:59:58.500000000Z\t2026-01-01T12:00:00.000000000Z");
        assertThat(Files.readString(spool.path(Records.RUN))).isEqualTo("wattprint-spool 1\n"
                + header + header
                + line("I\t2026-01-01T12:00:00.000000000Z\t2026-01-01T12:00:01.000000000Z\tgpu:0\t251.25"
                        + "\tMEASURED_COUNTER\tnvml-total-energy")
                + line("I\t2026-01-01T12:00:00.000000000Z\t2026-01-01T12:00:01.000000000Z\tcpu:package-0"
                        + "\t0.30000000000000004\tESTIMATED\ttdp\\tcurve")
                + line("M\t2026-01-01T12:00:00.000000001Z\tMARK\tepoch\t3")
                + line("M\t2026-01-01T12:00:02.000000000Z\tPHASE\teval\t"));
    }

    @Test
    void energiesReadBackAsTheSameDouble() {
        double[] joules = {0.0, 0.1 + 0.2, 123456.789012345678, 1e-9, 3.6e9, Math.nextUp(1.0), Math.nextDown(400.0),
                Double.MIN_VALUE, Double.MIN_NORMAL, 1e300, Double.MAX_VALUE, 1.0 / 3};
        List<EnergyInterval> written = new ArrayList<>();
        for (int i = 0; i < joules.length; i++) written.add(Records.interval(i, joules[i]));
        Random r = new Random(20260101);
        for (int i = 0; i < 2_000; i++) written.add(Records.interval(100 + i, Records.anyJoules(r)));

        Spool spool = new Spool(dir);
        try (SpoolWriter w = spool.create(Records.header(1, null))) {
            w.append(written);
        }

        SpoolContents read = Spool.read(spool.path(Records.RUN));
        assertThat(read.intervals()).isEqualTo(written);
        assertThat(read.intervals()).extracting(x -> Double.doubleToRawLongBits(x.energy().joules()))
                .isEqualTo(written.stream().map(x -> Double.doubleToRawLongBits(x.energy().joules())).toList());
        assertThat(read.intact()).isTrue();
    }

    @Test
    void intervalsAndMarkersReadBackInTheOrderWritten() {
        Random r = new Random(7);
        List<EnergyInterval> intervals = new ArrayList<>();
        List<RunMarker> markers = new ArrayList<>();
        SpoolHeader header = Records.header(99, at("2026-01-01T11:00:00.123456789Z"));

        Spool spool = new Spool(dir);
        try (SpoolWriter w = spool.create(header)) {
            for (int tick = 0; tick < 200; tick++) {
                List<EnergyInterval> batch = new ArrayList<>();
                for (int i = r.nextInt(6); i > 0; i--) batch.add(Records.anyInterval(r));
                w.append(batch);
                intervals.addAll(batch);
                if (r.nextInt(10) == 0) {
                    RunMarker m = Records.anyMarker(r);
                    w.marker(m);
                    markers.add(m);
                }
            }
            assertThat(w.healthy()).isTrue();
            assertThat(w.failure()).isEmpty();
        }

        SpoolContents read = Spool.read(spool.path(Records.RUN));
        assertThat(read.header()).isEqualTo(header);
        assertThat(read.intervals()).isEqualTo(intervals);
        assertThat(read.markers()).isEqualTo(markers).isNotEmpty();
        assertThat(read.intact()).isTrue();
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void theOutcomeReadsBackAndTheLastOneWins() {
        Spool spool = new Spool(dir);
        try (SpoolWriter w = spool.create(Records.header(1, null))) {
            w.outcome(new SpoolOutcome(at("2026-01-01T12:00:00Z"), io.wattprint.core.model.RunStatus.INTERRUPTED, null));
            w.outcome(new SpoolOutcome(at("2026-01-01T12:00:01.25Z"), io.wattprint.core.model.RunStatus.FAILED, 7));
        }
        SpoolContents c = Spool.read(spool.path(Records.RUN));

        assertThat(c.outcome()).contains(new SpoolOutcome(at("2026-01-01T12:00:01.25Z"), io.wattprint.core.model.RunStatus.FAILED, 7));
        assertThat(c.intact()).isTrue();
    }

    @Test
    void aFileWithoutAnOutcomeHasNone() {
        Spool spool = new Spool(dir);
        spool.create(Records.header(1, null)).close();

        assertThat(Spool.read(spool.path(Records.RUN)).outcome()).isEmpty();
    }

    @Test
    void anEmptyBatchWritesNothing() throws Exception {
        Spool spool = new Spool(dir);
        try (SpoolWriter w = spool.create(Records.header(1, null))) {
            long size = w.size();
            w.append(List.of());
            assertThat(w.size()).isEqualTo(size).isEqualTo(Files.size(w.path()));
        }
    }

    private static java.time.Instant at(String s) {
        return java.time.Instant.parse(s);
    }

    private static String line(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return body + "\t" + String.format("%08x", crc.getValue()) + "\n";
    }

    @Test
    void handWrittenInstantsMatchTheIsoFormatterForAnyInstant() {
        java.time.format.DateTimeFormatter iso = new java.time.format.DateTimeFormatterBuilder().appendInstant(9)
                .toFormatter(java.util.Locale.ROOT);
        java.util.Random random = new java.util.Random(20261123L);
        java.util.List<Instant> cases = new java.util.ArrayList<>(java.util.List.of(Instant.EPOCH,
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("1969-12-31T23:59:59.999999999Z"), Instant.parse("2024-02-29T12:00:00.000001Z"),
                Instant.parse("9999-12-31T23:59:59Z").plusSeconds(1), Instant.parse("0000-01-01T00:00:00Z").minusSeconds(1)));
        for (int i = 0; i < 5_000; i++) {
            cases.add(Instant.ofEpochSecond(random.nextLong() % 400_000_000_000L, random.nextInt(1_000_000_000)));
        }
        for (Instant t : cases) assertThat(SpoolFormat.instant(t)).as(t.toString()).isEqualTo(iso.format(t));
    }
}
