package io.wattprint.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.data.csv.CsvInput.Record;
import io.wattprint.data.csv.CsvInput.Rules;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvInputTest {

    private static List<Record> strict(String text) { return CsvInput.parse("t.csv", text, Rules.STRICT); }

    private static List<Record> typed(String text) { return CsvInput.parse("t.csv", text, Rules.TYPED); }

    @Test
    void splitsPlainFieldsAndKeepsLineNumbers() {
        var records = strict("a,b,c\n1,2,3\n");
        assertThat(records).extracting(Record::line).containsExactly(1, 2);
        assertThat(records.get(1).fields()).containsExactly("1", "2", "3");
    }

    @Test
    void quotedFieldsMayHoldCommasDoubledQuotesAndLineBreaks() {
        var records = strict("x,\"a, b\",\"say \"\"hi\"\"\"\ny,\"two\nlines\",z\nlast,1,2");
        assertThat(records.get(0).fields()).containsExactly("x", "a, b", "say \"hi\"");
        assertThat(records.get(1).fields()).containsExactly("y", "two\nlines", "z");
        assertThat(records.get(2).line()).isEqualTo(4);
        assertThat(records.get(2).fields()).containsExactly("last", "1", "2");
    }

    @Test
    void acceptsCrlfBomEmptyFieldsAndSkipsBlankLines() {
        var records = strict("\uFEFFa,b\r\n\r\n  \r\n,\r\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).fields()).containsExactly("a", "b");
        assertThat(records.get(1).fields()).isEqualTo(List.of("", ""));
        assertThat(records.get(1).line()).isEqualTo(4);
    }

    @Test
    void rowsOfAnyWidthAreReadForTheCallerToCheck() {
        assertThat(strict("a,b,c\n1,2\n1,2,3,4\n")).extracting(r -> r.fields().size()).containsExactly(3, 2, 4);
    }

    @Test
    void aQuotedEmptyFieldIsARecordNotABlankLine() {
        assertThat(strict("a\n\"\"\n")).extracting(Record::fields).containsExactly(List.of("a"), List.of(""));
    }

    @Test
    void unterminatedQuoteNamesResourceAndLine() {
        assertThatThrownBy(() -> strict("a,b\n1,\"open\n"))
                .isInstanceOfSatisfying(CsvSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.kind()).isEqualTo(CsvSyntaxException.Kind.UNCLOSED_QUOTE);
                })
                .hasMessage("t.csv line 2: quoted field is never closed");
    }

    @Test
    void textAfterClosingQuoteIsAnError() {
        assertThatThrownBy(() -> strict("a,b\na,\"b\"c\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("t.csv line 2: text after a closing quote; expected a comma or the end of the line");
    }

    @Test
    void strictRefusesAQuoteInsideAnUnquotedField() {
        assertThatThrownBy(() -> strict("a,b\nx,a\"b\n"))
                .hasMessage("t.csv line 2: a quote inside an unquoted field; quote the whole field and double inner quotes");
        assertThatThrownBy(() -> strict("a, \"b\"\n")).hasMessageStartingWith("t.csv line 1: a quote inside an unquoted field");
    }

    @Test
    void typedTakesAStrayQuoteAsTextAndDropsBlanksBeforeAnOpeningQuote() {
        assertThat(typed("FR, \"RTE, \"\"eco2mix\"\"\", x").get(0).fields()).containsExactly("FR", "RTE, \"eco2mix\"", " x");
        assertThat(typed("a\"b\",c").get(0).fields()).containsExactly("a\"b\"", "c");
    }

    @Test
    void typedSkipsCommentsAndWantsEachQuotedFieldClosedOnItsLine() {
        assertThat(typed("# a note\na,b\n")).extracting(Record::line).containsExactly(2);
        assertThatThrownBy(() -> typed("a,b\nc,\"open\nd,e\"\n"))
                .isInstanceOfSatisfying(CsvSyntaxException.class, e -> assertThat(e.kind()).isEqualTo(CsvSyntaxException.Kind.UNCLOSED_QUOTE))
                .hasMessage("t.csv line 2: quoted field is not closed on its line");
        assertThatThrownBy(() -> typed("a,\"open")).hasMessage("t.csv line 1: quoted field is never closed");
    }

    @Test
    void exportedKeepsBlanksBeforeAQuoteAndReadsAnUnclosedQuoteToTheEnd() {
        var rules = Rules.EXPORTED;
        assertThat(CsvInput.parse("t.csv", "a, \"b\",c\"d\n", rules).get(0).fields()).containsExactly("a", " \"b\"", "c\"d");
        assertThat(CsvInput.parse("t.csv", "a,b\n1,\"open\n2,3\n", rules).get(1).fields()).containsExactly("1", "open\n2,3\n");
        assertThatThrownBy(() -> CsvInput.parse("t.csv", "a,b\n\"x\"y,1\n", rules))
                .isInstanceOfSatisfying(CsvSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.what()).isEqualTo("text after a closing quote; expected a comma or the end of the line");
                });
    }

    @Test
    void openReadsRecordByRecordAndFailsWhereTheFaultIs() {
        List<Integer> lines = new java.util.ArrayList<>();
        try (CsvInput.Records records = CsvInput.open("t.csv", new java.io.StringReader("\uFEFFa,b\n1,2\n\n3,4\n"), Rules.EXPORTED)) {
            for (Record r : records) lines.add(r.line());
        }
        assertThat(lines).containsExactly(1, 2, 4);
        List<Integer> before = new java.util.ArrayList<>();
        assertThatThrownBy(() -> {
            try (CsvInput.Records records = CsvInput.open("t.csv", new java.io.StringReader("a\nb\n\"c\"d\n"), Rules.EXPORTED)) {
                for (Record r : records) before.add(r.line());
            }
        }).hasMessage("t.csv line 3: text after a closing quote; expected a comma or the end of the line");
        assertThat(before).containsExactly(1, 2);
        try (CsvInput.Records records = CsvInput.open("t.csv", new java.io.StringReader("\uFEFFa\n"), Rules.EXPORTED)) {
            assertThat(records.iterator().next().fields()).containsExactly("a");
        }
    }

    @Test
    void fromBytesAByteOrderMarkChoosesTheEncoding() {
        byte[] utf16 = "\uFEFFa,b\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        byte[] utf8 = "\uFEFFa,b\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<List<String>> fields = new java.util.ArrayList<>();
        for (byte[] bytes : List.of(utf16, utf8)) {
            try (CsvInput.Records records = CsvInput.open("t.csv", new java.io.ByteArrayInputStream(bytes), Rules.EXPORTED)) {
                for (Record r : records) fields.add(r.fields());
            }
        }
        assertThat(fields).containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("a", "b"));
    }
}
