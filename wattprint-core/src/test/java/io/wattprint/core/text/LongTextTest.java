package io.wattprint.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongTextTest {
    @Test
    void textUpToTheLimitIsShownWhole() {
        assertThat(LongText.cut("abc", 3)).isEqualTo("abc");
        assertThat(LongText.cut(null, 3)).isNull();
        assertThat(LongText.cut("x".repeat(LongText.DISPLAY_MAX))).hasSize(LongText.DISPLAY_MAX);
    }

    @Test
    void longerTextIsCutWithAnEllipsisAndItsLength() {
        assertThat(LongText.cut("abcdef", 3)).isEqualTo("abc… (6 characters)");
        assertThat(LongText.cutForPage("y".repeat(20_000))).isEqualTo("y".repeat(LongText.PAGE_MAX) + "… (20,000 characters)");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String text = "ab\uD83D\uDE00cd";   // U+1F600 spans indices 2 and 3
        assertThat(LongText.cut(text, 3)).isEqualTo("ab… (6 characters)");
    }
}
