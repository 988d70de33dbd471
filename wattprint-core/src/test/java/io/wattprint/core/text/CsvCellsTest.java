package io.wattprint.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\t=TAB", "\r=CR", "=", "-", "-x"})
    void textASpreadsheetWouldRunAsAFormulaGetsALeadingQuote(String cell) {
        assertThat(CsvCells.safe(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.5", "+3", "-3e-4", "+.5", "-0", "1.5E+10", "bert", "", "a=b", "team-a", "0.000000269"})
    void numbersAndOrdinaryTextAreLeftAsTheyAre(String cell) {
        assertThat(CsvCells.safe(cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\t=TAB", "\r=CR", "=", "-",
            "-12.5", "bert", "", "'", "'bert", "'-12.5", "''=x", "a=b"})
    void unsafeUndoesSafe(String cell) {
        assertThat(CsvCells.unsafe(CsvCells.safe(cell))).isEqualTo(cell);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'=SUM(A1)|=SUM(A1)",
            "'@x|@x",
            "'-x|-x",
            "'-12.5|'-12.5",
            "'bert|'bert",
            "''=x|''=x",
            "'|'",
            "bert|bert"})
    void unsafeTakesOffOnlyTheQuoteSafePutsThere(String read, String expected) {
        // '-12.5 is not what safe writes for -12.5 (a number keeps no quote), so its quote is data and stays.
        assertThat(CsvCells.unsafe(read)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void unsafeOfNullIsNull() {
        assertThat(CsvCells.unsafe(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain|plain",
            "a,b|\"a,b\"",
            "say \"hi\"|\"say \"\"hi\"\"\"",
            "=1,2|\"'=1,2\""})
    void aFieldIsNeutralisedThenQuotedAsRfc4180Says(String raw, String expected) {
        assertThat(CsvCells.field(raw)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aLineBreakIsQuotedAndNullIsEmpty() {
        assertThat(CsvCells.field("l1\nl2")).isEqualTo("\"l1\nl2\"");
        assertThat(CsvCells.field(null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aLineNeutralisesEveryCellAndEndsWithCrLf() {
        assertThat(CsvCells.line(java.util.Arrays.asList("=SUM(A1)", -12.5, null, "a,b")))
                .isEqualTo("'=SUM(A1),-12.5,,\"a,b\"\r\n");
    }

    @org.junit.jupiter.api.Test
    void aRawLineQuotesButKeepsTheTextAsRead() {
        assertThat(CsvCells.rawLine(java.util.List.of("=1", "say \"hi\"", "x"))).isEqualTo("=1,\"say \"\"hi\"\"\",x");
    }
}
