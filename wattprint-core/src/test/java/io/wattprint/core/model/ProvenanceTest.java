package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvenanceTest {

    @ParameterizedTest(name = "{0} -> {1}, measured={2}")
    @CsvSource({
            "MEASURED_COUNTER, MeasuredCounter, true",
            "MEASURED_POWER,   MeasuredPower,   true",
            "ESTIMATED,        Estimated,       false",
            "IMPORTED,         Imported,        false",
    })
    void ofBuildsTheRecordForEachKind(Provenance.Kind kind, String recordName, boolean measured) {
        Provenance p = Provenance.of(kind, "nvml-total-energy");
        assertThat(p.getClass().getSimpleName()).isEqualTo(recordName);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.method()).isEqualTo("nvml-total-energy");
        assertThat(p.isMeasured()).isEqualTo(measured);
    }

    @Test
    void sameKindAndMethodAreEqual() {
        assertThat(Provenance.of(Provenance.Kind.ESTIMATED, "m")).isEqualTo(new Provenance.Estimated("m"));
        assertThat(Provenance.of(Provenance.Kind.ESTIMATED, "m")).isNotEqualTo(new Provenance.Imported("m"));
    }

    @Test
    void methodIsRequired() {
        assertThatThrownBy(() -> Provenance.of(Provenance.Kind.IMPORTED, null))
                .isInstanceOf(NullPointerException.class).hasMessage("method");
    }
}
