package io.wattprint.cli.run;

import io.wattprint.cli.Cli;
import io.wattprint.cli.DurationArg;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.LocationArg;
import io.wattprint.cli.NumberArg;
import io.wattprint.cli.UserException;
import io.wattprint.cli.facility.FacilityArgs;
import io.wattprint.cli.push.Agent;
import io.wattprint.cli.push.ServerOption;
import io.wattprint.cli.runs.RunView;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.spool.Spool;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.EnergySource;
import io.wattprint.meter.Sampler;
import io.wattprint.meter.nvml.GpuEnergySource;
import io.wattprint.meter.process.CommandRunner;
import io.wattprint.meter.process.Launch;
import io.wattprint.meter.rapl.RaplEnergySource;
import io.wattprint.run.MeterSession;
import io.wattprint.run.RunLifecycle;
import io.wattprint.run.RunRequest;
import io.wattprint.run.outbox.Outbox;
import io.wattprint.run.site.RunDefaults;
import io.wattprint.run.site.RunSite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wattprint run}: runs a command, meters it, stores the run and prints its footprint. */
@Command(name = "run", sortOptions = false, mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Run a command and measure its energy and carbon.",
            "",
            "Runs COMMAND, measures or estimates its energy every interval, stores the run in the ledger "
                    + "and prints duration, energy by component with provenance, facility energy with the PUE used, "
                    + "and location-based CO2e with the emission factor, zone, year and source. "
                    + "The command's own exit code is passed through.",
            "",
            "Example:",
            "  wattprint run --project demo --phase training --location FR -- python train.py"
        })
