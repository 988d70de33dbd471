package io.wattprint.api;

import io.wattprint.core.facility.Facility;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Workload;
import io.wattprint.data.ReferenceData;
import io.wattprint.data.UnknownLocationException;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.spool.Spool;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.Sampler;
import io.wattprint.run.Environment;
import io.wattprint.run.MeterSession;
import io.wattprint.run.RunLifecycle;
import io.wattprint.run.RunRequest;
import io.wattprint.run.site.RunDefaults;
import io.wattprint.run.site.RunSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Describes a run before it starts: workload fields, where it runs, and how it is metered. Every
 * setting has the same default as {@code wattprint run}: ledger from $WATTPRINT_DB or
 * $WATTPRINT_HOME/ledger.db, location from $WATTPRINT_LOCATION, 1 s sampling, host reserved. The
 * run goes through the same lifecycle as {@code wattprint run} ({@code io.wattprint.run.RunLifecycle}):
 * recovery of runs a killed process left open, spool, ledger, close with its footprint.
 */
public final class Tracker {
    private final String workload;
    private String project, team, model, modelVersion, location, facility, ledger;
    private Phase phase;
    private final Map<String, String> tags = new LinkedHashMap<>();
    private Double pue;
    private boolean sharedHost;
    private Duration interval = Duration.ofSeconds(1);
    private Environment env = Environment.system();
    private Clock clock = Clock.systemUTC();

    Tracker(String workload) {
        if (workload == null || workload.isBlank()) throw new IllegalArgumentException("a tracked run needs a workload name");
        this.workload = workload;
    }

    public Tracker project(String project) { this.project = project; return this; }
    public Tracker team(String team) { this.team = team; return this; }
    public Tracker model(String model) { this.model = model; return this; }
    public Tracker modelVersion(String version) { this.modelVersion = version; return this; }

    /** training, fine-tuning, inference, data-pipeline or supporting. */
    public Tracker phase(String phase) {
        this.phase = Phase.parse(phase).orElseThrow(() -> new IllegalArgumentException(
                "unknown phase '" + phase + "' (expected one of " + Phase.labels() + ")"));
        return this;
    }

    public Tracker tag(String key, String value) {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("a tag needs a key");
        tags.put(key, Objects.requireNonNull(value, "tag value"));
        return this;
    }

    /** Grid zone ({@code FR}, {@code US-EGRID-CAMX}) or cloud region ({@code aws:eu-west-1}). */
    public Tracker location(String zoneOrRegion) { this.location = zoneOrRegion; return this; }

    /**
     * The facility the run is in ({@code wattprint facility add}): its PUE for the run's date applies,
     * as it does for {@code wattprint run --facility}; its zone is the location unless {@link #location}
     * is set; {@code wattprint reconcile} counts the run against its meter.
     */
    public Tracker facility(String name) { this.facility = Facility.checkName(name); return this; }

    /**
     * Facility PUE, 1.0–5.0, instead of the facility's recorded one. Default: the {@link #facility}'s
     * PUE for the run's date, else the provider's published PUE for a cloud region, else none.
     */
    public Tracker pue(double pue) { this.pue = pue; return this; }

    /** Other work shares this host: charge only this run's share of CPU time. */
    public Tracker sharedHost() { this.sharedHost = true; return this; }

    /** Sampling interval, at least 100 ms (default 1 s). */
    public Tracker interval(Duration interval) {
        if (interval.compareTo(Sampler.MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("sampling interval must be at least 100 ms, got " + interval.toMillis() + " ms");
        }
        this.interval = interval;
        return this;
    }

    /** A SQLite file path or a jdbc:postgresql URL. Default: $WATTPRINT_DB, else $WATTPRINT_HOME/ledger.db. */
    public Tracker ledger(String spec) { this.ledger = spec; return this; }

    /**
     * The wattprint home for this run instead of $WATTPRINT_HOME (default ~/.wattprint): where the
     * spool files are, and the ledger unless {@link #ledger} is set.
     */
    public Tracker home(Path wattprintHome) {
        Map<String, String> variables = new LinkedHashMap<>(env.variables());
        variables.put(Environment.HOME_VAR, wattprintHome.toString());
        this.env = new Environment(variables, env.userHome());
        return this;
    }

    /** Environment to read defaults from (tests). */
    Tracker environment(Environment env) { this.env = Objects.requireNonNull(env, "env"); return this; }

    Tracker clock(Clock clock) { this.clock = clock; return this; }

    /**
     * Stores the run and starts metering this JVM's process tree.
     *
     * @throws IllegalArgumentException for an unknown location or facility, or a PUE out of range (nothing is stored)
     */
    public TrackedRun start() {
        ReferenceData data = ReferenceData.load();
        // Checked before the ledger is opened: a bad location or PUE stores nothing.
        Location where = facility != null && location == null ? null : resolveLocation(data);
        PueAssumption givenPue = pue != null ? RunDefaults.givenPue(pue, "given to the Java API") : null;
        Ledger opened = Ledger.open(env.ledgerSpec(ledger));
        try {
            RunSite site = facility == null ? RunSite.at(where, givenPue, data, clock.instant())
                    : RunSite.inFacility(facilityIn(opened), where, givenPue, opened, data, clock.instant());
            Workload wl = Workload.builder(workload).project(project).team(team).model(model).modelVersion(modelVersion)
                    .phase(phase).tags(tags).build();
            int pid = Math.toIntExact(ProcessHandle.current().pid());
            RunRequest request = RunRequest.builder(wl, site).host(env.hostName())
                    .commandLine("java " + ProcessHandle.current().info().command().orElse("(this JVM)"))
                    .policy(sharedHost ? AttributionPolicy.SHARED_HOST : AttributionPolicy.RESERVED_HOST)
                    .pid(() -> pid).variables(env.variables()).clock(clock).build();
            List<String> notes = new ArrayList<>();
            MeterSession session = new RunLifecycle(opened, data, Spool.in(env.wattprintHome())).open(request, notes::add);
            notes.addAll(session.notes());
            session.starting(() -> session.start(interval));   // a failure closes the run as failed
            return new TrackedRun(session, opened, notes);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private Facility facilityIn(Ledger opened) {
        return opened.facilities().facility(facility).orElseThrow(() -> new IllegalArgumentException("unknown facility '"
                + facility + "' in " + opened.describe() + " (add it with wattprint facility add " + facility + " --zone ZONE)"));
    }

    private Location resolveLocation(ReferenceData data) {
        String text = location != null ? location : env.get(Environment.LOCATION_VAR);
        if (text == null) return Location.unknown();
        try {
            return data.locations().resolve(text);
        } catch (UnknownLocationException shippedOnly) {
            // Not in the shipped data: a zone whose factor series were imported into the ledger is a location too.
            try {
                return data.locations().resolve(text, importedZones());
            } catch (UnknownLocationException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }

    /** The zones of the factor series in the ledger, without creating a ledger that does not exist yet. */
    private List<String> importedZones() {
        String spec = env.ledgerSpec(ledger);
        boolean url = spec.startsWith("jdbc:") || spec.contains("://");
        if (!url && !Files.exists(Path.of(spec))) return List.of();
        try (Ledger l = Ledger.open(spec)) {
            return l.factorSeries().zones();
        }
    }
}
