package io.wattprint.cli;

import io.wattprint.testkit.Upstream;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.ingest.Importer;
import io.wattprint.cli.main.Main;
import io.wattprint.ingest.kinds.Importers;
import io.wattprint.run.Environment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, the command side: files that crashed, were taken for empty, or left things behind. */
class IngestBadInputTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    /** 1 KiB that is no text: every byte value, ESC (0x1b) among them, NUL first. */
    Path binary(String name) throws Exception {
        byte[] b = new byte[1024];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i * 37);
        return Files.write(tmp.resolve(name), b);
    }

    Path codecarbon(String name, String... runIds) throws Exception {
        List<String> lines = new ArrayList<>(List.of(IngestCommandTest.HEADER));
        for (String id : runIds) lines.add(IngestCommandTest.row(id, "0.12"));
        return Files.writeString(tmp.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    static void refusedCleanly(CliHarness.Result r, String... parts) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(parts).doesNotContain("\tat ", "Exception", "\u001b");
    }

    /**
     * Issue 13, item 8, as the audit found it: {@code ingest gcp-carbon} stored a 100,000-character project (and {@code
     * report summary --format csv} carried it whole); {@code ingest cloud-usage} refused the whole file for a
     * 300-character project. Both now quarantine that row, naming the field and the limit, and import the other.
     */
    @Test
    void aProjectOverTheLimitIsQuarantinedByGcpCarbonAndCloudUsageAndTheOtherRowImported() throws Exception {
        String huge = "p".repeat(100_000);
        Path gcp = Files.writeString(tmp.resolve("gcp.csv"), "usage_month,billing_account_id,project.id,project.number,"
                + "service.id,service.description,location.location,location.region,carbon_model_version,"
                + "carbon_footprint_kgCO2e.scope1,carbon_footprint_kgCO2e.scope2.location_based,"
                + "carbon_footprint_kgCO2e.scope2.market_based,carbon_footprint_kgCO2e.scope3\n"
                + "2025-09-01,01A2B3," + huge + ",1,6F81,Compute Engine,europe-west4,europe-west4,12,0.5,10.25,4,2\n"
                + "2025-09-01,01A2B3,ml-training,2,6F81,Compute Engine,europe-west4,europe-west4,12,0.5,10.25,4,2\n");
        Path usage = Files.writeString(tmp.resolve("usage.csv"), "provider,region,usage_start,usage_end,service,kind,"
                + "quantity,gpu_model,cpu_utilisation,replication,project\n"
                + "aws,eu-west-1,2025-09-01T00:00:00Z,2025-10-01T00:00:00Z,AmazonEC2,vcpu-hours,100,,,," + "q".repeat(300) + "\n"
                + "aws,eu-west-1,2025-09-01T00:00:00Z,2025-10-01T00:00:00Z,AmazonEC2,vcpu-hours,100,,,,ml\n");

        var g = cli.run("ingest", "gcp-carbon", gcp.toString());
        var u = cli.run("ingest", "cloud-usage", usage.toString());

        assertThat(g.code()).as(g.toString()).isZero();
        assertThat(g.out()).contains("1 imported, 1 quarantined").doesNotContain(huge);
        assertThat(u.code()).as(u.toString()).isZero();
        assertThat(u.out()).contains("1 imported, 1 quarantined");
        assertThat(u.err()).doesNotContain("expected numbers and times", "Exception");
        var q = cli.run("ingest", "quarantine", "list", "--json");
        JsonNode rows = new ObjectMapper().readTree(q.out());
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(r -> r.path("line").asLong() + " " + r.path("field").asText() + " " + r.path("reason").asText())
                .anySatisfy(t -> assertThat(t).startsWith("2 project_id 'ppp").endsWith("is 100,000 characters long (at most 256)"))
                .anySatisfy(t -> assertThat(t).startsWith("2 project 'qqq").endsWith("is 300 characters long (at most 256)"));
        var summary = cli.run("report", "summary", "--by", "project", "--format", "csv");
        assertThat(summary.code()).as(summary.toString()).isZero();
        assertThat(summary.out()).contains("ml").doesNotContain("ppppp").doesNotContain("qqqqq");
    }

    @Test
    void keplerRefusesABinaryAnEmptyAndAWrongHeaderFileWithExitTwoAndRecordsNothing() throws Exception {
        Path bin = binary("dump.txt");
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        Path csv = codecarbon("emissions.txt", "a");

        refusedCleanly(cli.run("ingest", "kepler", bin.toString()), bin + ": no Kepler sample in it, not a Kepler file (expected");
        refusedCleanly(cli.run("ingest", "kepler", empty.toString()), empty + ": the file is empty (expected");
        refusedCleanly(cli.run("ingest", "kepler", csv.toString()), csv + ": no Kepler sample in it");
        assertThat(cli.ledgerFile()).doesNotExist();
    }

    @Test
    void aDirectoryWithAGoodABinaryAndAGoodFileImportsBothGoodFilesReportsEachAndExitsTwo() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("runs"));
        Files.move(codecarbon("a.csv", "a1", "a2", "a3", "a4"), dir.resolve("a.csv"));
        Files.move(binary("b.csv"), dir.resolve("b.csv"));
        Files.move(codecarbon("c.csv", "c1"), dir.resolve("c.csv"));

        var r = cli.run("ingest", "codecarbon", dir.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).contains("imported " + dir.resolve("a.csv") + ": 4 imported, 0 quarantined")
                .contains("refused " + dir.resolve("b.csv") + ": nothing imported (" + dir.resolve("b.csv") + " line 1: the header lacks")
                .contains("imported " + dir.resolve("c.csv") + ": 1 imported, 0 quarantined")
                .contains("5 imported, 0 quarantined, 0 skipped as duplicates, 1 of 3 files refused");
        assertThat(r.err()).contains("refused " + dir.resolve("b.csv") + " line 1").contains("1 of 3 files refused")
                .doesNotContain("Exception");
        var runs = cli.run("runs", "list", "--json");
        JsonNode j = new ObjectMapper().readTree(runs.out());
        assertThat(j.size()).as("the 4 runs of a.csv and the 1 of c.csv").isEqualTo(5);
        // Only the two good files are recorded as imports.
        var json = cli.run("ingest", "codecarbon", dir.toString(), "--json");
        JsonNode s = new ObjectMapper().readTree(json.out());
        assertThat(s.get("refused_files").asInt()).isEqualTo(1);
        assertThat(s.get("skipped_duplicates").asInt()).isEqualTo(5);
        assertThat(s.get("files").get(1).get("refused").asText()).contains("the header lacks");
        assertThat(s.get("files").get(1).get("import_id").isNull()).isTrue();
    }

    @Test
    void strictStopsAtTheFirstRefusedFileOfADirectory() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("runs"));
        Files.move(codecarbon("a.csv", "a1"), dir.resolve("a.csv"));
        Files.move(binary("b.csv"), dir.resolve("b.csv"));
        Files.move(codecarbon("c.csv", "c1"), dir.resolve("c.csv"));

        var r = cli.run("ingest", "codecarbon", dir.toString(), "--strict");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).contains("imported " + dir.resolve("a.csv")).doesNotContain("c.csv");
        assertThat(r.err()).contains("1 of 2 files refused (--strict: stopped at the first)");
    }

    @Test
    void codeCarbonsOwnAppendModeFileImportsAllNineRunsAndTheSummarySaysEightWereRealigned() throws Exception {
        Path f = upstream("codecarbon/emissions_v3.3.0_append_mode.csv");

        var text = cli.run("ingest", "codecarbon", f.toString(), "--dry-run");
        var json = cli.run("ingest", "codecarbon", f.toString(), "--json");

        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(text.out()).contains("9 would be imported, 0 quarantined, 0 skipped as duplicates, 8 realigned");
        JsonNode j = new ObjectMapper().readTree(json.out());
        assertThat(j.get("imported").asInt()).isEqualTo(9);
        assertThat(j.get("quarantined").asInt()).isZero();
        assertThat(j.get("realigned").asInt()).isEqualTo(8);
        assertThat(j.get("files").get(0).get("realigned").asInt()).isEqualTo(8);
    }

    @Test
    void aQuarantinedRowIsListedOnceHoweverOftenItsFileIsImported() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(upstream("codecarbon/emissions_v3.3.0_append_mode.csv")));
        String[] third = lines.get(3).split(",", -1);
        third[4] = "-" + third[4];
        lines.set(3, String.join(",", third));
        Path f = Files.write(tmp.resolve("emissions.csv"), lines);

        var first = cli.run("ingest", "codecarbon", f.toString());
        var second = cli.run("ingest", "codecarbon", f.toString());
        var list = cli.run("ingest", "quarantine", "list");

        assertThat(first.out()).contains("8 imported, 1 quarantined");
        assertThat(second.out()).contains("0 imported, 1 quarantined, 8 skipped as duplicates")
                .contains("1 quarantined row(s) were already in quarantine from an earlier import");
        long rows = list.out().lines().filter(l -> l.contains(f.toString())).count();
        assertThat(rows).as(list.out()).isEqualTo(1);
        assertThat(list.out()).contains("duration");
    }

    @Test
    void quarantineListShowsAStoredRowWithItsControlCharactersEscaped() throws Exception {
        String bad = IngestCommandTest.row("\u001b]0;pwned\u0007", "-1");
        Path f = Files.writeString(tmp.resolve("e.csv"), IngestCommandTest.HEADER + "\n" + bad + "\n", StandardCharsets.UTF_8);
        cli.run("ingest", "codecarbon", f.toString());

        var list = cli.run("ingest", "quarantine", "list");
        var json = cli.run("ingest", "quarantine", "list", "--json");

        assertThat(list.out()).contains("\\x1b]0;pwned\\x07").doesNotContain("\u001b", "\u0007");
        assertThat(new ObjectMapper().readTree(json.out()).get(0).get("raw").asText()).as("stored as the file had it").isEqualTo(bad);
    }

    @Test
    void meterEchoesAShortEscapedExcerptOfABinaryHeaderNotItsBytes() throws Exception {
        Path bin = binary("meter.csv");

        var r = cli.run("ingest", "meter", bin.toString());

        refusedCleanly(r, "header '");
        String header = r.err().substring(r.err().indexOf("header '") + 8, r.err().indexOf("' is not"));
        assertThat(header).contains("\\x").doesNotContain("\u0000").endsWith("…");
        assertThat(header.chars().filter(c -> c < 0x20 || c == 0x7f).count()).isZero();
        // At most 60 characters of the file, each escaped in at most 8 ("\\u{fffd}"), and the ellipsis.
        assertThat(header.length()).isLessThanOrEqualTo(8 * 60 + 1);
    }

    @Test
    void aRefusedCommandOnAFreshHomeCreatesNothingUnderHomeForAnyKind() throws Exception {
        List<Path> inputs = new ArrayList<>();
        for (String ext : List.of("csv", "json", "txt")) {
            Path bin = binary("binary." + ext);
            inputs.add(bin);
            for (Importer i : Importers.all()) {
                var r = cli.run("ingest", i.kind(), bin.toString());
                assertThat(r.code()).as(i.kind() + " ." + ext + ": " + r).isEqualTo(2);
                assertThat(r.err()).as(i.kind()).doesNotContain("Exception", "\u001b");
                assertThat(cli.home.resolve(".wattprint")).as(i.kind() + " ." + ext).doesNotExist();
            }
        }
        assertThat(tree(cli.home)).as("the scratch home holds the input files and nothing else").containsExactlyInAnyOrderElementsOf(inputs);
    }

    @Test
    void aDryRunOnAFreshHomeCreatesNothingUnderHomeEither() throws Exception {
        Path input = codecarbon("e.csv", "a");
        var r = cli.run("ingest", "codecarbon", input.toString(), "--dry-run");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(tree(cli.home)).containsExactly(input);
    }

    /**
     * In a wattprint JVM of its own with {@code HOME} a fresh folder (no WATTPRINT_HOME, WATTPRINT_DB or XDG_CACHE_HOME):
     * a refused import and a dry run leave the home empty — no ledger, and no SQLite native library in
     * {@code ~/.cache/wattprint} either, though opening the ledger wrote it there; a recorded import (the control)
     * leaves both.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void inAJvmOfItsOwnARefusedImportAndADryRunLeaveTheHomeEmptyAndARecordedImportDoesNot() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path bin = binary("binary.csv");
        Path good = codecarbon("good.csv", "a");

        assertThat(ownJvm(home, "ingest", "codecarbon", bin.toString())).isEqualTo(2);
        assertThat(tree(home)).as("after a refused import").isEmpty();
        assertThat(ownJvm(home, "ingest", "codecarbon", good.toString(), "--dry-run")).isZero();
        assertThat(tree(home)).as("after a dry run").isEmpty();

        assertThat(ownJvm(home, "ingest", "codecarbon", good.toString())).isZero();
        assertThat(home.resolve(".wattprint/ledger.db")).isRegularFile();
        try (var libs = Files.walk(home.resolve(".cache/wattprint"))) {
            assertThat(libs.filter(p -> p.getFileName().toString().equals(System.mapLibraryName("sqlitejdbc")))).hasSize(1);
        }
    }

    private int ownJvm(Path home, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Path log = tmp.resolve("jvm.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("HOME", home.toString());
        for (String v : List.of(Environment.HOME_VAR, "WATTPRINT_DB", "XDG_CACHE_HOME")) pb.environment().remove(v);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(log)).doesNotContain("Exception");
        return p.exitValue();
    }

    /** Every file and folder under {@code root}, not {@code root} itself. */
    private static List<Path> tree(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).toList();
        }
    }

    static Path upstream(String relative) {
        return Upstream.file(relative);
    }
}
