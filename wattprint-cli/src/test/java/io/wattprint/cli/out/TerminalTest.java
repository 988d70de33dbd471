package io.wattprint.cli.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void controlCharactersAreWrittenAsEscapes() {
        assertThat(Terminal.safe("l1\nl2\u001b[31mred")).isEqualTo("l1\\nl2\\x1b[31mred");
        assertThat(Terminal.safe("a\tb\rc\u0000d\u007fe\u009bf")).isEqualTo("a\\tb\\rc\\x00d\\x7fe\\x9bf");
        assertThat(Terminal.safe("evil\u202Etxt.exe")).isEqualTo("evil\\u202etxt.exe");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(Terminal.safe("bert-finetune, équipe NLP — 80 GB, C:\\runs")).isEqualTo("bert-finetune, équipe NLP — 80 GB, C:\\runs");
        assertThat(Terminal.safe(null)).isNull();
    }

    @org.junit.jupiter.api.Test
    void textLongerThanTheDisplayCapIsCutWithAnEllipsisAndItsLength() {
        String huge = "n".repeat(10_000_000);

        String shown = Terminal.safe(huge);

        org.assertj.core.api.Assertions.assertThat(shown).startsWith("n".repeat(io.wattprint.core.text.LongText.DISPLAY_MAX))
                .endsWith("… (10,000,000 characters)").hasSize(io.wattprint.core.text.LongText.DISPLAY_MAX + "… (10,000,000 characters)".length());
        org.assertj.core.api.Assertions.assertThat(Terminal.safe("n".repeat(io.wattprint.core.text.LongText.DISPLAY_MAX))).hasSize(io.wattprint.core.text.LongText.DISPLAY_MAX);
    }
}
