package io.wattprint.ingest.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ingest.Importer;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportersTest {
    @Test
    void everyKindIsUniqueLowerCaseAndDescribed() {
        Set<String> kinds = new HashSet<>();
        for (Importer i : Importers.all()) {
            assertThat(kinds.add(i.kind())).as("kind %s listed twice", i.kind()).isTrue();
            assertThat(i.kind()).matches("[a-z0-9-]+");
            assertThat(i.description()).isNotBlank();
        }
    }

    @Test
    void aKindIsFoundWhateverItsCase() {
        assertThat(Importers.byKind("CodeCarbon")).map(Importer::kind).contains("codecarbon");
        assertThat(Importers.byKind("nope")).isEmpty();
    }

    @Test
    void closeMatchesSuggestAMistypedKind() {
        assertThat(Importers.closeMatches("codecarbn")).contains("codecarbon");
        assertThat(Importers.closeMatches("code")).contains("codecarbon");
        assertThat(Importers.closeMatches("zzzzzzzzzzzz")).isEmpty();
    }

    @Test
    void theKindsThatStoreRunsAreTheOnesThatTakeWorkloadAttributes() {
        assertThat(Importers.kindsStoringRuns()).containsExactly("codecarbon", "cloud-usage", "ccf-onprem", "kepler");
    }
}
