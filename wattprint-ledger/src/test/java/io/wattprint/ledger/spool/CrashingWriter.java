package io.wattprint.ledger.spool;

import io.wattprint.core.model.EnergyInterval;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child process for {@link SpoolCrashTest}: spools batches of four intervals as fast as it can
 * and prints the number of each batch once {@code append} has returned, until it is killed.
 */
final class CrashingWriter {
    private CrashingWriter() {}

    public static void main(String[] args) {
        Spool spool = new Spool(Path.of(args[0]));
        SpoolWriter w = spool.create(SpoolHeader.forThisProcess(Records.RUN, "sqlite ledger.db", Records.T0));
        for (int batch = 0; ; batch++) {
            w.append(batch(batch));
            if (!w.healthy()) throw new IllegalStateException(w.failure().orElseThrow().message());
            System.out.println(batch);
            System.out.flush();
        }
    }

    static List<EnergyInterval> batch(int batch) {
        List<EnergyInterval> out = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) out.add(Records.interval(batch, batch * 4 + i + 0.125));
        return out;
    }
}
