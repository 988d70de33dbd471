package io.wattprint.report.aiact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the provider states on the command line: the model and version documented, the training compute when
 * known ({@code --flops}, otherwise the runs' {@code flops} tags are summed) and the inference compute benchmark
 * (FLOPs for a stated task on stated hardware). Null means "not given".
 */
public record AiActInput(String model, String version, BigDecimal flops, BigDecimal inferenceFlops, String inferenceTask,
                         String inferenceHardware) {
    public AiActInput {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(version, "version");
        if (model.isBlank()) throw new IllegalArgumentException("a model name is required");
        if (version.isBlank()) throw new IllegalArgumentException("a model version is required");
        if (flops != null && flops.signum() <= 0) throw new IllegalArgumentException("training FLOPs must be positive, not " + flops);
        if (inferenceFlops != null && inferenceFlops.signum() <= 0) {
            throw new IllegalArgumentException("inference FLOPs must be positive, not " + inferenceFlops);
        }
    }

    public static AiActInput of(String model, String version) { return new AiActInput(model, version, null, null, null, null); }

    public AiActInput withFlops(BigDecimal f) { return new AiActInput(model, version, f, inferenceFlops, inferenceTask, inferenceHardware); }

    public AiActInput withInference(BigDecimal f, String task, String hardware) {
        return new AiActInput(model, version, flops, f, task, hardware);
    }
}
