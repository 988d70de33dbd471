package io.wattprint.core.facility;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A data centre, server room or colocation cage whose energy is metered as a whole: its PUE
 * per period ({@link PuePeriod}) and meter readings ({@link MeterReading}) are recorded against
 * its name, and runs name the facility they ran in.
 *
 * @param name        how runs and commands refer to it: letters, digits, '.', '_' and '-'
 * @param zone        the grid zone it draws from (FR, US-EGRID-CAMX): the location of its runs
 * @param description free text, or null
 */
public record Facility(String name, String zone, String description) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Facility {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        checkName(name);
        if (zone.isBlank()) throw new IllegalArgumentException("facility " + name + " needs a grid zone");
        if (description != null && description.isBlank()) description = null;
    }

    /** @throws IllegalArgumentException saying what a facility name may contain */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a facility name (expected 1–64 letters, digits, "
                    + "'.', '_' or '-', starting with a letter or digit)");
        }
        return name;
    }
}
