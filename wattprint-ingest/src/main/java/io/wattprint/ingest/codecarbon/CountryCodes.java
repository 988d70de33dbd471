package io.wattprint.ingest.codecarbon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ISO 3166-1 alpha-3 country codes (CodeCarbon's {@code country_iso_code}, e.g. {@code FRA}) to
 * alpha-2 (our grid zones, e.g. {@code FR}) and back, from the JDK's own ISO 3166 table
 * ({@link Locale#getISOCountries()} and {@link Locale#getISO3Country()}).
 */
public final class CountryCodes {
    private static final Map<String, String> TO_ALPHA2 = new HashMap<>();
    private static final Map<String, String> TO_ALPHA3 = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            String a3 = new Locale("", a2).getISO3Country();
            if (!a3.isEmpty()) {
                TO_ALPHA2.put(a3, a2);
                TO_ALPHA3.put(a2, a3);
            }
        }
    }

    private CountryCodes() {}

    public static Optional<String> alpha2(String alpha3) {
        return alpha3 == null ? Optional.empty() : Optional.ofNullable(TO_ALPHA2.get(alpha3.strip().toUpperCase(Locale.ROOT)));
    }

    public static Optional<String> alpha3(String alpha2) {
        return alpha2 == null ? Optional.empty() : Optional.ofNullable(TO_ALPHA3.get(alpha2.strip().toUpperCase(Locale.ROOT)));
    }
}
