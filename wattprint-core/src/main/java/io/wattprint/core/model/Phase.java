package io.wattprint.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Life-cycle phase of an AI workload (seed 000: training, fine-tuning, inference, data pipeline). */
public enum Phase {
    TRAINING("training"),
    FINE_TUNING("fine-tuning"),
    INFERENCE("inference"),
    DATA_PIPELINE("data-pipeline"),
    SUPPORTING("supporting");

    private final String label;

    Phase(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<Phase> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(p -> p.label.equals(t)).findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(Phase::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() { return label; }
}
