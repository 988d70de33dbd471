package io.wattprint.report.esrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnergyMixTest {
    static EnergyMix parse(String... lines) { return EnergyMix.parse(List.of(lines), "mix.csv"); }

    @Test
    void readsRowsWithQuotedSources() {
        EnergyMix m = parse(EnergyMix.HEADER, "fr,2026,9.5,67.5,23,\"RTE, bilan 2026\"");
        EnergyMix.Row r = m.find("FR", 2026).orElseThrow();
        assertThat(r.fossilPct()).isEqualTo(9.5);
        assertThat(r.source()).isEqualTo("RTE, bilan 2026");
        assertThat(m.find("FR", 2025)).isEmpty();
    }

    @Test
    void aWrongHeaderIsRefused() {
        assertThatThrownBy(() -> parse("zone,year,fossil,nuclear,renewable,source"))
                .hasMessage("mix.csv line 1: expected the header " + EnergyMix.HEADER + ", got 'zone,year,fossil,nuclear,renewable,source'");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> parse()).hasMessageContaining("mix.csv line 1: the file is empty");
    }

    @Test
    void aNonNumberNamesLineAndField() {
        assertThatThrownBy(() -> parse(EnergyMix.HEADER, "FR,2026,ten,70,20,RTE"))
                .hasMessage("mix.csv line 2, field fossil_pct: expected a percentage from 0 to 100, got 'ten'");
    }

    @Test
    void sharesNotAddingUpTo100AreRefused() {
        assertThatThrownBy(() -> parse(EnergyMix.HEADER, "FR,2026,10,70,30,RTE"))
                .hasMessage("mix.csv line 2, fields fossil_pct + nuclear_pct + renewable_pct: expected 100 (± 0.5), got 110");
    }

    @Test
    void aBadYearMissingSourceWrongFieldCountAndDuplicateAreRefused() {
        assertThatThrownBy(() -> parse(EnergyMix.HEADER, "FR,26x,10,70,20,RTE")).hasMessageContaining("line 2, field year");
        assertThatThrownBy(() -> parse(EnergyMix.HEADER, "FR,2026,10,70,20, ")).hasMessageContaining("line 2, field source");
        assertThatThrownBy(() -> parse(EnergyMix.HEADER, "FR,2026,10,70")).hasMessageContaining("line 2: expected 6 fields");
        assertThatThrownBy(() -> parse(EnergyMix.HEADER, "FR,2026,10,70,20,a", "FR,2026,10,70,20,b"))
                .hasMessageContaining("line 3, fields zone and year: FR 2026 is given twice");
    }
}
