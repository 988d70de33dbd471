package io.wattprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputCsvTest {
    @Test
    void quotedFieldsHoldCommasAndDoubledQuotes() {
        assertThat(InputCsv.split("FR,\"RTE, \"\"eco2mix\"\"\", x")).contains(List.of("FR", "RTE, \"eco2mix\"", " x"));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        assertThat(InputCsv.split("a\"b\",c")).contains(List.of("a\"b\"", "c"));
    }

    @Test
    void anUnclosedQuoteIsNoLine() {
        assertThat(InputCsv.split("a,\"open")).isEmpty();
    }

    @Test
    void errorsNameTheFileLineAndField() {
        assertThat(InputCsv.expected("mix.csv", 3, "year", "a year, got 'x'")).isEqualTo("mix.csv line 3, field year: expected a year, got 'x'");
    }
}
