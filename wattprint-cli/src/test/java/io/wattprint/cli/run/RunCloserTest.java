package io.wattprint.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.run.Environment;
import io.wattprint.run.MeterSession;
import io.wattprint.run.recovery.SpoolRecovery;
import io.wattprint.cli.Cli;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.spool.Spool;
import io.wattprint.meter.Timebase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCloserTest {
    @TempDir
    Path home;

    @Test
    void aLedgerThatCannotTakeTheCloseCostsNeitherTheExitCodeNorTheRun() {
        StringWriter err = new StringWriter();
        Cli cli = new Cli(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                new Environment(Map.of(Environment.HOME_VAR, home.toString()), home), Clock.systemUTC());
        String file = home.resolve("ledger.db").toString();
        Spool spool = Spool.in(home);
        Ledger ledger = Ledger.open(file);
        Timebase tb = Timebase.monotonic(Clock.systemUTC());
        Run run = new Run("r1", "run:r1", Workload.builder("train").build(), "h", Location.zone("FR"), tb.now(), null,
                RunStatus.RUNNING, null, "sh -c 'exit 7'");
        MeterSession session = MeterSession.open(ledger, ReferenceData.load(), run, PueAssumption.notApplied(), tb, spool);
        session.start(List.of(), java.time.Duration.ofMillis(100));
        ledger.close();   // the ledger is gone when the command ends (a lost server, a full disk)

        new RunCloser(cli, ledger.runs(), session, false, List.of()).complete(RunStatus.FAILED, 7);   // does not throw

        assertThat(err.toString()).contains("run r1 ended (failed, exit 7) but the ledger could not store it",
                "its spool file keeps the run and its outcome");
        assertThat(Files.exists(spool.path("r1"))).isTrue();
        // The next wattprint command stores it with the command's own outcome.
        try (Ledger next = Ledger.open(file)) {
            Spool deadOwner = Spool.builder(spool.directory()).liveness((pid, started) -> false).build();
            assertThat(SpoolRecovery.recover(deadOwner, next, ReferenceData.load())).singleElement()
                    .satisfies(x -> assertThat(x.message()).contains("closed as failed (exit 7)"));
            Run stored = next.runs().find("r1").orElseThrow().run();
            assertThat(stored.status()).isEqualTo(RunStatus.FAILED);
            assertThat(stored.exitCode()).isEqualTo(7);
        }
    }
}
