package io.wattprint.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {
    @Test
    void theLedgerLivesUnderDollarHomeNotJavasUserHome() {
        Environment env = Environment.of(Map.of("HOME", "/srv/ci-home"), "/root");

        assertThat(env.wattprintHome()).isEqualTo(Path.of("/srv/ci-home/.wattprint"));
        assertThat(env.ledgerSpec(null)).isEqualTo("/srv/ci-home/.wattprint/ledger.db");
        assertThat(env.spoolDir()).isEqualTo(Path.of("/srv/ci-home/.wattprint/spool"));
    }

    @Test
    void javasUserHomeOnlyWhenHomeIsUnsetOrEmpty() {
        assertThat(Environment.of(Map.of(), "/home/me").wattprintHome()).isEqualTo(Path.of("/home/me/.wattprint"));
        assertThat(Environment.of(Map.of("HOME", " "), "/home/me").wattprintHome()).isEqualTo(Path.of("/home/me/.wattprint"));
    }

    @Test
    void wattprintHomeStillWinsOverHome() {
        Environment env = Environment.of(Map.of("HOME", "/srv/ci-home", Environment.HOME_VAR, "/data/wp"), "/root");

        assertThat(env.wattprintHome()).isEqualTo(Path.of("/data/wp"));
    }
}
