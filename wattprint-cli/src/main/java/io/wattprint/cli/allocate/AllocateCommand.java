package io.wattprint.cli.allocate;

import io.wattprint.cli.Cli;
import io.wattprint.cli.ExitCode;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.NumberArg.Range;
import io.wattprint.cli.NumberArg;
import io.wattprint.cli.PeriodArg;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.runs.RunView;
import io.wattprint.core.allocation.Allocation;
import io.wattprint.core.allocation.AllocationRule;
import io.wattprint.core.allocation.Allocator;
import io.wattprint.core.allocation.Consumer;
import io.wattprint.core.allocation.IdlePolicy;
import io.wattprint.core.allocation.Measure;
import io.wattprint.core.allocation.Pool;
import io.wattprint.core.allocation.Usage;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Period;
import io.wattprint.core.model.Run;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ledger.AllocationRuleRepository;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wattprint allocate}: splits a shared pool — the runs of a period (optionally of one
 * project or host), or a metered figure — across its consumers by a rule. The arithmetic is
 * {@link Allocator}'s; this class gathers the runs' usage from the ledger and prints.
 */
@Command(name = "allocate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Split the energy and location-based CO2e of a shared pool (a cluster, a node pool) over a period pro rata "
                    + "across its consumers: runs, or the values of a tag (tag:project, tag:k8s-namespace).",
            "The pool is the stored footprints of the period's runs (facility energy, location-based CO2e), or "
                    + "--pool-kwh/--pool-kgco2e from a meter. With a capacity, unused capacity is its own line "
                    + "(--idle separate, the default) or spread over the consumers (--idle spread).",
            "Lines add up exactly to the pool (split at 10^-12 kWh and kg by largest remainder)."
        })
public final class AllocateCommand implements Callable<Integer> {
    /** A million GPUs or vCPUs for a century of hours: more capacity than any pool has. */
    private static final double MAX_CAPACITY_HOURS = 1e6 * NumberArg.MAX_HOURS;
    private final Cli cli;

