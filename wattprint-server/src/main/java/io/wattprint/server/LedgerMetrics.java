package io.wattprint.server;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.wattprint.core.model.RunStatus;
import io.wattprint.ledger.FleetRepository;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.LedgerException;
import io.wattprint.ledger.MetricTotals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The ledger's own figures in {@code /metrics}, read at scrape time with three aggregate queries
 * ({@link io.wattprint.ledger.FootprintRepository#metricTotals()}):
 * <ul>
 *   <li>{@code wattprint_energy_joules_total{team,project,model,phase,provenance}}: the component (IT) energy of the
 *       closed runs' latest footprints;</li>
 *   <li>{@code wattprint_co2e_grams_total{basis="location",team,project,model,phase}}: their location-based CO2e
 *       (runs whose CO2e is unknown add nothing);</li>
 *   <li>{@code wattprint_runs{status}}: every stored run by status, a gauge (every status present, 0 where none);</li>
 *   <li>{@code wattprint_agents}: the hosts agents have sent runs from (the fleet registry), a gauge;</li>
 *   <li>{@code wattprint_agent_last_seen_timestamp_seconds{host_id,host,agent_version}}: when each host was last heard
 *       from, in Unix seconds — for an alert such as {@code time() - wattprint_agent_last_seen_timestamp_seconds > 86400};
 *       the {@link #MAX_SERIES} hosts heard from most recently;</li>
 *   <li>{@code wattprint_ledger_up}: 1 when these were read, 0 when the ledger did not answer (then the families
 *       above are absent and the server's own HTTP metrics are still served).</li>
 * </ul>
 * <b>Cardinality bound.</b> Labels come only from a run's team, project, model and phase and the components'
 * provenance kind — never a run id or GPU; a host only in the agents' family, one series a host — and each family keeps
 * at most {@link #MAX_SERIES} label sets: for the energy and CO2e the largest by value (ties by labels), the rest summed
 * into one series whose labels are all {@value #OTHER}; for the agents the most recently heard (a sum of timestamps
 * would mean nothing: {@code wattprint_agents} still counts every host). A label
 * that is not set is empty. The totals go down when a footprint is recomputed lower: these are sums over what is
 * stored now, not counts of events.
 */
final class LedgerMetrics {
    /** Label sets kept per family before the rest is summed into the {@value #OTHER} series. */
    static final int MAX_SERIES = 1000;
    static final String OTHER = "(other)";
    private static final String[] ENERGY_LABELS = {"team", "project", "model", "phase", "provenance"};
    private static final String[] CO2E_LABELS = {"basis", "team", "project", "model", "phase"};

    private LedgerMetrics() {}

    /**
     * The ledger's families, or {@code wattprint_ledger_up 0} alone when the ledger does not answer ({@code failed}
     * is told why).
     */
    static List<MetricSnapshot> read(Ledger ledger, Consumer<String> failed) {
        MetricTotals totals;
        long hosts;
        List<FleetRepository.LastSeen> seen;
        try {
            totals = ledger.footprints().metricTotals();
            hosts = ledger.fleet().hostCount();
            seen = ledger.fleet().lastSeen(MAX_SERIES);
        } catch (LedgerException e) {
            failed.accept(e.getMessage());
            return List.of(up(0));
        }
        List<MetricSnapshot> out = new ArrayList<>(of(totals, MAX_SERIES));
        out.addAll(agents(hosts, seen));
        return out;
    }

    /** {@code wattprint_agents} and each listed host's last contact. */
    static List<MetricSnapshot> agents(long hosts, List<FleetRepository.LastSeen> seen) {
        GaugeSnapshot count = GaugeSnapshot.builder().name("wattprint_agents").help("Hosts agents have sent runs from (the fleet registry)")
                .dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().value(hosts).build()).build();
        GaugeSnapshot.Builder last = GaugeSnapshot.builder().name("wattprint_agent_last_seen_timestamp_seconds")
                .help("When the server last heard from each agent host, in Unix seconds");
        for (FleetRepository.LastSeen h : seen) {
            last.dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder()
                    .labels(Labels.of("host_id", h.hostId(), "host", s(h.host()), "agent_version", s(h.agentVersion())))
                    .value(h.lastSeen().getEpochSecond() + h.lastSeen().getNano() / 1e9).build());
        }
        return List.of(count, last.build());
    }

    static List<MetricSnapshot> of(MetricTotals t, int maxSeries) {
        List<Series> energy = new ArrayList<>();
        for (MetricTotals.Energy e : t.energy()) {
            String[] labels = {s(e.team()), s(e.project()), s(e.model()), s(e.phase()), provenance(e.provenance())};
            energy.add(new Series(labels, e.joules()));
        }
        List<Series> co2e = new ArrayList<>();
        for (MetricTotals.Co2e c : t.co2e()) {
            String[] labels = {"location", s(c.team()), s(c.project()), s(c.model()), s(c.phase())};
            co2e.add(new Series(labels, c.grams()));
        }
        CounterSnapshot e = counter("wattprint_energy_joules", "Component (IT) energy of the closed runs' latest footprints, in joules",
                ENERGY_LABELS, bounded(energy, maxSeries, new String[] {OTHER, OTHER, OTHER, OTHER, OTHER}));
        CounterSnapshot c = counter("wattprint_co2e_grams", "Location-based CO2e of the closed runs' latest footprints, in grams",
                CO2E_LABELS, bounded(co2e, maxSeries, new String[] {"location", OTHER, OTHER, OTHER, OTHER}));
        GaugeSnapshot.Builder r = GaugeSnapshot.builder().name("wattprint_runs").help("Runs stored in the ledger, by status");
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (RunStatus st : RunStatus.values()) byStatus.put(st.label(), 0L);
        byStatus.putAll(t.runs());
        byStatus.forEach((status, n) -> r.dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder()
                .labels(Labels.of("status", status)).value(n).build()));
        return List.of(e, c, r.build(), up(1));
    }

    private static CounterSnapshot counter(String name, String help, String[] labelNames, List<Series> series) {
        CounterSnapshot.Builder b = CounterSnapshot.builder().name(name).help(help);
        for (Series s : series) {
            Labels labels = Labels.of(labelNames, s.labels);
            b.dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().labels(labels).value(s.value).build());
        }
        return b.build();
    }

    /** The {@code max} largest series, and the rest summed into one with the {@code other} labels. */
    static List<Series> bounded(List<Series> all, int max, String[] other) {
        if (all.size() <= max) return all;
        List<Series> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble((Series s) -> s.value).reversed()
                .thenComparing(s -> String.join("\u0000", s.labels)));
        List<Series> kept = new ArrayList<>(sorted.subList(0, max));
        double rest = 0;
        for (Series s : sorted.subList(max, sorted.size())) rest += s.value;
        kept.add(new Series(other, rest));
        return kept;
    }

    private static GaugeSnapshot up(int value) {
        return GaugeSnapshot.builder().name("wattprint_ledger_up").help("1 when /metrics could read the ledger's figures, else 0")
                .dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().value(value).build()).build();
    }

    private static String s(String v) { return v == null ? "" : v; }

    /** The provenance kind as stored (MEASURED_COUNTER) in lower case: measured_counter, measured_power, estimated, imported. */
    private static String provenance(String kind) { return kind == null ? "" : kind.toLowerCase(java.util.Locale.ROOT); }

    record Series(String[] labels, double value) {
        @Override
        public String toString() { return Arrays.toString(labels) + "=" + value; }
    }
}
