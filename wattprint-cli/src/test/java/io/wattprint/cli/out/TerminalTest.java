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
}
