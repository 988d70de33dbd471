package io.wattprint.ingest.codecarbon;

import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One data row of a CodeCarbon file, read and checked. Units from FORMATS.md: {@code duration} s,
 * {@code emissions} kg CO2e, {@code *_energy} kWh already multiplied by {@code pue} — the IT energy of a
 * component is its column divided by {@code pue}, so that our own PUE step does not apply it twice.
 * {@code timestamp} is local time without a zone: read as UTC (the summary says so). {@code emissions} is
 * null when the column is empty. {@code gpuCount} and {@code gpuModel} are the text of those columns (null when
 * empty or absent), kept as run tags.
 */
record CodeCarbonRow(String project, String runId, String experimentId, String taskName, Instant end, Duration duration,
                     Co2e emissions, Energy cpu, Energy gpu, Energy ram, Pue pue, String countryIso3, String cloudProvider,
                     String cloudRegion, String version, String gpuCount, String gpuModel) {

    /** Timestamps outside [2000-01-01, now + 1 day] are refused (CodeCarbon's first release was in 2020). */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** A row that cannot be imported: the field at fault (null: the whole row) and why. */
    static final class Problem extends Exception {
        final String field;

        Problem(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }

    static CodeCarbonRow parse(CodeCarbonColumns cols, List<String> f, Instant latest) throws Problem {
        Instant end = timestamp(cols.get(f, "timestamp"), latest);
        double seconds = number(cols, f, "duration", "seconds");
        double pue = 1;
        if (cols.has("pue")) {
            String p = cols.get(f, "pue");
            if (p != null && !p.isBlank()) {
                pue = number(cols, f, "pue", "a PUE");
                if (pue < 1) throw new Problem("pue", "'" + p.strip() + "' is below 1 (expected a PUE ≥ 1)");
            }
        }
        long micros = Math.round(seconds * 1_000_000d);
        // CodeCarbon's own figure, kept for comparison only: may be empty (wattprint's export leaves it empty
        // for a run with an unknown location); when given it must be a number ≥ 0.
        String em = cols.get(f, "emissions");
        Co2e emissions = em == null || em.isBlank() ? null : Co2e.ofKilograms(number(cols, f, "emissions", "kg CO2e"));
        Pue factor = Pue.of(pue);
        return new CodeCarbonRow(text(cols, f, "project_name"), text(cols, f, "run_id"), text(cols, f, "experiment_id"),
                text(cols, f, "task_name"), end, Duration.ofNanos(micros * 1_000), emissions,
                itEnergy(cols, f, "cpu_energy", pue), itEnergy(cols, f, "gpu_energy", pue), itEnergy(cols, f, "ram_energy", pue),
                factor, text(cols, f, "country_iso_code"), text(cols, f, "cloud_provider"), text(cols, f, "cloud_region"),
                text(cols, f, "codecarbon_version"), text(cols, f, "gpu_count"), text(cols, f, "gpu_model"));
    }

    Instant start() { return end.minus(duration); }

    private static Energy itEnergy(CodeCarbonColumns cols, List<String> f, String column, double pue) throws Problem {
        return Energy.ofKilowattHours(number(cols, f, column, "kWh") / pue);
    }

    private static String text(CodeCarbonColumns cols, List<String> f, String column) {
        String v = cols.get(f, column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A finite number ≥ 0. */
    static double number(CodeCarbonColumns cols, List<String> f, String column, String unit) throws Problem {
        String v = cols.get(f, column);
        if (v == null || v.isBlank()) throw new Problem(column, "empty (expected a number ≥ 0, " + unit + ")");
        double d;
        try {
            d = Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new Problem(column, "'" + v.strip() + "' is not a number (expected a number ≥ 0, " + unit + ")");
        }
        if (!Double.isFinite(d)) throw new Problem(column, "'" + v.strip() + "' is not finite (expected a number ≥ 0, " + unit + ")");
        if (d < 0) throw new Problem(column, "'" + v.strip() + "' is negative (expected a number ≥ 0, " + unit + ")");
        return d;
    }

    static Instant timestamp(String v, Instant latest) throws Problem {
        if (v == null || v.isBlank()) throw new Problem("timestamp", "empty (expected %Y-%m-%dT%H:%M:%S)");
        String t = v.strip();
        Instant at;
        try {
            at = LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                at = OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e2) {
                throw new Problem("timestamp", "'" + t + "' is not a timestamp (expected %Y-%m-%dT%H:%M:%S, e.g. 2021-09-23T15:04:51)");
            }
        }
        if (at.isBefore(EARLIEST) || at.isAfter(latest)) {
            throw new Problem("timestamp", "'" + t + "' is out of range (expected between " + EARLIEST + " and " + latest + ")");
        }
        return at;
    }
}
