package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Phase;
import io.wattprint.ledger.Ledger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wattprint runs tag}: tags added to stored runs, and what {@code report label} makes of them. */
class RunsTagCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0001-run", "alpha", "nlp", Phase.INFERENCE,
                Instant.parse("2026-11-01T08:00:00Z"), 1.5, 1.0, "FR", 50);
    }

    Map<String, String> tags(String id) {
        try (Ledger l = Ledger.open(cli.ledgerFile().toString())) {
            return l.runs().find(id).orElseThrow().run().workload().tags();
        }
    }

    @Test
    void tagsAreStoredByAUniquePrefixAndPrinted() {
        var r = cli.run("runs", "tag", "aaaa", "queries=50000", "gpu= NVIDIA H100 80GB HBM3 ");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("run aaaa0001-run: 2 tag(s) stored: gpu=NVIDIA H100 80GB HBM3, queries=50000\n");
        assertThat(tags("aaaa0001-run")).containsExactly(Map.entry("gpu", "NVIDIA H100 80GB HBM3"), Map.entry("queries", "50000"));
    }

    @Test
    void theSameTagsAgainChangeNothing() {
        assertThat(cli.run("runs", "tag", "aaaa0001-run", "queries=50000").code()).isZero();

        var r = cli.run("runs", "tag", "aaaa0001-run", "queries=50000", "team_lead=ana");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("run aaaa0001-run: 1 tag(s) stored: team_lead=ana\n  already set, unchanged: queries=50000\n");
        var again = cli.run("runs", "tag", "aaaa0001-run", "queries=50000");
        assertThat(again.out()).isEqualTo("run aaaa0001-run: no tag stored\n  already set, unchanged: queries=50000\n");
    }

    @Test
    void jsonNamesWhatWasAddedWhatWasAlreadySetAndEveryTag() throws Exception {
        cli.run("runs", "tag", "aaaa0001-run", "gpu=L4");

        var r = cli.run("runs", "tag", "aaaa0001-run", "gpu=L4", "queries=7", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("id").asText()).isEqualTo("aaaa0001-run");
        assertThat(j.get("added").toString()).isEqualTo("{\"queries\":\"7\"}");
        assertThat(j.get("already_set").toString()).isEqualTo("{\"gpu\":\"L4\"}");
        assertThat(j.get("tags").toString()).isEqualTo("{\"gpu\":\"L4\",\"queries\":\"7\"}");
    }

    @Test
    void anotherDbIsTaggedWithDb() {
        Path other = tmp.resolve("other.db");
        LedgerFixture.addRun(other, "cccc0001-run", "gamma", "nlp", Phase.INFERENCE, Instant.parse("2026-11-01T08:00:00Z"), 1, 1.0,
                "FR", 50);

        var r = cli.run("runs", "tag", "cccc", "queries=3", "--db", other.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        try (Ledger l = Ledger.open(other.toString())) {
            assertThat(l.runs().find("cccc0001-run").orElseThrow().run().workload().tags()).containsEntry("queries", "3");
        }
        assertThat(tags("aaaa0001-run")).doesNotContainKey("queries");
    }

    /**
     * End to end: a CodeCarbon inference row without gpu_model is imported; before tagging it has no query count, so
     * no label. {@code runs tag} adds queries=5000 and gpu=NVIDIA L4; the label then counts them: gpu_energy 0.25 kWh
     * (PUE 1.0) = 250 Wh over 5,000 queries → 250 / 5,000 × 1,000 = 50 Wh per 1,000 queries; the reference range
     * 10..90 (width 80): (50 − 10) / 80 = 50 %, in the third band (40 %, 60 %] → 3 stars.
     */
    @Test
    void anImportedCodeCarbonInferenceRunTaggedFromTheCliGetsItsLabel() throws Exception {
        Path csv = Files.writeString(tmp.resolve("infer.csv"), String.join("\n", IngestCommandTest.HEADER,
                "2026-11-20T11:00:00,chat-api,0d5e0c11-7a3b-4e1f-9c2d-5b6a7f8e9d01,exp,3600,0.01,0.0,10,250,3,0.01,0.25,0.003,"
                        + "0.263,0,France,FRA,,,,Linux,3.11,3.0.1,8,Xeon,1,,,,64,machine,30,90,20,12,N,1.0,0") + "\n",
                StandardCharsets.UTF_8);
        Path ref = Files.writeString(tmp.resolve("ref.csv"), "model,task,wh_per_1k_queries,source\n"
                + "small,text-generation,10,test\nlarge,text-generation,90,test\n", StandardCharsets.UTF_8);
        var in = cli.run("ingest", "codecarbon", csv.toString(), "--model", "chat-7b", "--phase", "inference");
        assertThat(in.code()).as(in.toString()).isZero();
        String id = new ObjectMapper().readTree(cli.run("runs", "list", "--project", "chat-api", "--json").out()).get(0)
                .get("id").asText();
        String[] label = {"report", "label", "--model", "chat-7b", "--task", "text-generation", "--reference", ref.toString(),
            "--format", "json"};
        var before = cli.run(label);
        assertThat(before.code()).as(before.toString()).isEqualTo(1);
        assertThat(before.err()).contains("has a query count");

        var tagged = cli.run("runs", "tag", id.substring(0, 8), "queries=5000", "gpu=NVIDIA L4");
        assertThat(tagged.code()).as(tagged.toString()).isZero();
        var r = cli.run(label);

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("hardware").asText()).isEqualTo("NVIDIA L4");
        assertThat(j.get("queries").asLong()).isEqualTo(5_000);
        assertThat(j.get("gpu_energy_wh").decimalValue()).isEqualByComparingTo("250");
        assertThat(j.get("wh_per_1k_queries").decimalValue()).isEqualByComparingTo("50");
        assertThat(j.get("stars").asInt()).isEqualTo(3);
        assertThat(j.get("runs").toString()).isEqualTo("[\"" + id + "\"]");
    }
}
