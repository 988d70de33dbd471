package io.wattprint.ingest.cloud;

import io.wattprint.core.model.Location;
import io.wattprint.data.ReferenceData;
import java.util.Locale;

/** A country written as a name ("United States") or an ISO code, as a grid zone of the shipped data; never guessed. */
final class Countries {
    private Countries() {}

    static Location zone(ReferenceData data, String country) {
        if (country == null) return Location.unknown();
        String c = country.strip();
        for (String iso : Locale.getISOCountries()) {
            String name = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
            if (iso.equalsIgnoreCase(c) || name.equalsIgnoreCase(c)) {
                return data.grid().forZone(iso).isEmpty() ? Location.unknown() : Location.zone(data.grid().forZone(iso).get(0).zone());
            }
        }
        return Location.unknown();
    }
}
