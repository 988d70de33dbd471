package io.wattprint.api;

/**
 * Entry point of the Java API for JVM workloads:
 *
 * <pre>{@code
 * try (var run = Wattprint.track("bert-finetune").tag("team", "nlp").location("FR").start()) {
 *     run.phase("training");
 *     for (int epoch = 1; epoch <= 3; epoch++) {
 *         train();
 *         run.mark("epoch", epoch);
 *     }
 * }
 * }</pre>
 *
 * The run measures this JVM's process tree with the same meter, ledger and spool as
 * {@code wattprint run}, and shows up in {@code wattprint runs list}.
 */
public final class Wattprint {
    private Wattprint() {}

    /** A tracker for a workload named {@code workload}; configure it, then {@link Tracker#start()}. */
    public static Tracker track(String workload) { return new Tracker(workload); }
}
