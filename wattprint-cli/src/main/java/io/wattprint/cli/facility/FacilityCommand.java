package io.wattprint.cli.facility;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code wattprint facility}: facilities, their PUE per period and their meter readings. */
@Command(name = "facility", mixinStandardHelpOptions = true,
        description = {
            "Record facilities (data centres, server rooms), their PUE per period and their meter readings.",
            "",
            "A run names its facility with wattprint run --facility NAME; wattprint reconcile then checks the runs' "
                    + "bottom-up energy × PUE against the facility's meter.",
            "",
            "Example:",
            "  wattprint facility add dc-paris --zone FR",
            "  wattprint facility pue dc-paris --year 2026 --value 1.3 --measured --category 2 --source \"2026 BMS report\"",
            "  wattprint facility reading dc-paris --from 2026-10-01 --to 2026-11-01 --kwh 10000 --kind utility-bill --source \"EDF invoice 2026-10\""
        },
        subcommands = {FacilityAddCommand.class, FacilityPueCommand.class, FacilityReadingCommand.class,
                FacilityListCommand.class, FacilityShowCommand.class})
public final class FacilityCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add, pue, reading, list or show");
    }
}