    @Option(names = "--rule", paramLabel = "NAME", description = "A rule saved earlier with --save-rule.")
    String ruleName;
    @Option(names = "--by", paramLabel = "BASIS", description = "gpu-hours, cpu-hours, requests or tag:KEY (ad hoc rule).")
    String by;
    @Option(names = "--measure", paramLabel = "MEASURE",
            description = "With --by tag:KEY: the usage split by, gpu-hours (default), cpu-hours or requests.")
    String measure;
    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = "Runs that started in this month (2026-10), year (2026) or span of days (2026-10-01..2026-10-15, end exclusive), UTC.")
    String period;
    @Option(names = "--project", paramLabel = "P", description = "Only runs of this project.")
    String project;
    @Option(names = "--host", paramLabel = "H", description = "Only runs on this host.")
    String host;
    @Option(names = "--capacity-gpu-hours", paramLabel = "N",
            description = "The pool's GPU-hours in the period (8 GPUs × 744 h = 5952 for October); with a gpu-hours measure.")
    Double capacityGpuHours;
    @Option(names = "--capacity-cpu-hours", paramLabel = "N", description = "The pool's CPU-hours in the period; with a cpu-hours measure.")
    Double capacityCpuHours;
    @Option(names = "--idle", paramLabel = "POLICY", description = "separate (default: idle capacity is its own line) or spread.")
    String idle;
    @Option(names = "--pool-kwh", paramLabel = "KWH", description = "Pool energy from a meter, in kWh (with --pool-kgco2e).")
    Double poolKwh;
    @Option(names = "--pool-kgco2e", paramLabel = "KG", description = "Pool emissions in kgCO2e (with --pool-kwh).")
    Double poolKg;
    @Option(names = "--save-rule", paramLabel = "NAME", description = "Save this --by/--measure/--idle rule under NAME.")
    String saveRule;
    @Option(names = "--json", description = "Print a JSON object.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    AllocateCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        if ((ruleName == null) == (by == null)) {
            throw UserException.usage("give either --rule NAME (a saved rule) or --by BASIS (gpu-hours, cpu-hours, requests or tag:KEY)");
        }
        if (ruleName != null && (measure != null || idle != null || saveRule != null)) {
            throw UserException.usage("--measure, --idle and --save-rule go with --by; a saved --rule has its own");
        }
        Period p = PeriodArg.period("--period", period);
        AllocationRule adHoc = by == null ? null : adHocRule();
        checkPool();
        Double capGpu = NumberArg.check("--capacity-gpu-hours", capacityGpuHours, Range.zeroOrMore("GPU-hours", MAX_CAPACITY_HOURS));
        Double capCpu = NumberArg.check("--capacity-cpu-hours", capacityCpuHours, Range.zeroOrMore("CPU-hours", MAX_CAPACITY_HOURS));

        try (Ledger ledger = saveRule != null ? cli.openLedger(ledgerOption.db) : cli.openExistingLedger(ledgerOption.db)
                .orElseThrow(() -> new UserException(ExitCode.FAILURE, "nothing to allocate: there is no ledger at "
                        + cli.ledgerSpec(ledgerOption.db) + " yet (wattprint run creates it)"))) {
            AllocationRuleRepository.StoredRule stored = null;
            AllocationRule rule = adHoc;
            if (ruleName != null) {
                stored = ledger.allocationRules().latest(ruleName).orElseThrow(() -> UserException.notFound(
                        "no allocation rule '" + ruleName + "' in " + ledger.describe() + savedRules(ledger)));
                rule = stored.rule();
            }
            Double capacity = capacity(rule.measure(), capGpu, capCpu);
            List<String> warnings = new ArrayList<>();
            Gathered g = gather(ledger, rule, p, warnings);
            Pool pool = poolKwh != null
                    ? new Pool("given with --pool-kwh and --pool-kgco2e", Energy.ofKilowattHours(poolKwh), Co2e.ofKilograms(poolKg))
                    : g.pool;
            Allocation a;
            try {
                a = Allocator.allocate(rule, pool, g.consumers, capacity);
            } catch (IllegalArgumentException e) {
                throw UserException.usage("cannot allocate " + p.label() + scope() + ": " + e.getMessage());
            }
            if (saveRule != null) {
                var saved = ledger.allocationRules().save(new AllocationRule(saveRule, rule.basis(), rule.tagKey(), rule.measure(),
                        rule.idle()), cli.clock().instant());
                stored = saved.stored();
                cli.err().println(Terminal.safe("wattprint: " + (saved.added() ? "saved" : "already saved, unchanged:") + " rule "
                        + stored.rule().name() + " (version " + stored.version() + ")"));
                cli.err().flush();
            }
            for (String w : warnings) cli.err().println(Terminal.safe("wattprint: warning: " + w));
            cli.err().flush();
            if (json) Json.print(cli.out(), AllocationJson.of(p, project, host, a, stored, g.runsLeftOut(), warnings));
            else print(cli.out(), p, a, stored, g);
        }
        return 0;
    }

    private AllocationRule adHocRule() {
        try {
            IdlePolicy policy = idle == null ? IdlePolicy.SEPARATE : IdlePolicy.parse(idle);
            Measure m = measure == null ? null : Measure.parse(measure);
            return AllocationRule.parse(saveRule == null ? "ad hoc" : saveRule, by, m, policy);
        } catch (IllegalArgumentException e) {
            String option = idle != null && e.getMessage().contains("idle policy") ? "--idle"
                    : measure != null && e.getMessage().contains("measure") ? "--measure" : "--by";
            throw UserException.usage("invalid value for " + option + ": " + e.getMessage());
        }
    }

    private void checkPool() {
        if ((poolKwh == null) != (poolKg == null)) {
            throw UserException.usage("--pool-kwh and --pool-kgco2e go together: give both, or neither to split the runs' stored footprints");
        }
        NumberArg.check("--pool-kwh", poolKwh, Range.zeroOrMore("kWh", NumberArg.MAX_KWH));
        NumberArg.check("--pool-kgco2e", poolKg, Range.zeroOrMore("kgCO2e", NumberArg.MAX_KG));
    }


    private static Double capacity(Measure m, Double gpu, Double cpu) {
        if (gpu != null && m != Measure.GPU_HOURS) {
            throw UserException.usage("--capacity-gpu-hours needs a gpu-hours measure, not " + m.label());
        }
        if (cpu != null && m != Measure.CPU_HOURS) {
            throw UserException.usage("--capacity-cpu-hours needs a cpu-hours measure, not " + m.label());
        }
        return gpu != null ? gpu : cpu;
    }

    private String scope() {
        return (project == null ? "" : " of project " + project) + (host == null ? "" : " on host " + host);
    }

    private static String savedRules(Ledger ledger) {
        var names = ledger.allocationRules().list().stream().map(s -> s.rule().name()).toList();
        return names.isEmpty() ? " (none saved yet: add --save-rule NAME to an allocate --by command)"
                : " (saved rules: " + String.join(", ", names) + ")";
    }

    /** The consumers with their usage, the pool their stored footprints make, and each run's label. */
    private record Gathered(List<Consumer> consumers, Pool pool, Map<String, String> labels, int runsLeftOut) {}

    private Gathered gather(Ledger ledger, AllocationRule rule, Period p, List<String> warnings) {
        List<RunRecord> runs = new ArrayList<>(ledger.runs().list(new RunQuery(project, p.from(), p.to(), null)));
        if (host != null) runs.removeIf(r -> !host.equals(r.run().host()));
        runs.sort((x, y) -> x.run().start().compareTo(y.run().start()));
        List<Consumer> consumers = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        Energy energy = Energy.ZERO;
        Co2e co2e = Co2e.ZERO;
        int noCo2e = 0;
        int leftOut = 0;
        for (RunRecord r : runs) {
            Run run = r.run();
            StoredFootprint f = r.footprint();
            if (f == null || run.end() == null) {
                warnings.add("run " + run.id() + " has no footprint yet (still running, or never closed): left out");
                leftOut++;
                continue;
            }
            double requests = requests(run, rule.measure() == Measure.REQUESTS, warnings);
            Usage u = Usage.of(ledger.intervals().hourly(run.id()), run.duration(), requests);
            consumers.add(new Consumer(run.id(), tags(run), u));
            labels.put(run.id(), RunView.shortId(run.id()) + " " + run.workload().name());
            energy = energy.plus(f.facilityEnergy());
            if (f.co2e() == null) noCo2e++;
            else co2e = co2e.plus(f.co2e());
        }
        if (noCo2e > 0 && poolKwh == null) {
            warnings.add(noCo2e + " run(s) have no CO2e (location unknown or no factor): their energy is in the pool, "
                    + "their CO2e is not");
        }
        Pool pool = new Pool("Σ stored footprints of " + consumers.size() + " run(s) started in " + p.label() + scope()
                + " (facility energy, location-based CO2e)", energy, co2e);
        return new Gathered(consumers, pool, labels, leftOut);
    }

    /** The run's workload fields as tags (project, team, model, phase), then its own tags, which win. */
    private static Map<String, String> tags(Run run) {
        Map<String, String> t = new LinkedHashMap<>();
        var w = run.workload();
        if (w.project() != null) t.put("project", w.project());
        if (w.team() != null) t.put("team", w.team());
        if (w.model() != null) t.put("model", w.model());
        if (w.phase() != null) t.put("phase", w.phase().label());
        t.put("workload", w.name());
        if (run.host() != null) t.put("host", run.host());
        t.putAll(w.tags());
        return t;
    }

    private static double requests(Run run, boolean needed, List<String> warnings) {
        String v = run.workload().tags().get("requests");
        if (v == null) {
            if (needed) warnings.add("run " + run.id() + " has no requests=N tag: counted as 0 requests");
            return 0;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // Reported below.
        }
        if (needed) warnings.add("run " + run.id() + " has requests='" + v + "' (expected a whole number, 0 or more): counted as 0");
        return 0;
    }

    private void print(PrintWriter out, Period p, Allocation a, AllocationRuleRepository.StoredRule stored, Gathered g) {
        AllocationRule rule = a.rule();
        out.println("allocation of " + p.label() + scope() + " (" + p.from() + " to " + p.to() + ")");
        out.println(Terminal.safe("rule: " + (stored == null ? "ad hoc" : stored.rule().name() + " (version " + stored.version() + ")")
                + ", basis " + rule.describe() + ", idle " + rule.idle().label()));
        out.println("pool: " + Figures.shortest(a.energyKwh()) + " kWh, " + Figures.shortest(a.co2eKg()) + " kgCO2e — " + Terminal.safe(a.pool().description()));
        out.println();
        String usage = rule.measure().label().toUpperCase(Locale.ROOT);
        Table t = new Table(rule.basis() == AllocationRule.Basis.TAG ? rule.tagKey().toUpperCase(Locale.ROOT) : "RUN",
                ">RUNS", ">" + usage, ">SHARE", ">kWh", ">kgCO2e");
        for (Allocation.Line l : a.lines()) {
            String name = l.kind() == Allocation.Kind.CONSUMER && rule.basis() != AllocationRule.Basis.TAG
                    ? g.labels().getOrDefault(l.consumer(), l.consumer()) : l.consumer();
            t.row(name, l.members(), Figures.plain(l.usage(), 6), Figures.plainPercent(l.share(), 2), Figures.shortest(l.energyKwh()),
                    Figures.shortest(l.co2eKg()));
        }
        BigDecimal share = BigDecimal.ZERO;
        for (Allocation.Line l : a.lines()) share = share.add(BigDecimal.valueOf(l.share()));
        t.row("TOTAL", g.consumers().size(), Figures.plain(a.capacity() != null ? a.capacity() : a.used(), 6),
                Figures.plainPercent(share.doubleValue(), 2), Figures.shortest(a.energyKwh()), Figures.shortest(a.co2eKg()));
        t.print(out);
        out.println();
        out.println("explanation:");
        for (String line : a.explanation().render()) out.println("  " + Terminal.safe(line));
        out.flush();
    }
}
