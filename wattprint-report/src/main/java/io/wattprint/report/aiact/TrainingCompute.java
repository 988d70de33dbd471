package io.wattprint.report.aiact;

import io.wattprint.ledger.RunRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Training compute in FLOPs: the provider's figure ({@code --flops}) when given, otherwise the sum of the runs'
 * {@code flops} tags (runs without the tag add nothing and are counted; a tag that is not a positive number is
 * named and left out); null when neither is known.
 */
record TrainingCompute(BigDecimal flops, Source source, int taggedRuns, List<String> untagged, List<String> badTags) {
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
        if (given != null) return new TrainingCompute(given, Source.GIVEN, tagged, untagged, bad);
        if (tagged == 0) return new TrainingCompute(null, Source.NONE, 0, untagged, bad);
        return new TrainingCompute(sum, Source.TAGS, tagged, untagged, bad);
    }
}
