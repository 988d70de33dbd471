package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    @Test
    void rendersFormulaInputsNotesAndIndentedParts() {
        Explanation it = Explanation.builder("IT energy", "2.000000000 kWh").formula("Σ component energy")
                .input("gpu:0", "1.500000000 kWh", "measured (energy counter: nvml)")
                .input("cpu", "0.500000000 kWh", null)
                .build();
        Explanation nested = Explanation.builder("inner", "1").part(Explanation.builder("leaf", "2").note("deep").build()).build();
        Explanation top = Explanation.builder("kgCO2e", "0.800000000").formula("E × I")
                .input("location", "FR", null)
                .note("first note").note("second note")
                .part(it).part(nested)
                .build();

        assertThat(top.render()).containsExactly(
                "kgCO2e = 0.800000000    [E × I]",
                "  location: FR",
                "  note: first note",
                "  note: second note",
                "  IT energy = 2.000000000 kWh    [Σ component energy]",
                "    gpu:0: 1.500000000 kWh  — measured (energy counter: nvml)",
                "    cpu: 0.500000000 kWh",
                "  inner = 1",
                "    leaf = 2",
                "      note: deep");
    }

    @Test
    void textIsTheRenderedLinesJoinedByNewlines() {
        Explanation inner = Explanation.builder("IT energy", "1 kWh").formula("Σ component energy")
                .input("cpu", "0.5 kWh", "imported (codecarbon 3.0.1)").input("gpu", "0.5 kWh", null).note("deep")
                .part(Explanation.builder("deeper", "x").note("multi\nline").build()).build();
        Explanation e = Explanation.builder("kgCO2e", "0.1").formula("a × b").input("location", "FR", null)
                .note("n1").part(inner).part(Explanation.builder("facility energy", "1.2 kWh").build()).build();
        assertThat(e.text()).isEqualTo(String.join("\n", e.render()));
        Explanation bare = Explanation.builder("x", "not computed").build();
        assertThat(bare.text()).isEqualTo("x = not computed");
    }

    @Test
    void withoutFormulaTheHeadLineHasNoBrackets() {
        assertThat(Explanation.builder("x", "not computed").build().render()).containsExactly("x = not computed");
    }

    @Test
    void nullListsBecomeEmptyAndListsAreCopied() {
        Explanation e = new Explanation("f", "v", null, null, null, null);
        assertThat(e.inputs()).isEmpty();
        assertThat(e.notes()).isEmpty();
        assertThat(e.parts()).isEmpty();

        List<String> notes = new ArrayList<>(List.of("a"));
        Explanation copied = new Explanation("f", "v", null, null, notes, null);
        notes.add("b");
        assertThat(copied.notes()).containsExactly("a");
        assertThatThrownBy(() -> copied.notes().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void figureValueAndInputNameAreRequired() {
        assertThatThrownBy(() -> Explanation.builder(null, "v").build()).hasMessage("figure");
        assertThatThrownBy(() -> Explanation.builder("f", null).build()).hasMessage("value");
        assertThatThrownBy(() -> Explanation.builder("f", "v").input(null, "1", null)).hasMessage("name");
        assertThatThrownBy(() -> Explanation.builder("f", "v").input("n", null, null)).hasMessage("value");
    }
}
