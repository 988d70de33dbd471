package io.wattprint.ledger.spool;

import static io.wattprint.ledger.spool.Records.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Location;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Pue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run record ({@code R}): the run's whole row, read back as written, nulls kept apart from empty text. */
class SpoolRunRecordTest {
    @TempDir
    Path dir;

    private static Run run(Workload w, Location l, String host, String command) {
        return new Run(Records.RUN, "run:" + Records.RUN, w, host, l, T0.plusNanos(1_500), null, RunStatus.RUNNING, null,
                command);
    }

    @Test
    void theRunRecordFollowsTheHeaderAsTheDocumentedText() throws Exception {
        Spool spool = new Spool(dir);
        Workload w = Workload.builder("bert").project("nlp").phase(Phase.FINE_TUNING).tag("b", "2").tag("a", "x\ty").build();
        Run run = run(w, new Location("FR", "aws:eu-west-3", null), "node-1", "python train.py --token=***");
        try (SpoolWriter writer = spool.create(Records.header(4242, null))) {
            writer.run(new SpoolRun(run, new PueAssumption(Pue.of(1.135), "provider PUE")));
        }

        List<String> lines = Files.readAllLines(spool.path(Records.RUN));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).isEqualTo(withCrc("R\t" + Records.RUN + "\trun:" + Records.RUN
                + "\tbert\tnlp\t\\N\t\\N\t\\N\tfine-tuning\tnode-1\tFR\taws:eu-west-3\t\\N"
                + "\t2026-01-01T12:00:00.000001500Z\t1.135\tprovider PUE\tpython train.py --token=***\ta\tx\\ty\tb\t2"));
    }

    @Test
    void aRunRecordReadsBackAsTheSameRowAndPue() {
        Spool spool = new Spool(dir);
        Workload w = new Workload("w", "", null, "llama", "3\\N", null, java.util.Map.of("k", ""));
        SpoolRun written = new SpoolRun(run(w, Location.unknown(), null, null), PueAssumption.notApplied());
        try (SpoolWriter writer = spool.create(Records.header(4242, null))) {
            writer.run(written);
            writer.append(List.of(Records.interval(0, 1.5)));
        }

        SpoolContents read = Spool.read(spool.path(Records.RUN));

        assertThat(read.run()).contains(written);
        assertThat(read.run().orElseThrow().run().workload().project()).as("empty text stays empty").isEmpty();
        assertThat(read.run().orElseThrow().run().workload().team()).as("null stays null").isNull();
        assertThat(read.intervals()).hasSize(1);
        assertThat(read.intact()).isTrue();
    }

    @Test
    void aFileWithoutARunRecordHasNone() {
        Spool spool = new Spool(dir);
        try (SpoolWriter writer = spool.create(Records.header(4242, null))) {
            writer.append(List.of(Records.interval(0, 1.5)));
        }

        SpoolContents read = Spool.read(spool.path(Records.RUN));

        assertThat(read.run()).isEmpty();
        assertThat(read.intervals()).hasSize(1);
        assertThat(read.intact()).isTrue();
    }

    @Test
    void aDamagedRunRecordIsSkippedAndReported() throws Exception {
        Spool spool = new Spool(dir);
        Run run = run(Workload.builder("w").build(), Location.zone("FR"), "h", "x");
        try (SpoolWriter writer = spool.create(Records.header(4242, null))) {
            writer.run(new SpoolRun(run, PueAssumption.notApplied()));
        }
        Path file = spool.path(Records.RUN);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\tw\t", "\tv\t"));   // a flipped byte in the workload name

        SpoolContents read = Spool.read(file);

        assertThat(read.run()).isEmpty();
        assertThat(read.skipped()).containsExactly(new SpoolContents.Skipped(4, "checksum mismatch"));
    }

    private static String withCrc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return body + "\t" + String.format("%08x", crc.getValue());
    }
}
