package io.wattprint.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void splitsPlainFieldsAndKeepsLineNumbers() {
        var records = CsvReader.parse("t.csv", "a,b,c\n1,2,3\n");
        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2);
        assertThat(records.get(1).fields()).containsExactly("1", "2", "3");
    }

    @Test
    void quotedFieldsMayHoldCommasDoubledQuotesAndLineBreaks() {
        var records = CsvReader.parse("t.csv", "x,\"a, b\",\"say \"\"hi\"\"\"\ny,\"two\nlines\",z\nlast,1,2");
        assertThat(records.get(0).fields()).containsExactly("x", "a, b", "say \"hi\"");
        assertThat(records.get(1).fields()).containsExactly("y", "two\nlines", "z");
        assertThat(records.get(2).line()).isEqualTo(4);
        assertThat(records.get(2).fields()).containsExactly("last", "1", "2");
    }

    @Test
    void acceptsCrlfBomEmptyFieldsAndSkipsBlankLines() {
        var records = CsvReader.parse("t.csv", "\uFEFFa,b\r\n\r\n,\r\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).fields()).containsExactly("a", "b");
        assertThat(records.get(1).fields()).isEqualTo(List.of("", ""));
        assertThat(records.get(1).line()).isEqualTo(3);
    }

    @Test
    void unterminatedQuoteNamesResourceAndLine() {
        assertThatThrownBy(() -> CsvReader.parse("t.csv", "a,b\n1,\"open\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("t.csv line 2: quoted field is never closed");
    }

    @Test
    void textAfterClosingQuoteIsAnError() {
        assertThatThrownBy(() -> CsvReader.parse("t.csv", "a,\"b\"c\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.csv line 1");
    }
}
