package io.wattprint.meter.procfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcStatTest {
    private static final String REAL = "6671 (cat) R 6669 6669 3808 0 -1 4194304 100 0 0 0 7 3 2 1 20 0 1 0 108591"
            + " 3133440 389 18446744073709551615 94324138729472 94324138749353 140723370639568 0 0 0 0 0 0 0 0 0 17 1"
            + " 0 0 0 0 0 94324138765360 94324138766976 94324699975680 140723370646240 140723370646260 140723370646260"
            + " 140723370647531 0";

    @Test
    void parsesTheFieldsTheMeterNeedsFromAKernelLine() {
        assertThat(ProcStat.parse(REAL)).isEqualTo(new ProcStat(6671, 6669, 7, 3, 2, 1, 389));
    }

    @ParameterizedTest(name = "comm \"{0}\"")
    @ValueSource(strings = {"a) b)", "a) b))", "python train.py", "(sd-pam)", "x ) S 9 9 9", "", "))"})
    void commandNamesWithSpacesAndParenthesesDoNotShiftFields(String comm) {
        String line = "123 (" + comm + ") S 1 123 123 0 -1 4194304 100 0 0 0 40 2 5 6 20 0 1 0 1 1 77 0 0 0";
        assertThat(ProcStat.parse(line)).isEqualTo(new ProcStat(123, 1, 40, 2, 5, 6, 77));
    }

    @Test
    void theBriefsExampleLineParses() {
        ProcStat s = ProcStat.parse("123 (a) b)) S 1 1 1 0 -1 0 0 0 0 0 11 12 13 14 20 0 1 0 1 1 15");
        assertThat(s).isEqualTo(new ProcStat(123, 1, 11, 12, 13, 14, 15));
    }

    @Test
    void cpuTicksAddUserSystemAndReapedChildren() {
        assertThat(new ProcStat(1, 0, 100, 20, 3, 4, 0).cpuTicks()).isEqualTo(127);
    }

    @Test
    void lineWithoutClosingParenthesisIsRejected() {
        assertThatThrownBy(() -> ProcStat.parse("123 no parenthesis S 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a /proc/<pid>/stat line: 123 no parenthesis S 1");
    }

    @Test
    void truncatedLineIsRejected() {
        assertThatThrownBy(() -> ProcStat.parse("123 (x) S 1 1 1")).isInstanceOf(RuntimeException.class);
    }
}
