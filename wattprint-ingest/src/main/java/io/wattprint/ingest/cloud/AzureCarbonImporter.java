package io.wattprint.ingest.cloud;

import io.wattprint.ingest.Excerpt;
import com.fasterxml.jackson.databind.JsonNode;
import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.Importer;
import io.wattprint.ingest.cloud.Values.BadField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Azure, two shapes told apart item by item (FORMATS.md "Azure"):
 * <ul>
 *   <li>Carbon Optimization report JSON ({@code {value: [...], skipToken}}): an item's
 *       {@code latestMonthEmissions} (older preview name {@code totalCarbonEmission}) in kgCO2e, for the
 *       month of its {@code date}. The report sums the scopes the query asked for, so the figure is stored
 *       as a total without scope or method. An item without {@code date} is quarantined: the month it
 *       covers is the query's, which the response does not carry, and a period is never guessed.</li>
 *   <li>Emissions Impact Dashboard rows ({@code dateKey} yyyymmdd, {@code scope}, {@code totalEmissions}
 *       in metric tonnes): one scope per row, for the month of {@code dateKey}; the dashboard does not
 *       say which Scope 2 method it used, so none is recorded.</li>
 * </ul>
 */
public final class AzureCarbonImporter implements Importer {
    public static final String KIND = "azure-carbon";

    @Override public String kind() { return KIND; }

    @Override
    public String description() {
        return "Azure Carbon Optimization report JSON (kgCO2e) or Emissions Impact Dashboard rows JSON (metric tonnes)";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public void importFile(Path file, ImportContext ctx) throws IOException {
        try (EmissionWriter out = new EmissionWriter(ctx)) {
            JsonItems.read(file, "value", (n, item) -> {
                String path = "$.value[" + (n - 1) + "].";
                try {
                    out.row(List.of(item.has("dateKey") ? dashboard(item, path) : report(item, path)));
                } catch (BadField e) {
                    ctx.reject(n, e.field, e.getMessage(), item.toString());
                }
            });
        }
        ctx.progress(Files.size(file));
    }

    private static CloudEmission report(JsonNode item, String path) throws BadField {
        String field = item.has("latestMonthEmissions") ? "latestMonthEmissions" : "totalCarbonEmission";
        if (!item.has(field)) {
            throw new BadField(null, "neither a Carbon Optimization item (latestMonthEmissions or totalCarbonEmission) "
                    + "nor an Emissions Impact Dashboard row (dateKey)");
        }
        Double kg = Values.amount(path + field, text(item, field));
        if (kg == null) throw new BadField(path + field, "empty (expected kgCO2e, 0 or more)");
        if (text(item, "date") == null) {
            throw new BadField(path + "date", "no date: the month of " + field + " is the query's, which the response "
                    + "does not carry (export a monthly report, or add \"date\" to the items)");
        }
        Period month = month(path + "date", text(item, "date"));
        String type = name(item, path, "resourceType");
        String name = name(item, path, "itemName");
        String service = type != null && name != null ? Values.name(path + "resourceType/itemName", type + "/" + name)
                : name != null ? name : name(item, path, "categoryType");
        return new CloudEmission("azure", "unversioned", null, name(item, path, "subscriptionId"), name(item, path, "resourceGroup"),
                service, name(item, path, "location"), null, month, null, null, Co2e.ofKilograms(kg), KIND);
    }

    private static CloudEmission dashboard(JsonNode item, String path) throws BadField {
        Period month = month(path + "dateKey", text(item, "dateKey"));
        Double tonnes = Values.amount(path + "totalEmissions", text(item, "totalEmissions"));
        if (tonnes == null) throw new BadField(path + "totalEmissions", "empty (expected metric tonnes CO2e, 0 or more)");
        String scopeText = text(item, "scope");
        Integer scope = null;
        if (scopeText != null) {
            String digits = scopeText.replaceAll("\\D", "");
            if (!List.of("1", "2", "3").contains(digits)) {
                throw new BadField(path + "scope", "'" + Excerpt.of(scopeText) + "' is not a scope (expected Scope1, Scope2 or Scope3)");
            }
            scope = Integer.parseInt(digits);
        }
        String service = name(item, path, "azureServiceName");
        String sub = name(item, path, "subService");
        if (service != null && sub != null) service = Values.name(path + "azureServiceName/subService", service + "/" + sub);
        return new CloudEmission("azure", "unversioned", name(item, path, "enrollmentId"), name(item, path, "subscriptionId"), null,
                service, name(item, path, "azureRegionName"), null, month, scope, null, Co2e.ofTonnes(tonnes), KIND);
    }

    private static Period month(String field, String text) throws BadField {
        return Period.month(YearMonth.from(Values.instant(field, text).atZone(ZoneOffset.UTC)));
    }

    /** A name the figure stores: {@link #text}, at most {@link io.wattprint.ingest.TextLimit#MAX} characters. */
    private static String name(JsonNode item, String path, String field) throws BadField {
        return Values.name(path + field, text(item, field));
    }

    private static String text(JsonNode item, String field) {
        JsonNode v = item.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
