package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Workload;
import io.wattprint.ledger.Ledger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wattprint runs tag} with bad input: a clear message, the usage exit code, no stack trace, nothing stored. */
class RunsTagCommandNegativeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0001-run", "alpha", "nlp", Phase.INFERENCE,
                Instant.parse("2026-11-01T08:00:00Z"), 1.5, 1.0, "FR", 50);
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0002-run", "alpha", "nlp", Phase.INFERENCE,
                Instant.parse("2026-11-02T08:00:00Z"), 1.5, 1.0, "FR", 50);
    }

    Map<String, String> tags() {
        try (Ledger l = Ledger.open(cli.ledgerFile().toString())) {
            return l.runs().find("aaaa0001-run").orElseThrow().run().workload().tags();
        }
    }

    void refused(CliHarness.Result r, int code, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.err()).contains(message).doesNotContain("\tat ", "Exception");
        assertThat(r.out()).isEmpty();
        assertThat(tags()).as("nothing stored").isEmpty();
    }

    @Test
    void aMissingEqualsSignIsAUsageError() {
        refused(cli.run("runs", "tag", "aaaa0001-run", "gpu=L4", "queries"), 2,
                "wattprint: tag 'queries': expected KEY=VALUE, e.g. queries=50000 (no '=' found)");
    }

    @Test
    void anEmptyKeyIsAUsageError() {
        refused(cli.run("runs", "tag", "aaaa0001-run", " =L4"), 2, "wattprint: tag ' =L4': the key before '=' is empty");
    }

    @Test
    void anEmptyValueIsAUsageError() {
        refused(cli.run("runs", "tag", "aaaa0001-run", "gpu="), 2, "wattprint: tag 'gpu=': the value after '=' is empty");
    }

    @Test
    void aKeyLongerThanTheLimitIsAUsageError() {
        String key = "k".repeat(Workload.MAX_TEXT + 1);
        refused(cli.run("runs", "tag", "aaaa0001-run", key + "=1"), 2, "the key is 257 characters long (at most 256)");
    }

    @Test
    void aValueLongerThanTheLimitIsAUsageError() {
        refused(cli.run("runs", "tag", "aaaa0001-run", "gpu=" + "v".repeat(Workload.MAX_TEXT + 1)), 2,
                "the value is 257 characters long (at most 256)");
    }

    @Test
    void queriesThatAreNotAWholeNumberAreAUsageError() {
        for (String q : new String[] {"-1", "12.5", "1e3", "lots", "99999999999999999999"}) {
            refused(cli.run("runs", "tag", "aaaa0001-run", "queries=" + q), 2,
                    "wattprint: tag 'queries=" + q + "': queries must be a whole number of queries ≥ 0, e.g. queries=50000");
        }
    }

    @Test
    void theSameKeyTwiceWithTwoValuesIsAUsageError() {
        refused(cli.run("runs", "tag", "aaaa0001-run", "gpu=L4", "gpu=A100"), 2,
                "wattprint: tag gpu is given twice, as 'L4' and 'A100'");
    }

    @Test
    void noTagsIsAUsageError() {
        var r = cli.run("runs", "tag", "aaaa0001-run");
        refused(r, 2, "KEY=VALUE");
    }

    @Test
    void anUnknownRunIsNamed() {
        refused(cli.run("runs", "tag", "zzzz9999", "gpu=L4"), 2, "no run 'zzzz9999'");
    }

    @Test
    void anAmbiguousPrefixListsTheMatches() {
        var r = cli.run("runs", "tag", "aaaa", "gpu=L4");
        assertThat(r.code()).as(r.toString()).isNotZero();
        assertThat(r.err()).contains("ambiguous", "aaaa0001-run", "aaaa0002-run").doesNotContain("\tat ");
        assertThat(tags()).isEmpty();
    }

    @Test
    void aKeyAlreadySetToAnotherValueIsRefusedAndNothingOfTheCommandIsStored() {
        assertThat(cli.run("runs", "tag", "aaaa0001-run", "queries=100").code()).isZero();

        var r = cli.run("runs", "tag", "aaaa0001-run", "gpu=L4", "queries=200");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("wattprint: run aaaa0001-run already has tag queries='100', not '200': the ledger never "
                + "changes a stored row, so nothing was stored. Keep the stored value, or record the corrected figure under "
                + "another key (e.g. queries_corrected=200)\n");
        assertThat(tags()).containsExactly(Map.entry("queries", "100"));
    }
}
