package io.wattprint.cli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No package of ours depends on itself through others: a package and its sub-packages form a tree, shared
 * types sit below the packages that use them (issue 14). Every package is its own slice, so a parent and
 * its children count as different packages.
 */
class PackageCyclesTest {
    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.wattprint");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.wattprint.(**)").should().beFreeOfCycles().check(classes);
    }
}
