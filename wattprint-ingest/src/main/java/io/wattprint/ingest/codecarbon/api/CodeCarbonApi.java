package io.wattprint.ingest.codecarbon.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.FactorSource;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import io.wattprint.data.ReferenceData;
import io.wattprint.ingest.ImportFactors;
import io.wattprint.ingest.codecarbon.CodeCarbonMapping;
import io.wattprint.ledger.CodeCarbonApiRepository;
import io.wattprint.ledger.CodeCarbonApiRepository.Delta;
import io.wattprint.ledger.CodeCarbonApiRepository.Experiment;
import io.wattprint.ledger.CodeCarbonApiRepository.Project;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the CodeCarbon-compatible API does, without HTTP: a route handler passes the parsed JSON body and the caller
 * (the token's team and project restriction) and answers with what is returned, or with the
 * {@link CodeCarbonApiException}'s status, code and message. The JSON shapes are CodeCarbon's
 * ({@code codecarbon/core/schemas.py} and {@code api_client.py}, CodeCarbon 3.3); docs/CODECARBON-API.md
 * describes each endpoint, the mapping and the rules.
 *
 * <p>A CodeCarbon run is a wattprint run (still running: CodeCarbon never says that a run ended); its experiment is
 * the run's workload and the experiment's project its project. Each emission delta becomes intervals of the run
 * (cpu, gpu:all, dram) with CodeCarbon as provenance, as the file importer maps a row ({@link CodeCarbonMapping}),
 * and the run's footprint is recomputed in the same transaction, so its energy is always the sum of its deltas.
 * CodeCarbon's own figures are kept, exact, beside ours ({@link #totals}).
 *
 * <p>Thread-safe: the ledger serialises its calls; many trackers may post at once.
 */
public final class CodeCarbonApi {
    /** Idempotency keys of runs stored by this API start with this. */
    static final String KEY_PREFIX = "codecarbon-api:";
    /** The wattprint project of a run whose experiment this server does not know, for a caller with no project. */
    static final String DEFAULT_PROJECT = "codecarbon";
    static final String PUE_BASIS = PueAssumption.NOT_APPLIED + " (CodeCarbon's API reports IT energy; no pue is sent)";

    /**
     * How a route handler should parse request bodies: numbers with a fraction as exact decimals (so a run's energy is
     * the sum of the deltas to the digit CodeCarbon sent), and Python's {@code NaN}/{@code Infinity} (which
     * {@code json.dumps} writes) read so that they are refused naming their field, not as a syntax error.
     */
    public static ObjectMapper mapper() {
        return new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());
    }

    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final Ledger ledger;
    private final CodeCarbonApiRepository repo;
    private final ReferenceData data;
    private final Clock clock;
    private final FootprintCalculator calculator = new FootprintCalculator();

    public CodeCarbonApi(Ledger ledger, ReferenceData data, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.repo = ledger.codeCarbonApi();
        this.data = Objects.requireNonNull(data, "data");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---- projects (POST /projects, GET /projects, GET /projects/{id}) ----

    /** {@code POST /projects}: {@code {name, description, organization_id}} → the project with its new id (201). */
    public ObjectNode createProject(JsonNode body, Caller who) {
        Caller c = Caller.of(who);
        Body b = Body.of(body);
        String name = b.requiredText("name");
        if (c.project() != null && !c.project().equals(name)) {
            throw CodeCarbonApiException.invalid("name", "'" + name + "': this token is restricted to project '" + c.project()
                    + "' (expected that name)");
        }
        Project p = new Project(UUID.randomUUID().toString(), name, b.text("description"), b.text("organization_id"), c.team(),
                clock.instant());
        repo.addProject(p);
        return json(p);
    }

    /** {@code GET /projects/{id}}. */
    public ObjectNode project(String id, Caller who) {
        return json(visibleProject(id, "id", Caller.of(who)));
    }

    /** {@code GET /projects}: the caller's projects, oldest first. */
    public List<ObjectNode> projects(Caller who) {
        Caller c = Caller.of(who);
        return repo.projects().stream().filter(p -> c.sees(p.team(), p.name())).map(CodeCarbonApi::json).toList();
    }

    private Project visibleProject(String id, String field, Caller c) {
        return (id == null ? java.util.Optional.<Project>empty() : repo.project(id)).filter(p -> c.sees(p.team(), p.name()))
                .orElseThrow(() -> CodeCarbonApiException.notFound(field, "no project '" + io.wattprint.ingest.Excerpt.of(id) + "'"));
    }

    // ---- experiments (POST /experiments, GET /experiments, GET /experiments/{id}, GET /projects/{id}/experiments) ----

    /**
     * {@code POST /experiments}: {@code {timestamp, name, description, on_cloud, project_id, country_name,
     * country_iso_code, region, cloud_provider, cloud_region}} → the experiment with its new id (201).
     */
    public ObjectNode createExperiment(JsonNode body, Caller who) {
        Caller c = Caller.of(who);
        Body b = Body.of(body);
        String name = b.requiredText("name");
        String projectId = b.requiredText("project_id");
        String description = b.text("description");
        boolean onCloud = b.bool("on_cloud", false);
        String timestamp = b.text("timestamp");
        if (timestamp != null) b.requiredTimestamp("timestamp", clock.instant());   // checked, stored as sent
        String countryName = b.text("country_name");
        String iso = b.text("country_iso_code");
        String region = b.text("region");
        String provider = b.text("cloud_provider");
        String cloudRegion = b.text("cloud_region");
        Project p = visibleProject(projectId, "project_id", c);
        Experiment e = new Experiment(UUID.randomUUID().toString(), p.id(), name, description, timestamp, onCloud, countryName, iso,
                region, provider, cloudRegion, p.team(), clock.instant());
        repo.addExperiment(e);
        return json(e);
    }

    /** {@code GET /experiments/{id}}. */
    public ObjectNode experiment(String id, Caller who) {
        return json(visibleExperiment(id, Caller.of(who)).orElseThrow(
                () -> CodeCarbonApiException.notFound("id", "no experiment '" + io.wattprint.ingest.Excerpt.of(id) + "'")));
    }

    /** {@code GET /experiments}: the caller's experiments, oldest first. */
    public List<ObjectNode> experiments(Caller who) {
        Caller c = Caller.of(who);
        return repo.experiments(null).stream().filter(e -> repo.project(e.projectId()).filter(p -> c.sees(p.team(), p.name())).isPresent())
                .map(CodeCarbonApi::json).toList();
    }

    /** {@code GET /projects/{id}/experiments}: 404 for a project the caller does not see. */
    public List<ObjectNode> projectExperiments(String projectId, Caller who) {
        Project p = visibleProject(projectId, "project_id", Caller.of(who));
        return repo.experiments(p.id()).stream().map(CodeCarbonApi::json).toList();
    }

    private java.util.Optional<Experiment> visibleExperiment(String id, Caller c) {
        if (id == null) return java.util.Optional.empty();
        return repo.experiment(id).filter(e -> repo.project(e.projectId()).filter(p -> c.sees(p.team(), p.name())).isPresent());
    }

    /**
     * {@code GET /auth/check}: {@code {"user": {...}}} as CodeCarbon's server answers (carbonserver
     * {@code routers/authenticate.py}); here the token's restriction: {@code {"user": {"team": …, "project": …}}}.
     */
    public ObjectNode authCheck(Caller who) {
        Caller c = Caller.of(who);
        ObjectNode user = JsonNodeFactory.instance.objectNode();
        user.put("team", c.team());
        user.put("project", c.project());
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("user", user);
        return out;
    }

    // ---- runs and emissions (POST /runs, POST /emissions) ----

    /**
     * {@code POST /runs} (schemas.py RunCreate): stores a running wattprint run and returns its id, which the tracker
     * sends back as {@code run_id} with every delta; the route answers 201 {@code {"id": …}}.
     */
    public String createRun(JsonNode body, Caller who) {
        Caller c = Caller.of(who);
        Instant now = clock.instant();
        Body b = Body.of(body);
        Instant start = b.requiredTimestamp("timestamp", now);
        String experimentId = b.requiredText("experiment_id");
        String os = b.text("os");
        String python = b.text("python_version");
        String version = b.text("codecarbon_version");
        Long cpuCount = b.whole("cpu_count");
        String cpuModel = b.text("cpu_model");
        Long gpuCount = b.whole("gpu_count");
        String gpuModel = b.text("gpu_model");
        BigDecimal longitude = b.number("longitude");
        BigDecimal latitude = b.number("latitude");
        String region = b.text("region");
        String provider = b.text("provider");
        BigDecimal ram = b.number("ram_total_size");
        String trackingMode = b.text("tracking_mode");

        Experiment e = repo.experiment(experimentId).orElse(null);
        Project p = e == null ? null : repo.project(e.projectId()).orElse(null);
        if (e != null && (p == null || !c.sees(p.team(), p.name()))) {
            throw CodeCarbonApiException.notFound("experiment_id", "no experiment '" + io.wattprint.ingest.Excerpt.of(experimentId) + "'");
        }
        String id = UUID.randomUUID().toString();
        String project = p != null ? p.name() : c.project() != null ? c.project() : DEFAULT_PROJECT;
        Workload.Builder w = Workload.builder(e != null ? e.name() : experimentId).project(project).team(c.team())
                .tag("codecarbon_run_id", id)
                .tag("codecarbon_experiment_id", experimentId);
        if (p != null) w.tag("codecarbon_project_id", p.id());
        tag(w, "os", os);
        tag(w, "python_version", python);
        tag(w, "codecarbon_version", version);
        tag(w, "cpu", cpuModel);
        if (cpuCount != null) w.tag("cpu_count", cpuCount.toString());
        tag(w, CodeCarbonMapping.GPU_TAG, gpuModel);
        if (gpuCount != null && gpuCount > 0) w.tag(CodeCarbonMapping.GPU_COUNT_TAG, gpuCount.toString());
        if (ram != null) w.tag("ram_total_size_gb", ram.toString());
        tag(w, "tracking_mode", trackingMode);
        if (longitude != null) w.tag("longitude", longitude.toString());
        if (latitude != null) w.tag("latitude", latitude.toString());
        tag(w, "codecarbon_region", region);
        tag(w, "codecarbon_provider", provider);
        Location location = location(provider, region, e);
        Run run = new Run(id, KEY_PREFIX + id, w.build(), null, location, start, null, RunStatus.RUNNING, null, null);
        ledger.runs().insertRun(run);
        return id;
    }

    private static void tag(Workload.Builder w, String key, String value) {
        if (value != null && !value.isBlank()) w.tag(key, value);
    }

    /**
     * As the file importer: the cloud region when a provider and region are given and known (the run's own first,
     * then the experiment's when it is on a cloud), else the experiment's country, else unknown (the tracker's
     * longitude and latitude are kept as tags; wattprint has no map from coordinates to grid zones).
     */
    private Location location(String provider, String region, Experiment e) {
        Location own = CodeCarbonMapping.location(data, provider, region, null);
        if (own.isKnown() || e == null) return own;
        return CodeCarbonMapping.location(data, e.onCloud() ? e.cloudProvider() : null, e.onCloud() ? e.cloudRegion() : null,
                e.countryIsoCode());
    }

    /**
     * {@code POST /emissions} (schemas.py EmissionCreate): one delta since the tracker's previous one. Stored once per
     * (run, timestamp): the same body again returns the same id (a retry); another body with that key is a conflict
     * (409). Returns the delta's id (stable: derived from the run and timestamp).
     */
    public String addEmission(JsonNode body, Caller who) {
        Caller c = Caller.of(who);
        Instant now = clock.instant();
        Body b = Body.of(body);
        String runId = b.requiredText("run_id");
        Instant ts = b.requiredTimestamp("timestamp", now).truncatedTo(java.time.temporal.ChronoUnit.MICROS);   // as the ledger keeps it
        long duration = b.requiredWhole("duration", 1);
        BigDecimal emissions = b.requiredNonNegative("emissions_sum");
        BigDecimal cpu = b.requiredNonNegative("cpu_energy");
        BigDecimal gpu = b.requiredNonNegative("gpu_energy");
        BigDecimal ram = b.requiredNonNegative("ram_energy");
        BigDecimal energy = b.requiredNonNegative("energy_consumed");
        for (String f : new String[] {"emissions_rate", "cpu_power", "gpu_power", "ram_power", "cpu_utilization_percent",
                "gpu_utilization_percent", "ram_utilization_percent", "wue"}) {
            BigDecimal v = b.number(f);
            if (v != null && v.signum() < 0) throw CodeCarbonApiException.invalid(f, v.toString() + " is negative (expected ≥ 0)");
        }
        RunRecord r = visibleRun(runId, c);
        Instant start = ts.minusSeconds(duration);
        List<EnergyInterval> xs = CodeCarbonMapping.intervals(start, ts, kwh(cpu), kwh(gpu), kwh(ram),
                CodeCarbonMapping.provenance(r.run().workload().tags().get("codecarbon_version")));
        Location location = r.run().location();
        // the factors of the hours the run's footprint sums (its start to this delta), not the zone's whole series
        FactorSource factors = new ImportFactors(ledger, data).forLocation(location, r.run().start(), ts);
        PueAssumption pue = new PueAssumption(Pue.NONE, PUE_BASIS);
        String deltaId = UUID.nameUUIDFromBytes((runId + "|" + ts).getBytes(StandardCharsets.UTF_8)).toString();
        Delta d = new Delta(deltaId, ts, duration, cpu, gpu, ram, energy, emissions, sha256(body));
        CodeCarbonApiRepository.Added added = repo.addDelta(runId, d, xs, hourly -> calculator.compute(hourly, location, pue, factors),
                data.version(), now);
        return switch (added.outcome()) {
            case STORED, REPEATED -> added.id();
            case CONFLICT -> throw CodeCarbonApiException.conflict("timestamp", "run " + runId + " already has an emission at "
                    + ts + " with other values (delta " + added.id() + "); a retry must send the same body");
            case OVERLAP -> throw CodeCarbonApiException.conflict("duration", "run " + runId + " already has energy starting at "
                    + start + " (timestamp − duration): deltas of one run must not overlap");
        };
    }

    /** The run {@code runId} when it was created by this API and the caller sees it, else 404 naming {@code run_id}. */
    private RunRecord visibleRun(String runId, Caller c) {
        return ledger.runs().byId(runId)
                .filter(r -> r.run().idempotencyKey().startsWith(KEY_PREFIX))
                .filter(r -> c.sees(r.run().workload().team(), r.run().workload().project()))
                .orElseThrow(() -> CodeCarbonApiException.notFound("run_id", "no run '" + io.wattprint.ingest.Excerpt.of(runId)
                        + "' (create it with POST /runs; ids of runs not created by this API are not accepted)"));
    }

    /**
     * A run's totals as CodeCarbon sent them (exact decimal sums of its deltas) beside wattprint's stored footprint.
     *
     * @throws CodeCarbonApiException 404 for a run the caller does not see or not created by this API
     */
    public RunTotals totals(String runId, Caller who) {
        RunRecord r = visibleRun(runId, Caller.of(who));
        List<Delta> ds = repo.deltas(runId);
        BigDecimal cpu = BigDecimal.ZERO;
        BigDecimal gpu = BigDecimal.ZERO;
        BigDecimal ram = BigDecimal.ZERO;
        BigDecimal energy = BigDecimal.ZERO;
        BigDecimal emissions = BigDecimal.ZERO;
        long seconds = 0;
        for (Delta d : ds) {
            cpu = cpu.add(d.cpuKwh());
            gpu = gpu.add(d.gpuKwh());
            ram = ram.add(d.ramKwh());
            energy = energy.add(d.energyKwh());
            emissions = emissions.add(d.emissionsKg());
            seconds += d.durationSeconds();
        }
        return new RunTotals(r, ds.size(), seconds, cpu, gpu, ram, energy, emissions);
    }

    private static Energy kwh(BigDecimal kwh) {
        return Energy.ofKilowattHours(kwh.doubleValue());
    }

    /** SHA-256 of the body with its keys sorted: the same JSON sent again (a retry) has the same hash. */
    private static String sha256(JsonNode body) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(CANONICAL.convertValue(body, Object.class));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot hash a JSON body", e);
        }
    }

    // ---- JSON shapes (schemas.py Project, Experiment) ----

    static ObjectNode json(Project p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", p.id());
        o.put("name", p.name());
        o.put("description", p.description());
        o.put("organization_id", p.organizationId());
        return o;
    }

    static ObjectNode json(Experiment e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", e.id());
        o.put("timestamp", e.timestamp());
        o.put("name", e.name());
        o.put("description", e.description());
        o.put("on_cloud", e.onCloud());
        o.put("project_id", e.projectId());
        o.put("country_name", e.countryName());
        o.put("country_iso_code", e.countryIsoCode());
        o.put("region", e.region());
        o.put("cloud_provider", e.cloudProvider());
        o.put("cloud_region", e.cloudRegion());
        return o;
    }
}
