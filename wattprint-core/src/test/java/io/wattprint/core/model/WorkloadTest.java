package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    @Test
    void builderSetsEveryField() {
        Workload w = Workload.builder("chatbot").project("p").team("t").model("llama").modelVersion("3.1")
                .phase(Phase.INFERENCE).tag("env", "prod").build();
        assertThat(w).isEqualTo(new Workload("chatbot", "p", "t", "llama", "3.1", Phase.INFERENCE, Map.of("env", "prod")));
    }

    @Test
    void tagsAreSortedByKeyWhateverTheInsertionOrder() {
        Workload w = Workload.builder("w").tag("zeta", "1").tag("alpha", "2")
                .tags(Map.of("mid", "3")).tag("beta", "4").build();
        assertThat(w.tags().keySet()).containsExactly("alpha", "beta", "mid", "zeta");

        Map<String, String> insertion = new LinkedHashMap<>();
        insertion.put("z", "1");
        insertion.put("a", "2");
        assertThat(new Workload("w", null, null, null, null, null, insertion).tags().keySet()).containsExactly("a", "z");
    }

    @Test
    void laterTagWithTheSameKeyWins() {
        assertThat(Workload.builder("w").tag("env", "dev").tag("env", "prod").build().tags()).containsExactly(Map.entry("env", "prod"));
    }

    @Test
    void tagsAreImmutableAndDefaultToEmpty() {
        assertThat(new Workload("w", null, null, null, null, null, null).tags()).isEmpty();
        Workload w = Workload.builder("w").tag("a", "1").build();
        assertThatThrownBy(() -> w.tags().put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nameIsRequiredAndNotBlank() {
        assertThatThrownBy(() -> Workload.builder(null).build()).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> Workload.builder("  ").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workload name must not be blank");
    }

    @org.junit.jupiter.api.Test
    void aFieldLongerThan256CharactersIsRefusedWhenBuiltButAStoredOneIsRead() {
        String tooLong = "t".repeat(Workload.MAX_TEXT + 1);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Workload.builder("w").team(tooLong).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("team is 257 characters long (at most 256)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Workload.builder("w").tag("k", tooLong).build())
                .hasMessage("tag k is 257 characters long (at most 256)");
        org.assertj.core.api.Assertions.assertThat(Workload.builder("w").team("t".repeat(Workload.MAX_TEXT)).build().team())
                .hasSize(Workload.MAX_TEXT);
        // what an earlier release stored is read as it is
        org.assertj.core.api.Assertions.assertThat(new Workload("w", tooLong, null, null, null, null, null).project()).isEqualTo(tooLong);
    }
}
