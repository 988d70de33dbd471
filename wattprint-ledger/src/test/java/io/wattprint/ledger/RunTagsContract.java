package io.wattprint.ledger;

import static io.wattprint.ledger.Fixtures.T0;
import static io.wattprint.ledger.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.Workload;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link RunRepository#addTags}: tags added to a stored run, on every ledger database. The fixture run has the tags
 * {@code dataset=squad} and {@code owner=ana}.
 */
abstract class RunTagsContract extends LedgerContract {

    @Test
    void newTagsAreStoredAndReadBackWithTheRun() {
        runs.insertRun(run("run-a", T0));

        Map<String, String> added = runs.addTags("run-a", Map.of("queries", "1000", "gpu", "NVIDIA H100 80GB HBM3"));

        assertThat(added).containsExactly(Map.entry("gpu", "NVIDIA H100 80GB HBM3"), Map.entry("queries", "1000"));
        assertThat(runs.find("run-a").orElseThrow().run().workload().tags()).containsExactly(Map.entry("dataset", "squad"),
                Map.entry("gpu", "NVIDIA H100 80GB HBM3"), Map.entry("owner", "ana"), Map.entry("queries", "1000"));
    }

    @Test
    void theSameKeyWithTheSameValueChangesNothing() {
        runs.insertRun(run("run-a", T0));
        runs.addTags("run-a", Map.of("queries", "1000"));
        int rows = count("SELECT COUNT(*) FROM run_tags");

        Map<String, String> added = runs.addTags("run-a", Map.of("queries", "1000", "owner", "ana"));

        assertThat(added).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM run_tags")).isEqualTo(rows);
    }

    @Test
    void aKeyAlreadySetToAnotherValueIsRefusedAndNothingOfTheCallIsStored() {
        runs.insertRun(run("run-a", T0));
        runs.insertRun(run("run-b", T0));
        int rows = count("SELECT COUNT(*) FROM run_tags");
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("gpu", "A100");
        tags.put("owner", "bo");
        tags.put("queries", "5");

        assertThatThrownBy(() -> runs.addTags("run-a", tags)).isInstanceOf(RunRepository.TagConflict.class)
                .hasMessage("run run-a already has tag owner='ana', not 'bo': the ledger never changes a stored row, so "
                        + "nothing was stored. Keep the stored value, or record the corrected figure under another key "
                        + "(e.g. owner_corrected=bo)");

        assertThat(count("SELECT COUNT(*) FROM run_tags")).as("gpu, stored before the conflict, is rolled back").isEqualTo(rows);
        assertThat(runs.find("run-a").orElseThrow().run().workload().tags()).doesNotContainKeys("gpu", "queries")
                .containsEntry("owner", "ana");
        // The ledger is usable after the refusal: another run takes the same tags.
        assertThat(runs.addTags("run-b", Map.of("gpu", "A100"))).containsExactly(Map.entry("gpu", "A100"));
    }

    @Test
    void aRunThatIsNotStoredIsNamed() {
        assertThatThrownBy(() -> runs.addTags("no-such-run", Map.of("gpu", "A100"))).isInstanceOf(LedgerException.class)
                .hasMessageContaining("no run no-such-run in ledger");
    }

    @Test
    void emptyKeysAndTextLongerThanTheLimitAreRefusedBeforeTheLedgerIsTouched() {
        runs.insertRun(run("run-a", T0));
        String long1 = "x".repeat(Workload.MAX_TEXT + 1);

        assertThatThrownBy(() -> runs.addTags("run-a", Map.of(" ", "1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a tag key must not be empty");
        assertThatThrownBy(() -> runs.addTags("run-a", Map.of(long1, "1")))
                .hasMessage("tag key is 257 characters long (at most 256)");
        assertThatThrownBy(() -> runs.addTags("run-a", Map.of("gpu", long1)))
                .hasMessage("tag gpu is 257 characters long (at most 256)");
        String atLimit = "y".repeat(Workload.MAX_TEXT);
        assertThat(runs.addTags("run-a", Map.of(atLimit, atLimit))).containsKey(atLimit);
    }
}
