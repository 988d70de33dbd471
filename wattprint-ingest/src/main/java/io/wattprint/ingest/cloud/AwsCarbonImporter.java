package io.wattprint.ingest.cloud;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.cloud.CloudEmission.Method;
import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.Importer;
import io.wattprint.ingest.cloud.Values.BadField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * AWS Data Exports, table {@code CARBON_EMISSIONS}, as CSV (FORMATS.md "AWS Data Exports"). Rows of
 * model v3.0.0 and later carry Scope 1, Scope 2 (location- and market-based) and Scope 3 (both)
 * columns: those are stored, and the totals are only checked against them. Earlier rows carry only the
 * location- and market-based totals, stored as figures without a scope. Every value is read with the
 * unit in its {@code _unit} column (AWS writes {@code MTCO2e}, metric tonnes); a row with an unknown
 * unit is quarantined. Both model versions AWS delivers side by side after a change are stored; the
 * ledger counts the newest per period ({@link io.wattprint.ledger.CloudEmissionRepository}).
 */
public final class AwsCarbonImporter implements Importer {
    public static final String KIND = "aws-carbon";

    static final List<String> REQUIRED = List.of("model_version", "usage_period_start", "usage_period_end");

    /** A value column, the unit column beside it, and the figure it is. */
    private record Figure(String column, Integer scope, Method method) {
        String unitColumn() { return column.substring(0, column.length() - "_value".length()) + "_unit"; }
    }

    private static final List<Figure> SCOPES = List.of(
            new Figure("total_scope_1_emissions_value", 1, null),
            new Figure("total_scope_2_lbm_emissions_value", 2, Method.LOCATION),
            new Figure("total_scope_2_mbm_emissions_value", 2, Method.MARKET),
            new Figure("total_scope_3_lbm_emissions_value", 3, Method.LOCATION),
            new Figure("total_scope_3_mbm_emissions_value", 3, Method.MARKET));
    private static final List<Figure> TOTALS = List.of(
            new Figure("total_lbm_emissions_value", null, Method.LOCATION),
            new Figure("total_mbm_emissions_value", null, Method.MARKET));
    /** The columns of names stored with each figure: at most {@link io.wattprint.ingest.TextLimit#MAX} characters. */
    private static final List<String> NAMES = List.of("payer_account_id", "usage_account_id", "product_code", "region_code",
            "location");
    /** Relative difference between a total and the sum of its scopes above which a note is printed. */
    private static final double TOTAL_TOLERANCE = 1e-6;

    @Override public String kind() { return KIND; }

    @Override
    public String description() {
        return "AWS Data Exports CARBON_EMISSIONS CSV (pre-v3 totals and v3 scope columns, MTCO2e)";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public void importFile(Path file, ImportContext ctx) throws IOException {
        int[] mismatches = {0};
        try (EmissionWriter out = new EmissionWriter(ctx)) {
            CsvRows.read(file, ctx, false, index -> {
                CsvRows.require(file, KIND, index, REQUIRED);
                boolean anyValues = SCOPES.stream().anyMatch(f -> index.containsKey(f.column()))
                        || TOTALS.stream().anyMatch(f -> index.containsKey(f.column()));
                if (!anyValues) {
                    throw new io.wattprint.ingest.ImportException(file + " is not an " + KIND + " file: no emissions "
                            + "columns (expected total_lbm_emissions_value or total_scope_1_emissions_value and the others)");
                }
            }, row -> {
                try {
                    List<CloudEmission> figures = figures(row, mismatches);
                    if (figures.isEmpty()) {
                        ctx.reject(row.line(), null, "no emissions value in the row", row.raw());
                    } else {
                        out.row(figures);
                    }
                } catch (BadField e) {
                    ctx.reject(row.line(), e.field, e.getMessage(), row.raw());
                }
            });
        }
        ctx.progress(Files.size(file));
        if (mismatches[0] > 0) {
            ctx.note(KIND + ": " + mismatches[0] + " row(s) where a total differs from the sum of its scopes; the scope "
                    + "figures were stored");
        }
    }

    private static List<CloudEmission> figures(CsvRows.Row row, int[] mismatches) throws BadField {
        Period p = period(row);
        String model = Values.name("model_version", Values.required("model_version", row.get("model_version")));
        for (String column : NAMES) Values.name(column, row.get(column));
        List<CloudEmission> scoped = read(row, SCOPES, p, model);
        List<CloudEmission> totals = read(row, TOTALS, p, model);
        if (scoped.isEmpty()) return totals;
        for (CloudEmission t : totals) {
            double sum = scoped.stream().filter(s -> s.method() == null || s.method() == t.method())
                    .mapToDouble(s -> s.co2e().grams()).sum();
            if (Math.abs(sum - t.co2e().grams()) > TOTAL_TOLERANCE * Math.max(1, t.co2e().grams())) mismatches[0]++;
        }
        return scoped;
    }

    private static Period period(CsvRows.Row row) throws BadField {
        var start = Values.instant("usage_period_start", row.get("usage_period_start"));
        var end = Values.instant("usage_period_end", row.get("usage_period_end"));
        if (!end.isAfter(start)) {
            throw new BadField("usage_period_end", "period end " + end + " is not after its start " + start);
        }
        return new Period(start, end);
    }

    private static List<CloudEmission> read(CsvRows.Row row, List<Figure> figures, Period period, String model) throws BadField {
        List<CloudEmission> out = new ArrayList<>();
        for (Figure f : figures) {
            Double v = Values.amount(f.column(), row.get(f.column()));
            if (v == null) continue;
            Co2e co2e = Values.co2e(f.column(), v, f.unitColumn(), row.get(f.unitColumn()));
            out.add(new CloudEmission("aws", model, row.get("payer_account_id"), row.get("usage_account_id"), null,
                    row.get("product_code"), row.get("region_code"), row.get("location"), period, f.scope(), f.method(),
                    co2e, KIND));
        }
        return out;
    }
}
