package io.wattprint.report.maturity;

import io.wattprint.core.model.Run;

/**
 * How a run reached the ledger, read from its idempotency key: {@code run:} is what {@code wattprint run} and the
 * Java API ({@code Tracker}) write — recorded automatically, as the workload ran; {@code codecarbon:},
 * {@code kepler:} and the rest come from {@code wattprint ingest} (a person imported a file afterwards).
 */
final class Origin {
    private Origin() {}

    static boolean automatic(Run r) { return r.idempotencyKey().startsWith("run:"); }

    static String label(Run r) {
        String k = r.idempotencyKey();
        if (k.startsWith("run:")) return "meter/API";
        if (k.startsWith("codecarbon:")) return "CodeCarbon import";
        if (k.startsWith("kepler:")) return "Kepler import";
        return "import";
    }
}
