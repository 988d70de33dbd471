package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComponentTest {

    @ParameterizedTest(name = "\"{0}\" -> {1} / {2}")
    @CsvSource(nullValues = "null", value = {
            "cpu,                    CPU,   null",
            "dram,                   DRAM,  null",
            "other,                  OTHER, null",
            "gpu:0,                  GPU,   0",
            "cpu:package-1,          CPU,   package-1",
            "GPU:GPU-5f3a,           GPU,   GPU-5f3a",
            "'  dram  ',             DRAM,  null",
            "gpu:MIG-GPU-1/2/0,      GPU,   MIG-GPU-1/2/0",
            "gpu:a:b,                GPU,   a:b",
            "'cpu:   ',              CPU,   null",
    })
    void parsesKindAndId(String text, Component.Kind kind, String id) {
        Component c = Component.parse(text);
        assertThat(c.kind()).isEqualTo(kind);
        assertThat(c.id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "dram", "other", "gpu:0", "gpu:GPU-5f3a-uuid", "cpu:package-0", "gpu:a:b"})
    void toStringParsesBackToTheSameComponent(String text) {
        Component c = Component.parse(text);
        assertThat(c).hasToString(text);
        assertThat(Component.parse(c.toString())).isEqualTo(c);
    }

    @Test
    void factoriesMatchParsedForms() {
        assertThat(Component.gpu("3")).isEqualTo(Component.parse("gpu:3"));
        assertThat(Component.cpuPackage(2)).isEqualTo(Component.parse("cpu:package-2"));
        assertThat(Component.CPU).isEqualTo(Component.parse("cpu"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tpu:0", "", "power", ":0"})
    void unknownKindIsRejectedWithTheAcceptedForms(String text) {
        assertThatThrownBy(() -> Component.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown component '" + text + "': expected gpu:<id>, cpu, cpu:package-N, dram or other");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpu", "gpu:", "gpu:  "})
    void gpuWithoutIdIsRejected(String text) {
        assertThatThrownBy(() -> Component.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a GPU component needs an index or UUID");
    }

    @Test
    void nullKindIsRejected() {
        assertThatThrownBy(() -> new Component(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("kind");
    }

    @Test
    void sortsByStringForm() {
        List<Component> sorted = List.of(Component.gpu("1"), Component.DRAM, Component.cpuPackage(0), Component.CPU,
                Component.gpu("0"), Component.OTHER).stream().sorted().toList();
        assertThat(sorted).extracting(Component::toString)
                .containsExactly("cpu", "cpu:package-0", "dram", "gpu:0", "gpu:1", "other");
    }
}
