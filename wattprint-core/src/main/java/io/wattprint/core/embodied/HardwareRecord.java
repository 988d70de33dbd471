package io.wattprint.core.embodied;

import io.wattprint.core.method.EmbodiedCarbon;
import io.wattprint.core.quantity.Co2e;
import java.time.Instant;
import java.util.Objects;

/**
 * The embodied emissions of one machine, as an organisation records them: {@code id} is the
 * host name runs are stored with (or an asset tag), {@code embodied} its total manufacturing
 * emissions (SCI's TE) with the source of that figure, {@code lifetimeYears} its expected life
 * (EL, years of {@value EmbodiedCarbon#HOURS_PER_YEAR} h) and {@code totalResources} how many
 * GPUs or vCPUs it has (ToR). A record applies to runs that start at or after {@code validFrom};
 * a changed figure is a new record, never an edit.
 */
public record HardwareRecord(String id, String model, Co2e embodied, String source, double lifetimeYears,
                             int totalResources, ResourceUnit unit, Instant validFrom) {
    public HardwareRecord {
        requireText(id, "hardware id");
        requireText(model, "model");
        Objects.requireNonNull(embodied, "embodied emissions");
        requireText(source, "source of the embodied figure");
        if (!Double.isFinite(lifetimeYears) || lifetimeYears <= 0) {
            throw new IllegalArgumentException("expected lifetime must be more than 0 years, got " + lifetimeYears);
        }
        if (totalResources < 1) throw new IllegalArgumentException("total resources must be 1 or more, got " + totalResources);
        Objects.requireNonNull(unit, "resource unit");
        Objects.requireNonNull(validFrom, "valid from");
        id = id.strip();
        model = model.strip();
        source = source.strip();
    }

    public double lifetimeHours() { return lifetimeYears * EmbodiedCarbon.HOURS_PER_YEAR; }

    private static void requireText(String v, String what) {
        Objects.requireNonNull(v, what);
        if (v.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
    }
}
