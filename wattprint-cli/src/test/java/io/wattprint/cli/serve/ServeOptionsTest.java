package io.wattprint.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.server.RateLimit;
import org.junit.jupiter.api.Test;

/** What the rate-limit and CORS options of wattprint serve turn into (their bad values: ServeCommandNegativeTest). */
class ServeOptionsTest {
    @Test
    void aRatePerSecondHasADefaultBurstOfTwiceIt() {
        assertThat(ServeCommand.parseRateLimit("50/s", null)).isEqualTo(new RateLimit(50, 100));
        assertThat(ServeCommand.parseRateLimit("0.2/s", null)).as("at least one").isEqualTo(new RateLimit(0.2, 1));
        assertThat(ServeCommand.parseRateLimit("2.5 / second", null)).isEqualTo(new RateLimit(2.5, 5));
    }

    @Test
    void aRatePerMinuteIsDividedBySixty() {
        assertThat(ServeCommand.parseRateLimit("600/min", null)).isEqualTo(new RateLimit(10, 20));
        assertThat(ServeCommand.parseRateLimit("30/minute", "7")).isEqualTo(new RateLimit(0.5, 7));
    }

    @Test
    void aGivenBurstIsKept() {
        assertThat(ServeCommand.parseRateLimit("50/s", "400")).isEqualTo(new RateLimit(50, 400));
    }

    @Test
    void zeroOrOffTurnsTheLimitOff() {
        assertThat(ServeCommand.parseRateLimit("0", null)).isEqualTo(RateLimit.OFF);
        assertThat(ServeCommand.parseRateLimit("off", null)).isEqualTo(RateLimit.OFF);
        assertThat(ServeCommand.parseRateLimit("0/s", null).isOff()).isTrue();
    }

    @Test
    void anOriginIsKeptAsGiven() {
        assertThat(ServeCommand.parseOrigin("https://dash.example.org")).isEqualTo("https://dash.example.org");
        assertThat(ServeCommand.parseOrigin(" http://localhost:3000 ")).isEqualTo("http://localhost:3000");
    }
}
