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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Google Cloud Carbon Footprint export (FORMATS.md): CSV with dotted ({@code project.id}) or underscored
 * ({@code project_id}) names, or JSON with the nesting kept (an array, or one object a line). kgCO2e.
 * Stored: Scope 1, Scope 2 location- and market-based, Scope 3 for the month of {@code usage_month}.
 * The totals ({@code carbon_footprint_total_kgCO2e.*}) are checked against scope 1 + scope 2 (method)
 * + scope 3, and a mismatch is noted, not stored. A null {@code project.id} (a deleted project) keeps
 * the project number instead.
 */
public final class GcpCarbonImporter implements Importer {
    public static final String KIND = "gcp-carbon";

    private static final String SCOPE1 = "carbon_footprint_kgco2e_scope1";
    private static final String SCOPE2_LOCATION = "carbon_footprint_kgco2e_scope2_location_based";
    private static final String SCOPE2_MARKET = "carbon_footprint_kgco2e_scope2_market_based";
    private static final String SCOPE3 = "carbon_footprint_kgco2e_scope3";
    private static final String TOTAL_LOCATION = "carbon_footprint_total_kgco2e_location_based";
    private static final String TOTAL_MARKET = "carbon_footprint_total_kgco2e_market_based";
    static final List<String> REQUIRED = List.of("usage_month", SCOPE1, SCOPE2_LOCATION, SCOPE2_MARKET, SCOPE3);
    private static final double TOTAL_TOLERANCE = 1e-6;
    /** The fields of names stored with each figure: at most {@link io.wattprint.ingest.TextLimit#MAX} characters. */
    private static final List<String> NAMES = List.of("carbon_model_version", "project_id", "project_number",
            "service_description", "service_id", "location_region", "location_location", "billing_account_id");

    @Override public String kind() { return KIND; }

    @Override
    public String description() {
        return "Google Cloud Carbon Footprint export: CSV (dotted or underscored names) or JSON (nested), kgCO2e";
    }

    @Override
    public void importFile(Path file, ImportContext ctx) throws IOException {
        int[] mismatches = {0};
        long[] firstMismatch = {0};
        try (EmissionWriter out = new EmissionWriter(ctx)) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                boolean[] checked = {false};
                JsonItems.read(file, "items", (n, item) -> {
                    Map<String, String> f = JsonItems.flatten(item);
                    if (!checked[0]) {
                        CsvRows.require(file, KIND, Map.copyOf(keysOf(f)), List.of("usage_month", SCOPE1));
                        checked[0] = true;
                    }
                    handle(n, f::get, item.toString(), "$[" + (n - 1) + "].", ctx, out, mismatches, firstMismatch);
                });
            } else {
                CsvRows.read(file, ctx, true, index -> CsvRows.require(file, KIND, index, REQUIRED),
                        row -> handle(row.line(), row::get, row.raw(), "", ctx, out, mismatches, firstMismatch));
            }
        }
        ctx.progress(Files.size(file));
        if (mismatches[0] > 0) {
            ctx.note(KIND + ": " + mismatches[0] + " row(s) (first: " + firstMismatch[0] + ") where a total differs from "
                    + "scope 1 + scope 2 + scope 3; the scope figures were stored, the totals were not");
        }
    }

    private static Map<String, Integer> keysOf(Map<String, String> f) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (String k : f.keySet()) m.put(k, 0);
        return m;
    }

    private static void handle(long line, Function<String, String> get, String raw, String pathPrefix, ImportContext ctx,
                               EmissionWriter out, int[] mismatches, long[] firstMismatch) {
        try {
            var month = Values.instant(pathPrefix + "usage_month", get.apply("usage_month")).atZone(ZoneOffset.UTC).toLocalDate();
            Period period = Period.month(java.time.YearMonth.from(month));
            for (String column : NAMES) Values.name(pathPrefix + column, get.apply(column));
            String model = get.apply("carbon_model_version");
            String project = get.apply("project_id");
            if (project == null && get.apply("project_number") != null) {
                project = Values.name(pathPrefix + "project_number", "number:" + get.apply("project_number"));
            }
            String service = get.apply("service_description") != null ? get.apply("service_description") : get.apply("service_id");
            String region = get.apply("location_region") != null ? get.apply("location_region") : get.apply("location_location");
            double s1 = kg(get, pathPrefix, SCOPE1);
            double s2l = kg(get, pathPrefix, SCOPE2_LOCATION);
            double s2m = kg(get, pathPrefix, SCOPE2_MARKET);
            double s3 = kg(get, pathPrefix, SCOPE3);
            Double totalL = Values.amount(pathPrefix + TOTAL_LOCATION, get.apply(TOTAL_LOCATION));
            Double totalM = Values.amount(pathPrefix + TOTAL_MARKET, get.apply(TOTAL_MARKET));
            if (differs(totalL, s1 + s2l + s3) || differs(totalM, s1 + s2m + s3)) {
                if (mismatches[0]++ == 0) firstMismatch[0] = line;
            }
            List<CloudEmission> figures = new ArrayList<>();
            String m = model == null ? "unversioned" : model;
            String billing = get.apply("billing_account_id");
            String location = get.apply("location_location");
            figures.add(new CloudEmission("gcp", m, billing, null, project, service, region, location, period, 1, null,
                    Co2e.ofKilograms(s1), KIND));
            figures.add(new CloudEmission("gcp", m, billing, null, project, service, region, location, period, 2,
                    Method.LOCATION, Co2e.ofKilograms(s2l), KIND));
            figures.add(new CloudEmission("gcp", m, billing, null, project, service, region, location, period, 2,
                    Method.MARKET, Co2e.ofKilograms(s2m), KIND));
            figures.add(new CloudEmission("gcp", m, billing, null, project, service, region, location, period, 3, null,
                    Co2e.ofKilograms(s3), KIND));
            out.row(figures);
        } catch (BadField e) {
            ctx.reject(line, e.field, e.getMessage(), raw);
        }
    }

    private static double kg(Function<String, String> get, String pathPrefix, String column) throws BadField {
        Double v = Values.amount(pathPrefix + column, get.apply(column));
        if (v == null) throw new BadField(pathPrefix + column, "empty (expected kgCO2e, 0 or more)");
        return v;
    }

    private static boolean differs(Double total, double sum) {
        return total != null && Math.abs(total - sum) > TOTAL_TOLERANCE * Math.max(1, total);
    }
}
