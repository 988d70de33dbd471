package io.wattprint.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.cli.UserException;
import io.wattprint.core.model.Phase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RunCommandParsingTest {
    @ParameterizedTest
    @CsvSource({"100ms, 100", "500ms, 500", "1s, 1000", "1.5s, 1500", "2.5, 2500", "1.5m, 90000", "1h, 3600000", "1H, 3600000"})
    void intervalAcceptsMillisecondsSecondsMinutesAndHours(String text, long millis) {
        assertThat(RunCommand.parseInterval(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "s", "1d", "fast", "99ms", "61m", "NaNs", "Infinitys", "1e400s"})
    void intervalOutsideTheGrammarOrRangeIsAUsageError(String text) {
        assertThatThrownBy(() -> RunCommand.parseInterval(text)).isInstanceOf(UserException.class)
                .hasMessageStartingWith("invalid value for --interval: '" + text + "'");
    }

    @Test
    void phaseAcceptsLabelsInAnyCaseAndUnderscores() {
        assertThat(RunCommand.parsePhase("Fine_Tuning")).isEqualTo(Phase.FINE_TUNING);
        assertThat(RunCommand.parsePhase(null)).isNull();
    }
}
