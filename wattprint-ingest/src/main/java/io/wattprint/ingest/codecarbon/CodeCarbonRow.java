package io.wattprint.ingest.codecarbon;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import io.wattprint.core.text.CsvCells;
import io.wattprint.core.time.TimestampException;
import io.wattprint.core.time.Timestamps;
import io.wattprint.ingest.Excerpt;
import io.wattprint.ingest.TextLimit;
import io.wattprint.ingest.TimeLimits;
import java.time.Duration;
import java.time.Instant;
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
    /** Largest energy of one component in one row: 1 TWh, far above any job (METHODOLOGY.md §11.1). */
    static final double MAX_ENERGY_KWH = 1e9;
    /** Largest CodeCarbon {@code emissions} of one row: 1 Mt CO2e. */
    static final double MAX_EMISSIONS_KG = 1e9;
    /** Largest PUE a row may declare (the PUE wattprint takes everywhere). */
    static final int MAX_PUE = 5;

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
        Duration duration = duration(cols, f, end);
        double pue = 1;
        if (cols.has("pue")) {
            String p = cols.get(f, "pue");
            if (p != null && !p.isBlank()) {
                pue = number(cols, f, "pue", "a PUE");
                if (pue < 1) throw new Problem("pue", "'" + Excerpt.of(p.strip()) + "' is below 1 (expected a PUE ≥ 1)");
                if (pue > MAX_PUE) {
                    throw new Problem("pue", "'" + Excerpt.of(p.strip()) + "' is above " + MAX_PUE + " (expected a PUE between 1 and "
                            + MAX_PUE + ")");
                }
            }
        }
        // CodeCarbon's own figure, kept for comparison only: may be empty (wattprint's export leaves it empty
        // for a run with an unknown location); when given it must be a number ≥ 0.
        String em = cols.get(f, "emissions");
        Co2e emissions = em == null || em.isBlank() ? null
                : Co2e.ofKilograms(bounded(cols, f, "emissions", "kg CO2e", MAX_EMISSIONS_KG));
        Pue factor = Pue.of(pue);
        return new CodeCarbonRow(text(cols, f, "project_name"), text(cols, f, "run_id"), text(cols, f, "experiment_id"),
                text(cols, f, "task_name"), end, duration, emissions,
                itEnergy(cols, f, "cpu_energy", pue), itEnergy(cols, f, "gpu_energy", pue), itEnergy(cols, f, "ram_energy", pue),
                factor, text(cols, f, "country_iso_code"), text(cols, f, "cloud_provider"), text(cols, f, "cloud_region"),
                text(cols, f, "codecarbon_version"), text(cols, f, "gpu_count"), text(cols, f, "gpu_model"));
    }

    Instant start() { return end.minus(duration); }

    /**
     * {@code duration} in seconds, exact to the microsecond: at most {@link TimeLimits#MAX_SECONDS} (checked before
     * any conversion, so nothing overflows), and the run it gives must not start before {@link #EARLIEST}.
     */
    private static Duration duration(CodeCarbonColumns cols, List<String> f, Instant end) throws Problem {
        double seconds = number(cols, f, "duration", "seconds");
        String v = cols.get(f, "duration").strip();
        Duration d = TimeLimits.seconds(seconds).orElseThrow(() -> new Problem("duration", "'" + Excerpt.of(v) + "' is too long (expected at most "
                + TimeLimits.MAX_SECONDS + " seconds, 100 years)"));
        if (d.compareTo(Duration.between(EARLIEST, end)) > 0) {
            throw new Problem("duration", "'" + Excerpt.of(v) + "' seconds before the timestamp " + end + " starts the run before " + EARLIEST
                    + " (expected a run that starts on or after " + EARLIEST + ")");
        }
        return d;
    }

    private static Energy itEnergy(CodeCarbonColumns cols, List<String> f, String column, double pue) throws Problem {
        return Energy.ofKilowattHours(bounded(cols, f, column, "kWh", MAX_ENERGY_KWH) / pue);
    }

    /** A finite number ≥ 0 and at most {@code max}. */
    private static double bounded(CodeCarbonColumns cols, List<String> f, String column, String unit, double max) throws Problem {
        double d = number(cols, f, column, unit);
        if (d > max) {
            throw new Problem(column, "'" + Excerpt.of(cols.get(f, column).strip()) + "' is too large (expected a number ≥ 0 and at most "
                    + Figures.shortest(max) + ", " + unit + ")");
        }
        return d;
    }

    /**
     * Text of a column, stripped; null when empty; longer than {@link TextLimit#MAX} quarantines the row. The quote
     * {@code runs export} puts before formula-like text ({@link CsvCells#safe}) is taken off ({@link CsvCells#unsafe}), so
     * that a project named {@code =HYPERLINK(…)} comes back as it was.
     */
    private static String text(CodeCarbonColumns cols, List<String> f, String column) throws Problem {
        String v = CsvCells.unsafe(cols.get(f, column));
        if (v == null || v.isBlank()) return null;
        String tooLong = TextLimit.exceeded(v);
        if (tooLong != null) throw new Problem(column, tooLong);
        return v.strip();
    }

    /** A finite number ≥ 0. */
    static double number(CodeCarbonColumns cols, List<String> f, String column, String unit) throws Problem {
        String v = cols.get(f, column);
        if (v == null || v.isBlank()) throw new Problem(column, "empty (expected a number ≥ 0, " + unit + ")");
        double d;
        try {
            d = Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new Problem(column, "'" + Excerpt.of(v.strip()) + "' is not a number (expected a number ≥ 0, " + unit + ")");
        }
        if (!Double.isFinite(d)) throw new Problem(column, "'" + Excerpt.of(v.strip()) + "' is not finite (expected a number ≥ 0, " + unit + ")");
        if (d < 0) throw new Problem(column, "'" + Excerpt.of(v.strip()) + "' is negative (expected a number ≥ 0, " + unit + ")");
        return d;
    }

    static Instant timestamp(String v, Instant latest) throws Problem {
        if (v == null || v.isBlank()) throw new Problem("timestamp", "empty (expected %Y-%m-%dT%H:%M:%S)");
        String t = v.strip();
        Instant at;
        try {
            at = Timestamps.parse(t, Timestamps.Forms.UTC);
        } catch (TimestampException e) {
            throw new Problem("timestamp", "'" + Excerpt.of(t) + "' is not a timestamp (expected %Y-%m-%dT%H:%M:%S, e.g. 2021-09-23T15:04:51)");
        }
        if (at.isBefore(EARLIEST) || at.isAfter(latest)) {
            throw new Problem("timestamp", "'" + Excerpt.of(t) + "' is out of range (expected between " + EARLIEST + " and " + latest + ")");
        }
        return at;
    }
}
