package io.wattprint.cli;

import io.wattprint.run.Environment;
import io.wattprint.cli.main.Wattprint;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Runs wattprint in-process with captured output, a private home directory and chosen environment. */
final class CliHarness {
    final Path home;
    final Map<String, String> env = new HashMap<>();
    Clock clock = Clock.systemUTC();

    CliHarness(Path home) {
        this.home = home;
        env.put(Environment.HOME_VAR, home.resolve(".wattprint").toString());
    }

    Path ledgerFile() { return home.resolve(".wattprint").resolve("ledger.db"); }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = new Cli(new PrintWriter(out, true), new PrintWriter(err, true), new Environment(env, home), clock);
        int code = Wattprint.execute(cli, args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
        @Override
        public String toString() { return "exit " + code + "\n--- out\n" + out + "--- err\n" + err; }
    }
}
