package io.wattprint.report.aiact;

import io.wattprint.core.figure.Scientific;
import io.wattprint.ledger.RunRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Training compute in FLOPs: the provider's figure ({@code --flops}) when given, otherwise the sum of the counted
 * runs' {@code flops} tags (a tag that is not a positive number is named and left out); null when neither is known.
 * A sum over fewer than all {@code runs} is <b>partial</b>: a lower bound, stated as "at least", never as the total
 * (Annex XI §1 point 2(d) asks for the computational resources used to train the model, all of them).
 */
record TrainingCompute(BigDecimal flops, Source source, int runs, int taggedRuns, List<String> untagged, List<String> badTags) {
    enum Source { GIVEN, TAGS, NONE }

    static final String TAG = "flops";

    static TrainingCompute of(BigDecimal given, List<RunRecord> runs) {
        List<String> untagged = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int tagged = 0;
        for (RunRecord r : runs) {
            String t = r.run().workload().tags().get(TAG);
            if (t == null) {
                untagged.add(r.run().id());
                continue;
            }
            try {
                BigDecimal v = new BigDecimal(t.strip());
                if (v.signum() <= 0) throw new NumberFormatException();
                sum = sum.add(v);
                tagged++;
            } catch (NumberFormatException e) {
                bad.add(r.run().id() + " (flops=" + t + ")");
            }
        }
        int n = runs.size();
        if (given != null) return new TrainingCompute(given, Source.GIVEN, n, tagged, untagged, bad);
        if (tagged == 0) return new TrainingCompute(null, Source.NONE, n, 0, untagged, bad);
        return new TrainingCompute(sum, Source.TAGS, n, tagged, untagged, bad);
    }

    /** True when the figure covers every counted run (stated by the provider, or every run tagged); null when unknown. */
    Boolean complete() {
        return switch (source) {
            case GIVEN -> true;
            case TAGS -> taggedRuns == runs;
            case NONE -> null;
        };
    }

    /**
     * The form's line: "3.0 × 10²³ (stated by the provider)", "3.1 × 10²⁰ (sum of the flops tags of all 2 training
     * runs)", or, partial, "at least 1.5 × 10²⁰ (partial: declared by the flops tags of 1 of 2 training runs; the
     * other run declared none: b)"; "not given".
     */
    String text() {
        if (flops == null) return "not given";
        String value = Scientific.text(flops, 2, 4);
        if (source == Source.GIVEN) return value + " (stated by the provider)";
        if (taggedRuns == runs) {
            return value + (runs == 1 ? " (the flops tag of the only training run)" : " (sum of the flops tags of all " + runs + " training runs)");
        }
        return "at least " + value + " (partial: declared by the flops tags of " + taggedRuns + " of " + runs + " training runs; "
                + missing() + ")";
    }

    /** "the other run declared none: b", "the other 2 runs declared none: b, c; 1 run's tag is not a positive number: c (flops=x)". */
    String missing() {
        List<String> parts = new ArrayList<>();
        int none = untagged.size();
        if (none > 0) {
            parts.add("the other " + (none == 1 ? "run" : none + " runs") + " declared none: " + String.join(", ", untagged));
        }
        if (!badTags.isEmpty()) {
            parts.add(badTags.size() + " " + (badTags.size() == 1 ? "run's tag is" : "runs' tags are") + " not a positive number: "
                    + String.join(", ", badTags));
        }
        return String.join("; ", parts);
    }
}
