package io.wattprint.data;

import io.wattprint.data.csv.CsvInput;

import io.wattprint.testkit.Upstream;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped Electricity Maps zone list ({@code electricitymaps-zones.csv}). */
class ElectricityMapsZonesTest {
    private final ElectricityMapsZones zones = ReferenceData.load().electricityMapsZones();

    @Test
    void everyZoneIdOfTheRealElectricityMapsExportsIsInTheList() throws IOException {
        Path dir = Upstream.directory("electricitymaps");
        Set<String> ids = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        for (Path f : files) {
            List<CsvInput.Record> records = CsvInput.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8), CsvInput.Rules.STRICT);
            int column = records.get(0).fields().indexOf("Zone Id");
            assertThat(column).as("Zone Id column of " + f).isNotNegative();
            for (CsvInput.Record r : records.subList(1, records.size())) ids.add(r.fields().get(column));
        }
        assertThat(ids).isNotEmpty();
        List<String> missing = new ArrayList<>();
        for (String id : ids) if (zones.find(id).isEmpty()) missing.add(id);
        assertThat(missing).as("zone ids in " + dir + " not in electricitymaps-zones.csv").isEmpty();
    }

    @Test
    void theListCoversElectricityMapsSubNationalZonesWithNameAndCountry() {
        assertThat(zones.rows()).hasSizeGreaterThanOrEqualTo(350);
        assertThat(zones.find("us-cal-ciso")).hasValueSatisfying(z -> {
            assertThat(z.zone()).isEqualTo("US-CAL-CISO");
            assertThat(z.name()).isEqualTo("CAISO");
            assertThat(z.country()).isEqualTo("US");
        });
        assertThat(zones.find("DK-DK1")).hasValueSatisfying(z -> assertThat(z.country()).isEqualTo("DK"));
        assertThat(zones.find("US-EGRID-CAMX")).isEmpty();
        assertThat(zones.find("ZZ-NOWHERE")).isEmpty();
        assertThat(zones.find(null)).isEmpty();
    }

    @Test
    void everyIdHasElectricityMapsShapeAndANameAndIsListedOnce() {
        Set<String> seen = new TreeSet<>();
        for (ElectricityMapsZone z : zones.rows()) {
            assertThat(z.zone()).as("zone id").matches("[A-Z]{2,3}(-[A-Z0-9]+)*");
            assertThat(z.name()).as("name of " + z.zone()).isNotBlank();
            assertThat(z.country()).as("country of " + z.zone()).matches("([A-Z]{2})?");
            assertThat(seen.add(z.zone())).as(z.zone() + " listed once").isTrue();
        }
    }
}
