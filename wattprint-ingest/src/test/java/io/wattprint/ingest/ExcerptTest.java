package io.wattprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void controlCharactersAreEscapedAndPrintableTextKept() {
        assertThat(Excerpt.of("a\u001b[31mb\tc\nd\re\u0000f\u007f")).isEqualTo("a\\x1b[31mb\\tc\\nd\\re\\x00f\\x7f");
        assertThat(Excerpt.of("Île-de-France ✓")).isEqualTo("Île-de-France ✓");
        assertThat(Excerpt.of("zero\u200bwidth\u0085")).isEqualTo("zero\\u{200b}width\\u{0085}");
        assertThat(Excerpt.of("bad\ufffdbyte")).isEqualTo("bad\\u{fffd}byte");
    }

    @Test
    void controlsEscapesOnlyControlCharactersAndKeepsTheWholeText() {
        String s = "x".repeat(500) + "\u001b[2J,C:\\data";
        assertThat(Excerpt.controls(s)).isEqualTo("x".repeat(500) + "\\x1b[2J,C:\\data");
        assertThat(Excerpt.controls(null)).isNull();
    }

    @Test
    void longTextIsCutToTheLimitWithAnEllipsis() {
        String s = "x".repeat(Excerpt.MAX + 1);
        assertThat(Excerpt.of(s)).isEqualTo("x".repeat(Excerpt.MAX) + "…");
        assertThat(Excerpt.of("x".repeat(Excerpt.MAX))).isEqualTo("x".repeat(Excerpt.MAX));
        // An escaped character counts as one character of the file.
        assertThat(Excerpt.of("\u001b".repeat(3), 2)).isEqualTo("\\x1b\\x1b…");
    }
}
