package io.wattprint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.wattprint.cli.main.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md: dependencies point downward only, and core knows nothing of files, SQL, HTTP or hardware. */
class LayeringTest {
    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.wattprint");
    }

    @Test
    void coreUsesNoOtherModuleAndNoIo() {
        noClasses().that().resideInAPackage("io.wattprint.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.data..", "io.wattprint.ledger..",
                        "io.wattprint.meter..", "io.wattprint.api..", "io.wattprint.ingest..", "io.wattprint.report..", "io.wattprint.cli..", "java.sql..", "java.nio.file..", "java.net..",
                        "java.io..")
                .check(classes);
    }

    @Test
    void dataLedgerAndMeterDependOnCoreOnly() {
        noClasses().that().resideInAPackage("io.wattprint.data..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.ledger..", "io.wattprint.meter..", "io.wattprint.api..", "io.wattprint.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("io.wattprint.ledger..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.data..", "io.wattprint.meter..", "io.wattprint.api..", "io.wattprint.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("io.wattprint.meter..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.data..", "io.wattprint.ledger..", "io.wattprint.api..", "io.wattprint.cli..")
                .check(classes);
    }

    @Test
    void importersUseTheLowerModulesButNotTheMeterApiOrCli() {
        // The meter brings JNA and hardware access; the formulas importers share with it are in core.estimate.
        noClasses().that().resideInAPackage("io.wattprint.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.meter..", "io.wattprint.api..",
                        "io.wattprint.cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("io.wattprint.data..", "io.wattprint.ledger..", "io.wattprint.meter..",
                        "io.wattprint.api..")
                .should().dependOnClassesThat().resideInAPackage("io.wattprint.ingest..")
                .check(classes);
    }

    @Test
    void reportsReadTheLedgerButNotTheMeterImportersApiOrCli() {
        noClasses().that().resideInAPackage("io.wattprint.report..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.meter..", "io.wattprint.ingest..",
                        "io.wattprint.api..", "io.wattprint.cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("io.wattprint.core..", "io.wattprint.data..", "io.wattprint.ledger..",
                        "io.wattprint.meter..", "io.wattprint.api..", "io.wattprint.ingest..")
                .should().dependOnClassesThat().resideInAPackage("io.wattprint.report..")
                .check(classes);
    }

    @Test
    void theJavaApiUsesTheLowerModulesButNotTheCli() {
        noClasses().that().resideInAPackage("io.wattprint.api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.cli..")
                .check(classes);
    }

    @Test
    void onlyMainExitsTheJvm() {
        // The CLI's Main, and the stand-alone NVML probe a developer runs on a GPU machine.
        noClasses().that().doNotHaveFullyQualifiedName(Main.class.getName())
                .and().doNotHaveFullyQualifiedName("io.wattprint.meter.nvml.NvmlProbe")
                .should().callMethod(System.class, "exit", int.class)
                .check(classes);
    }
}
