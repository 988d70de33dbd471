package io.wattprint.cli.main;

import io.wattprint.run.Environment;
import io.wattprint.cli.Cli;
import io.wattprint.cli.ExitCode;
import io.wattprint.cli.UserException;
import io.wattprint.cli.VersionProvider;
import io.wattprint.cli.allocate.AllocateCommand;
import io.wattprint.cli.data.DataCommand;
import io.wattprint.cli.doctor.DoctorCommand;
import io.wattprint.cli.estimate.EstimateCommand;
import io.wattprint.cli.facility.FacilityCommand;
import io.wattprint.cli.factors.FactorsCommand;
import io.wattprint.cli.hardware.HardwareCommand;
import io.wattprint.cli.ingest.IngestCommand;
import io.wattprint.cli.meter.MeterCommand;
import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.reconcile.ReconcileCommand;
import io.wattprint.cli.report.ReportCommand;
import io.wattprint.cli.run.RunCommand;
import io.wattprint.cli.runs.RunsCommand;
import io.wattprint.cli.sci.SciCommand;
import io.wattprint.cli.scope2.InstrumentsCommand;
import io.wattprint.cli.scope2.Scope2Command;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wattprint} command line as a function: arguments and writers in, exit code out.
 * {@link Main} calls it with the real terminal; tests call it in-process with captured output.
 */
@Command(name = "wattprint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Measures, attributes and reports the energy and carbon footprint of AI workloads.",
            "",
            "Every figure carries its provenance (measured or estimated, and by which model) and the "
                    + "emission factor it used, with zone, year and source."
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0    success",
            "  1    run-time failure (ledger unreadable or unwritable, I/O error)",
            "  2    usage error (unknown option, bad value, unknown location) or not found",
            "       (no such run, facility, hardware record or saved rule)",
            "  3    wattprint ingest --strict stopped at a bad row",
            "  126  the measured command is not executable; 127 it was not found",
            "  128+N  wattprint was stopped by signal N (130 Ctrl-C, 143 SIGTERM); the run",
            "       is stored as interrupted with that same code",
            "  wattprint run otherwise exits with the measured command's own exit code.",
            "",
            "Environment:",
            "  WATTPRINT_HOME      default ledger and spool directory (default ~/.wattprint)",
            "  WATTPRINT_DB        ledger file or JDBC URL (default WATTPRINT_HOME/ledger.db)",
            "  WATTPRINT_LOCATION  default for --location"
        })
public final class Wattprint implements Runnable {
    private final Cli cli;
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public Wattprint(Cli cli) { this.cli = cli; }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run, meter, runs, report, "
                + "estimate, sci, factors, instruments, scope2, facility, reconcile, allocate, hardware, data, ingest, doctor, serve, "
                + "tokens, push)");
    }

    /**
     * The commands, in the order {@code --help} lists them. Building a command's model (picocli reads every option
     * of it and of its subcommands by reflection) is most of a short command's start-up, so a command line that
     * names one of these gets only that one; anything else (no command, an option, {@code help}, a mistyped name
     * that wants suggestions) gets them all.
     */
    private static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("run", RunCommand.class);
        m.put("meter", MeterCommand.class);
        m.put("runs", RunsCommand.class);
        m.put("report", ReportCommand.class);
        m.put("estimate", EstimateCommand.class);
        m.put("sci", SciCommand.class);
        m.put("factors", FactorsCommand.class);
        m.put("instruments", InstrumentsCommand.class);
        m.put("scope2", Scope2Command.class);
        m.put("facility", FacilityCommand.class);
        m.put("reconcile", ReconcileCommand.class);
        m.put("allocate", AllocateCommand.class);
        m.put("hardware", HardwareCommand.class);
        m.put("data", DataCommand.class);
        m.put("ingest", IngestCommand.class);
        m.put("doctor", DoctorCommand.class);
        m.put("serve", io.wattprint.cli.serve.ServeCommand.class);
        m.put("tokens", io.wattprint.cli.tokens.TokensCommand.class);
        m.put("push", io.wattprint.cli.push.PushCommand.class);
        m.put("help", CommandLine.HelpCommand.class);
        return m;
    }

    /**
     * The command line for these arguments: with only the command they name, or every command when they name
     * none of them (no arguments: all of them).
     */
    static CommandLine commandLine(Cli cli, String... args) {
        CommandLine cmd = new CommandLine(new Wattprint(cli), new CliFactory(cli));
        String first = args.length == 0 ? null : args[0];
        boolean one = first != null && !"help".equals(first) && COMMANDS.containsKey(first);
        for (Map.Entry<String, Class<?>> e : COMMANDS.entrySet()) {
            if (!one || e.getKey().equals(first)) cmd.addSubcommand(e.getKey(), e.getValue());
        }
        CommandLine ingest = cmd.getSubcommands().get("ingest");
        if (ingest != null) IngestCommand.describeKinds(ingest.getCommandSpec());
        return cmd;
    }

    /** Runs one command line and returns its exit code; never calls System.exit. */
    public static int execute(Cli cli, String... args) {
        CommandLine cmd = commandLine(cli, args);
        cmd.setOut(cli.out());
        cmd.setErr(cli.err());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(cli, ex));
        cmd.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = cli.err();
            err.println("wattprint: " + Terminal.safe(ex.getMessage()));   // it quotes what the user typed
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            }
            err.flush();
            return ExitCode.USAGE.code();
        });
        int code = cmd.execute(args);
        cli.out().flush();
        cli.err().flush();
        return code;
    }

    /** The exit code and message for an exception a command threw: a user error, a ledger failure, or a bug. */
    static int handle(Cli cli, Exception ex) {
        PrintWriter err = cli.err();
        if (ex instanceof UserException u) {
            err.println("wattprint: " + Terminal.safe(u.getMessage()));
            err.flush();
            return u.exitCode().code();
        }
        if (ex instanceof io.wattprint.ledger.LedgerException l) {
            err.println("wattprint: " + l.getMessage());
            err.flush();
            return ExitCode.FAILURE.code();
        }
        err.println("wattprint: internal error: " + Terminal.safe(String.valueOf(ex)));
        err.println("wattprint: this is a bug in wattprint; " + CrashReport.write(cli, ex));
        err.flush();
        return ExitCode.FAILURE.code();
    }
}
