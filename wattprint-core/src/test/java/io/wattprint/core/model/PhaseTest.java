package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhaseTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
            "training,       TRAINING",
            "TRAINING,       TRAINING",
            "fine-tuning,    FINE_TUNING",
            "FINE_TUNING,    FINE_TUNING",
            "' Inference ',  INFERENCE",
            "data_pipeline,  DATA_PIPELINE",
            "supporting,     SUPPORTING",
    })
    void parsesLabelsAndEnumNamesIgnoringCaseAndSpaces(String text, Phase expected) {
        assertThat(Phase.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "train", "fine tuning", "finetuning", "eval"})
    void unknownTextIsEmpty(String text) {
        assertThat(Phase.parse(text)).isEmpty();
    }

    @Test
    void labelsListsEveryPhaseInDeclarationOrder() {
        assertThat(Phase.labels()).isEqualTo("training, fine-tuning, inference, data-pipeline, supporting");
    }

    @Test
    void toStringIsTheLabel() {
        assertThat(Phase.FINE_TUNING).hasToString("fine-tuning");
        assertThat(Phase.DATA_PIPELINE.label()).isEqualTo("data-pipeline");
    }
}
