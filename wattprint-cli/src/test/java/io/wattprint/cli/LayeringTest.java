package io.wattprint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.wattprint.cli.main.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md: dependencies point downward only, and core knows nothing of files, SQL, HTTP or hardware. */
class LayeringTest {
    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = ProductionClasses.all();
    }

    @Test
    void coreUsesNoOtherModuleAndNoIo() {
        noClasses().that().resideInAPackage("io.wattprint.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.data..", "io.wattprint.ledger..",
                        "io.wattprint.meter..", "io.wattprint.run..", "io.wattprint.api..", "io.wattprint.ingest..", "io.wattprint.report..",
                        "io.wattprint.server..", "io.wattprint.cli..", "java.sql..", "java.nio.file..", "java.net..",
                        "java.io..")
                .check(classes);
    }

    @Test
    void dataLedgerAndMeterDependOnCoreOnly() {
        noClasses().that().resideInAPackage("io.wattprint.data..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.ledger..", "io.wattprint.meter..", "io.wattprint.run..", "io.wattprint.api..",
                        "io.wattprint.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("io.wattprint.ledger..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.data..", "io.wattprint.meter..", "io.wattprint.run..", "io.wattprint.api..",
                        "io.wattprint.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("io.wattprint.meter..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.data..", "io.wattprint.ledger..", "io.wattprint.run..", "io.wattprint.api..",
                        "io.wattprint.cli..")
                .check(classes);
    }

    @Test
    void importersUseTheLowerModulesButNotTheMeterApiOrCli() {
        // The meter brings JNA and hardware access; the formulas importers share with it are in core.estimate.
        noClasses().that().resideInAPackage("io.wattprint.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.meter..", "io.wattprint.run..",
                        "io.wattprint.api..", "io.wattprint.cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("io.wattprint.data..", "io.wattprint.ledger..", "io.wattprint.meter..",
                        "io.wattprint.run..", "io.wattprint.api..")
                .should().dependOnClassesThat().resideInAPackage("io.wattprint.ingest..")
                .check(classes);
    }

    @Test
    void reportsReadTheLedgerButNotTheMeterImportersApiOrCli() {
        noClasses().that().resideInAPackage("io.wattprint.report..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.meter..", "io.wattprint.ingest..",
                        "io.wattprint.run..", "io.wattprint.api..", "io.wattprint.cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("io.wattprint.core..", "io.wattprint.data..", "io.wattprint.ledger..",
                        "io.wattprint.meter..", "io.wattprint.run..", "io.wattprint.api..", "io.wattprint.ingest..")
                .should().dependOnClassesThat().resideInAPackage("io.wattprint.report..")
                .check(classes);
    }

    @Test
    void theRunLifecycleUsesTheLowerModulesOnly() {
        // One lifecycle that the CLI, the Java API and server agents all call: it calls none of them.
        noClasses().that().resideInAPackage("io.wattprint.run..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.api..", "io.wattprint.cli..",
                        "io.wattprint.ingest..", "io.wattprint.report..")
                .check(classes);
    }

    @Test
    void theJavaApiUsesTheLowerModulesButNotTheCli() {
        noClasses().that().resideInAPackage("io.wattprint.api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.cli..")
                .check(classes);
    }

    @Test
    void theServerSitsAboveLedgerReportAndIngestAndBelowTheCli() {
        // The server serves what the lower modules store and compute; only the CLI (wattprint serve) starts it.
        noClasses().that().resideInAPackage("io.wattprint.server..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wattprint.cli..", "io.wattprint.meter..",
                        "io.wattprint.run..", "io.wattprint.api..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("io.wattprint.server..", "io.wattprint.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.wattprint.server..")
                .check(classes);
        // HTTP stays in the server: Javalin and Jetty appear nowhere else.
        noClasses().that().resideOutsideOfPackage("io.wattprint.server..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "io.prometheus..")
                .check(classes);
    }

    @Test
    void onlyTheAgentSendsHttpAndTheRunLifecycleKnowsNoServer() {
        // Agents (wattprint run --server, wattprint push) are the one HTTP client: the JDK's, in cli.push. The run
        // lifecycle, which the Java API shares, keeps only the outbox of runs to send and knows no server.
        noClasses().that().resideOutsideOfPackage("io.wattprint.cli.push..")
                .should().dependOnClassesThat().resideInAPackage("java.net.http..")
                .check(classes);
        noClasses().that().resideInAPackage("io.wattprint.run..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "io.wattprint.server..", "io.wattprint.cli..")
                .check(classes);
    }

    /**
     * DESIGN.md "One number rule": figures are rounded and printed by {@code io.wattprint.core.figure} only. What
     * a class file shows of it: no {@code java.text} number formats, no {@code new BigDecimal(double)} (the binary
     * value, not the decimal a person reads), no {@code toPlainString}, no half-up {@code setScale} or
     * {@code round(MathContext)} elsewhere. {@code String.format("%.2f")} cannot be told from other formats in
     * byte code; {@link FloatFormatsTest} reads the sources for it. The spool writes a double's shortest decimal into its own file format.
     */
    @Test
    void onlyCoreFiguresFormatNumbers() {
        noClasses().that().resideOutsideOfPackage("io.wattprint.core.figure..")
                .should().dependOnClassesThat().areAssignableTo(java.text.NumberFormat.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.text.DecimalFormatSymbols.class)
                .orShould().callConstructor(java.math.BigDecimal.class, double.class)
                .orShould().callConstructor(java.math.BigDecimal.class, double.class, java.math.MathContext.class)
                .orShould().callMethod(java.math.BigDecimal.class, "setScale", int.class, java.math.RoundingMode.class)
                .orShould().callMethod(java.math.BigDecimal.class, "round", java.math.MathContext.class)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("io.wattprint.core.figure..")
                .and().doNotHaveFullyQualifiedName("io.wattprint.ledger.spool.SpoolFormat")
                .should().callMethod(java.math.BigDecimal.class, "toPlainString")
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
