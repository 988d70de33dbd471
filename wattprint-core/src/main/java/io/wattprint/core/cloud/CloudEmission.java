package io.wattprint.core.cloud;

import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Co2e;
import java.util.Objects;

/**
 * One figure a cloud provider reported for its customer: the emissions of one scope (and, for the
 * scopes where the provider splits it, one Scope 2 method) of one account, project and service in one
 * region over one period, under one model version of the provider's calculation.
 *
 * <p>{@code scope} is 1, 2 or 3, or null for a total the provider does not split by scope (AWS
 * before model v3.0.0 reports only location- and market-based totals). {@code method} is null where
 * the provider gives one figure for both methods (Scope 1, Google's Scope 3). Identifying fields
 * that the export leaves empty (a deleted project, a service-less row) are null.
 *
 * @param provider     {@code aws}, {@code gcp} or {@code azure}
 * @param modelVersion the provider's carbon model version as written in the export ("v3.0.0", "12"); never null
 * @param sourceKind   the import kind that read it ({@code aws-carbon})
 */
public record CloudEmission(String provider, String modelVersion, String payerAccount, String account, String project,
                            String service, String region, String location, Period period, Integer scope,
                            Method method, Co2e co2e, String sourceKind) {
    /** Scope 2 accounting method (GHG Protocol Scope 2 Guidance). */
    public enum Method {
        LOCATION("location"), MARKET("market");

        private final String label;

        Method(String label) { this.label = label; }

        public String label() { return label; }

        public static Method parse(String text) {
            for (Method m : values()) if (m.label.equals(text)) return m;
            throw new IllegalArgumentException("method must be location or market, got '" + text + "'");
        }
    }

    public CloudEmission {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(co2e, "co2e");
        Objects.requireNonNull(sourceKind, "sourceKind");
        payerAccount = blankToNull(payerAccount);
        account = blankToNull(account);
        project = blankToNull(project);
        service = blankToNull(service);
        region = blankToNull(region);
        location = blankToNull(location);
        if (scope != null && (scope < 1 || scope > 3)) throw new IllegalArgumentException("scope must be 1, 2 or 3, got " + scope);
        if (scope != null && scope == 1 && method != null) {
            throw new IllegalArgumentException("Scope 1 has no location- or market-based method, got " + method.label());
        }
        if (co2e.grams() < 0) throw new IllegalArgumentException("emissions must not be negative, got " + co2e);
    }

    /**
     * What the figure is about, without scope and method: provider, accounts, project, service, region
     * and period. One model version per group counts (the newest): providers deliver two models side
     * by side after a change, and summing both would count the same emissions twice.
     */
    public String groupKey() {
        return String.join("|", provider, text(payerAccount), text(account), text(project), text(service), text(region),
                period.from().toString(), period.to().toString());
    }

    /** The group and the figure in it: scope and method. A later import of this key and model supersedes. */
    public String figureKey() {
        return groupKey() + "|" + (scope == null ? "total" : "scope" + scope) + "|" + (method == null ? "" : method.label());
    }

    /** "scope 2 location-based", "scope 1", "total market-based": how reports name the figure. */
    public String figureLabel() {
        String s = scope == null ? "total" : "scope " + scope;
        return method == null ? s : s + " " + method.label() + "-based";
    }

    private static String text(String s) { return s == null ? "" : s; }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
