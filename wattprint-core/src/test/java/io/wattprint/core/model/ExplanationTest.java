package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void textIsTheLinesJoinedByNewlinesAndALineBreakInANoteStartsALine() {
        Explanation inner = Explanation.builder("IT energy", "1 kWh").formula("Σ component energy")
                .input("cpu", "0.5 kWh", "imported (codecarbon 3.0.1)").note("multi\nline").build();
        Explanation e = Explanation.builder("kgCO2e", "0.1").input("location", "FR", null).part(inner).build();
        assertThat(e.text()).isEqualTo("kgCO2e = 0.1\n  location: FR\n  IT energy = 1 kWh    [Σ component energy]\n"
                + "    cpu: 0.5 kWh  — imported (codecarbon 3.0.1)\n    note: multi\nline");
        assertThat(e.render()).containsExactly("kgCO2e = 0.1", "  location: FR", "  IT energy = 1 kWh    [Σ component energy]",
                "    cpu: 0.5 kWh  — imported (codecarbon 3.0.1)", "    note: multi", "line");
        assertThat(Explanation.builder("x", "not computed").build().text()).isEqualTo("x = not computed");
    }

    @Test
    void runsOfOneMethodAndFactorShareATemplateThatOnlyTheirValuesTellApart() {
        Explanation.Template a = co2("0.26 gCO2e", "12.0 kWh").template();
        Explanation.Template b = co2("1.70 gCO2e", "78.3 kWh").template();
        assertThat(a.pattern()).isEqualTo(b.pattern());
        assertThat(a.values()).containsExactly("0.26 gCO2e", "12.0 kWh", "21.7 gCO2e/kWh");
        assertThat(b.values()).containsExactly("1.70 gCO2e", "78.3 kWh", "21.7 gCO2e/kWh");
        assertThat(Explanation.Template.slots(a.pattern())).isEqualTo(3);
        assertThat(co2("0.26 gCO2e", "12.0 kWh").template().pattern())
                .isNotEqualTo(Explanation.builder("Scope 2 location-based", "0.26 gCO2e").formula("other").build()
                        .template().pattern());
    }

    @Test
    void anInputWhoseSourceVariesKeepsItsValueInThePatternAndItsSourceAmongTheValues() {
        Explanation a = applied("12.0 kWh");
        Explanation b = applied("78.3 kWh");
        assertThat(a.text()).isEqualTo("Scope 2 = 1 g\n  grid factor: 21.7 gCO2e/kWh for FR, RTE 2024  — applied to 12.0 kWh");
        assertThat(a.template().pattern()).as("the citation is the factor's, shared").isEqualTo(b.template().pattern())
                .contains("21.7 gCO2e/kWh for FR, RTE 2024").doesNotContain("12.0");
        assertThat(a.template().values()).containsExactly("1 g", "applied to 12.0 kWh");
        assertThat(Explanation.Template.fill(a.template().pattern(), a.template().values())).isEqualTo(a.text());

        Explanation both = Explanation.builder("x", "1").input("series", "FR: 3 points", "applied to 2 kWh",
                Explanation.Input.Varies.BOTH).build();
        assertThat(both.template().values()).containsExactly("1", "FR: 3 points", "applied to 2 kWh");
        assertThat(Explanation.Template.fill(both.template().pattern(), both.template().values())).isEqualTo(both.text());
        assertThatThrownBy(() -> new Explanation.Input("g", "v", null, Explanation.Input.Varies.SOURCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no source");
    }

    private static Explanation applied(String kwh) {
        return Explanation.builder("Scope 2", "1 g").input("grid factor", "21.7 gCO2e/kWh for FR, RTE 2024", "applied to " + kwh,
                Explanation.Input.Varies.SOURCE).build();
    }

    private static Explanation co2(String value, String kwh) {
        return Explanation.builder("Scope 2 location-based", value).formula("facility energy × grid factor")
                .input("facility energy", kwh, null).input("grid factor", "21.7 gCO2e/kWh", "RTE eco2mix — 2024").build();
    }

    /** Any explanation — text with the template's own marker characters included — comes back exactly. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aTemplateFilledWithItsValuesIsTheTextForAnyExplanation(long seed) {
        Random random = new Random(seed);
        Explanation e = randomExplanation(random, 0);
        Explanation.Template t = e.template();
        assertThat(Explanation.Template.fill(t.pattern(), t.values())).isEqualTo(e.text());
        int slots = Explanation.Template.slots(t.pattern());
        assertThat(slots).isEqualTo(t.values().size());
        assertThat(Explanation.Template.splitValues(t.joinedValues(), slots)).isEqualTo(t.values());
    }

    @Test
    void fillingAPatternWithTooFewOrTooManyValuesIsRefused() {
        String pattern = co2("1", "2").template().pattern();
        assertThatThrownBy(() -> Explanation.Template.fill(pattern, List.of("1", "2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more slots than the 2 values");
        assertThatThrownBy(() -> Explanation.Template.fill(pattern, List.of("1", "2", "3", "4")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 slots, 4 values");
        assertThatThrownBy(() -> Explanation.Template.splitValues("a\u001fb", 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 3 values, found 2");
    }

    private static Explanation randomExplanation(Random random, int depth) {
        Explanation.Builder b = Explanation.builder(randomText(random), randomText(random));
        if (random.nextBoolean()) b.formula(randomText(random));
        for (int i = random.nextInt(4); i > 0; i--) {
            String source = random.nextBoolean() ? null : randomText(random);
            Explanation.Input.Varies varies = source == null ? Explanation.Input.Varies.VALUE
                    : Explanation.Input.Varies.values()[random.nextInt(Explanation.Input.Varies.values().length)];
            b.input(randomText(random), randomText(random), source, varies);
        }
        for (int i = random.nextInt(3); i > 0; i--) b.note(randomText(random));
        if (depth < 3) for (int i = random.nextInt(3); i > 0; i--) b.part(randomExplanation(random, depth + 1));
        return b.build();
    }

    private static String randomText(Random random) {
        String alphabet = "ab1. =\n\u001f\u001b[]—é";
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return s.toString();
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
