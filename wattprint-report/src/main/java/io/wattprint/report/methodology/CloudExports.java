package io.wattprint.report.methodology;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.report.doc.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The cloud provider exports of the period: per provider, export kind and model version, its figures and their span. */
final class CloudExports {
    record Export(String provider, String sourceKind, String modelVersion, int figures, String from, String to) {}

    private record Key(String provider, String kind, String model) implements Comparable<Key> {
        public int compareTo(Key o) {
            int c = provider.compareTo(o.provider);
            if (c == 0) c = kind.compareTo(o.kind);
            return c == 0 ? model.compareTo(o.model) : c;
        }
    }

    private CloudExports() {}

    static List<Export> of(List<CloudEmission> cloud) {
        Map<Key, int[]> count = new TreeMap<>();
        Map<Key, Instant[]> span = new TreeMap<>();
        for (CloudEmission e : cloud) {
            Key k = new Key(e.provider(), e.sourceKind(), e.modelVersion());
            count.computeIfAbsent(k, x -> new int[1])[0]++;
            Instant[] s = span.computeIfAbsent(k, x -> new Instant[] {e.period().from(), e.period().to()});
            if (e.period().from().isBefore(s[0])) s[0] = e.period().from();
            if (e.period().to().isAfter(s[1])) s[1] = e.period().to();
        }
        List<Export> r = new ArrayList<>();
        count.forEach((k, c) -> r.add(new Export(k.provider(), k.kind(), k.model(), c[0], span.get(k)[0].toString(),
                span.get(k)[1].toString())));
        return List.copyOf(r);
    }

    static Table table(List<Export> exports) {
        return new Table("cloud_exports", "Cloud provider exports (emissions the providers reported)", List.of(
                Table.Column.text("Provider"), Table.Column.text("Export"), Table.Column.text("Model version"),
                Table.Column.number("Figures"), Table.Column.text("From"), Table.Column.text("To")),
                Section.rows(exports, e -> Section.cells(e.provider(), e.sourceKind(), e.modelVersion(), e.figures(),
                        e.from(), e.to())), null);
    }
}
