package io.wattprint.report.view;

import io.wattprint.core.model.RunMarker;
import io.wattprint.core.quantity.Energy;
import java.util.Locale;

/** A marker of a run ({@code phase}, {@code mark}) and the run's IT energy since the previous marker. */
public record MarkerView(String at, String type, String label, Long value, double energyKwhSincePrevious) {

    public static MarkerView of(RunMarker marker, Energy sincePrevious) {
        return new MarkerView(marker.at().toString(), marker.type().name().toLowerCase(Locale.ROOT), marker.label(),
                marker.value(), sincePrevious.kilowattHours());
    }
}
