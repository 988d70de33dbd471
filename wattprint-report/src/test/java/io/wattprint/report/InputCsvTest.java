package io.wattprint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.data.csv.CsvInput;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputCsvTest {
    private static List<List<String>> read(String text) throws IOException {
        return InputCsv.records("in.csv", new StringReader(text), CsvInput.Rules.TYPED, "no closing quote", IllegalArgumentException::new)
                .stream().map(CsvInput.Record::fields).toList();
    }

    @Test
    void quotedFieldsHoldCommasAndDoubledQuotes() throws IOException {
        assertThat(read("FR,\"RTE, \"\"eco2mix\"\"\", x")).containsExactly(List.of("FR", "RTE, \"eco2mix\"", " x"));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
        assertThat(read("a\"b\",c")).containsExactly(List.of("a\"b\"", "c"));
    }

    @Test
    void anUnclosedQuoteIsTheCallersError() {
        assertThatThrownBy(() -> read("a,b\na,\"open")).isInstanceOf(IllegalArgumentException.class).hasMessage("in.csv line 2: no closing quote");
        assertThatThrownBy(() -> read("a,\"open\nb\"")).hasMessage("in.csv line 1: no closing quote");
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        assertThatThrownBy(() -> read("a,\"b\"c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("in.csv line 1: text after a closing quote; expected a comma or the end of the line");
    }

    @Test
    void errorsNameTheFileLineAndField() {
        assertThat(InputCsv.expected("mix.csv", 3, "year", "a year, got 'x'")).isEqualTo("mix.csv line 3, field year: expected a year, got 'x'");
    }
}
