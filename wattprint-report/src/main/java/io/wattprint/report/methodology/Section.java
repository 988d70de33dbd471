package io.wattprint.report.methodology;

import io.wattprint.report.doc.Block;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** One section of the appendix: its blocks and its JSON object (the same content). */
record Section(List<Block> blocks, Map<String, Object> json) {
    Section {
        blocks = List.copyOf(blocks);
    }

    /** Up to {@code max} names joined by ", ", then "and N more"; "(none)" when there are none. */
    static String names(Collection<String> names, int max) {
        if (names.isEmpty()) return "(none)";
        List<String> shown = names.stream().limit(max).toList();
        return String.join(", ", shown) + (names.size() > max ? " and " + (names.size() - max) + " more" : "");
    }
}