public final class RunCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--project", description = "Project the run belongs to.")
    String project;
    @Option(names = "--team", description = "Team that owns the workload.")
    String team;
    @Option(names = "--model", description = "Model being trained or served.")
    String model;
    @Option(names = "--model-version", description = "Version of the model.")
    String modelVersion;
    @Option(names = "--phase", paramLabel = "PHASE",
            description = "training, fine-tuning, inference, data-pipeline or supporting.")
    String phase;
    @Option(names = "--name", description = "Workload name (default: the project, else the program name).")
    String name;
    @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "Free tag; repeatable.")
    Map<String, String> tags;
    @Option(names = "--location", paramLabel = "ZONE|CLOUD-REGION",
            description = "Grid zone (FR, US-EGRID-CAMX), Electricity Maps zone (US-CAL-CISO), cloud region (aws:eu-west-1) "
                    + "or a zone factor series were imported under. Default: $WATTPRINT_LOCATION; "
                    + "if neither is set the run is stored with an unknown location and no kgCO2e.")
    String location;
    @Option(names = "--world-average",
            description = "No location known: use the world-average grid factor, labelled as such.")
    boolean worldAverage;
    @Option(names = "--pue", paramLabel = "PUE",
            description = "Facility PUE to apply (1.0–5.0). Default: the --facility's PUE for the run's date, else the provider's "
                    + "published PUE for a cloud region, else not applied.")
    Double pue;
    @Option(names = "--facility", paramLabel = "NAME",
            description = "The facility the run is in (wattprint facility add): its PUE for the run's date applies, its zone is "
                    + "the location unless --location is given, and wattprint reconcile counts the run against its meter.")
    String facility;
    @Option(names = "--no-command-line", description = "Store only the program's name, not its arguments (the ledger "
            + "keeps the command line to say what was measured; values of options named like a secret, such as "
            + "--api-token=…, are always stored as ***).")
    boolean noCommandLine;
    @Option(names = "--shared-host",
            description = "Other work shares this host: charge the run only its share of CPU time (default: the host is reserved for the run).")
    boolean sharedHost;
    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "1s",
            description = "Sampling interval, 100ms to 1h (default: ${DEFAULT-VALUE}).")
    String interval;
    @Option(names = "--trace", paramLabel = "FILE",
            description = "Also write the raw per-interval trace to FILE as CSV (start, end, component, energy_j, provenance, method), as it is measured.")
    Path trace;
    @Option(names = "--json", description = "Print the stored run as JSON on stdout when it ends (the summary still goes to stderr).")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;
    @Mixin
    ServerOption serverOption;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command to run and measure, after --.")
    List<String> command = new ArrayList<>();

    RunCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() throws Exception {
        if (command == null || command.isEmpty()) {
            throw UserException.usage("missing command: usage is wattprint run [OPTIONS] -- COMMAND [ARGS...]");
        }
        checkWorkloadText();
        // A server given: its URL and token are checked before anything runs (a bad URL stores and runs nothing).
        Optional<ServerOption.Target> server = serverOption.target(cli);
        Phase parsedPhase = parsePhase(phase);
        Duration every = parseInterval(interval);
        ReferenceData data = cli.data();
        if (facility != null) {
            FacilityArgs.name(facility);
            if (worldAverage) throw UserException.usage("--world-average cannot be combined with --facility (its zone is known)");
        }
        // Checked before the ledger is opened: a bad location or PUE stores nothing. In a facility without
        // --location, the facility's zone is the location (RunSite).
        Location given = facility != null && location == null ? null : resolveLocation(data);
        PueAssumption givenPue = pue == null ? null
                : RunDefaults.givenPue(NumberArg.check("--pue", pue.doubleValue(), NumberArg.PUE), "given with --pue");

        try (TraceFile traceFile = trace == null ? null : TraceFile.create(trace);
             Ledger ledger = cli.openLedger(ledgerOption.db)) {
            RunSite site = facility == null ? RunSite.at(given, givenPue, data, cli.clock().instant())
                    : RunSite.inFacility(FacilityArgs.require(ledger, facility), location == null ? null : given, givenPue,
                            ledger, data, cli.clock().instant());
            Workload workload = Workload.builder(workloadName())
                    .project(project).team(team).model(model).modelVersion(modelVersion).phase(parsedPhase)
                    .tags(tags == null ? Map.of() : tags).build();
            AtomicInteger pid = new AtomicInteger();   // 0 until the command exists: the baselines come first
            RunRequest request = RunRequest.builder(workload, site).host(cli.env().hostName())
                    .commandLine(StoredCommandLine.of(command, noCommandLine))
                    .policy(sharedHost ? AttributionPolicy.SHARED_HOST : AttributionPolicy.RESERVED_HOST)
                    .pid(pid::get).variables(cli.env().variables()).clock(cli.clock()).build();
            MeterSession session = new RunLifecycle(ledger, data, Spool.in(cli.env().wattprintHome())).open(request, cli::say);
            String id = session.run().id();
            Agent agent = server.map(t -> Agent.of(cli, ledger, t)).orElse(null);
            if (agent != null) markForServer(agent, id, session.sources());
            notes.addAll(session.notes());
            checkIntervalAgainstRapl(session.sources());
            if (traceFile != null) session.listener(traceFile);
            RunCloser finish = new RunCloser(cli, ledger.runs(), session, json, notes);
            // Watching for Ctrl-C/SIGTERM before the command exists: a stop at any moment closes the run once.
            Supervisor supervisor = new Supervisor(finish, cli.err());
            supervisor.watch();
            try {
                // A failure in here closes the run as failed.
                Launch launch = session.starting(() -> {
                    // Baselines first, then the command: its first moments (a GPU warming up) are measured too.
                    session.start(every);
                    Launch started = CommandRunner.start(command);
                    if (started instanceof Launch.NotStarted notStarted) {
                        cli.err().println("wattprint: " + notStarted.message() + " (run " + RunView.shortId(id) + " recorded as failed)");
                        supervisor.closeNotStarted(RunStatus.FAILED, notStarted.exitCode());
                    }
                    return started;
                });
                int code;
                if (launch instanceof Launch.NotStarted notStarted) {
                    code = notStarted.exitCode();
                } else {
                    Process process = ((Launch.Started) launch).process();
                    pid.set(Math.toIntExact(process.pid()));
                    code = supervisor.await(process);
                }
                // After the local close: the server never changes the exit code, and waits a few seconds at most.
                if (agent != null) agent.afterRun(id);
                return code;
            } finally {
                supervisor.release();
            }
        }
    }

    /**
     * The run's outbox marker, with the GPUs it is measured on, before the command starts: a server that is down,
     * or a wattprint that is killed, leaves the run marked for {@code wattprint push}.
     */
    private void markForServer(Agent agent, String id, List<EnergySource> sources) {
        List<Outbox.Gpu> gpus = new ArrayList<>();
        for (EnergySource s : sources) {
            if (s instanceof GpuEnergySource g) gpus.add(new Outbox.Gpu(g.device().uuid(), g.device().name()));
        }
        try {
            agent.outbox().add(id, gpus);
        } catch (java.io.UncheckedIOException e) {
            cli.err().println("wattprint: " + e.getMessage() + "; the run is measured and stored locally, and sent to "
                    + agent.server() + " at its end");
        }
    }

    private final List<String> notes = new ArrayList<>();

    /** RAPL cannot show two wraps between readings: a long --interval gets a note saying from when readings are flagged. */
    private void checkIntervalAgainstRapl(List<EnergySource> sources) {
        Duration every = parseInterval(interval);
        for (var s : sources) {
            if (s instanceof RaplEnergySource rapl) {
                rapl.maxPollInterval().filter(max -> every.compareTo(max) > 0).ifPresent(max -> notes.add("--interval "
                        + interval + " is longer than " + max.toSeconds() + " s, within which a RAPL counter can wrap at most once; "
                        + "readings that could hide a second wrap are flagged wrap-uncertain"));
            }
        }
    }

    private String workloadName() {
        if (name != null && !name.isBlank()) return name;
        if (project != null && !project.isBlank()) return project;
        return Path.of(command.get(0)).getFileName().toString();
    }

    /**
     * An empty project, team, model or version, or a tag with an empty key, would be stored and reported as a group
     * without a name: refused before anything is measured.
     */
    private void checkWorkloadText() {
        Map<String, String> given = new java.util.LinkedHashMap<>();
        given.put("--project", project);
        given.put("--team", team);
        given.put("--model", model);
        given.put("--model-version", modelVersion);
        given.put("--name", name);
        given.forEach((option, value) -> {
            if (value != null && value.isBlank()) {
                throw UserException.usage("invalid value for " + option + ": it is empty (give a name, or leave the option out)");
            }
            String tooLong = Workload.tooLong(value);
            if (tooLong != null) throw UserException.usage("invalid value for " + option + ": it " + tooLong);
        });
        if (tags == null) return;
        for (Map.Entry<String, String> t : tags.entrySet()) {
            if (t.getKey().isBlank()) {
                throw UserException.usage("invalid value for --tag: '" + t.getKey() + "=" + t.getValue()
                        + "' (expected KEY=VALUE with a KEY that is not empty)");
            }
            String tooLong = Workload.tooLong(t.getKey()) != null ? Workload.tooLong(t.getKey()) : Workload.tooLong(t.getValue());
            if (tooLong != null) {
                throw UserException.usage("invalid value for --tag: a key or value " + tooLong);
            }
        }
    }

    /** The --phase value, or a usage error listing the phases; null stays null. Shared with {@code wattprint ingest}. */
    public static Phase parsePhase(String text) {
        if (text == null) return null;
        return Phase.parse(text).orElseThrow(() -> UserException.usage(
                "invalid value for --phase: '" + text + "' (expected one of " + Phase.labels() + ")"));
    }

    /** 500ms, 1s, 1.5s, 2m, 1.5m, 1h, or plain seconds (2.5); 100ms to 1h. */
    public static Duration parseInterval(String text) {
        return DurationArg.parse("--interval", text, Sampler.MIN_INTERVAL, Duration.ofHours(1));
    }

    private Location resolveLocation(ReferenceData data) {
        return LocationArg.resolve(cli, data, location, worldAverage, ledgerOption.db);
    }
}
