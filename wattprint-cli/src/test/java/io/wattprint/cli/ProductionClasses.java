package io.wattprint.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every production class of wattprint, as the architecture tests ({@link LayeringTest}, {@link PublicApiTest}) read
 * them: imported once per test JVM. It lives here, not in wattprint-testkit, because only this module's test class
 * path holds every module, and testkit would otherwise carry ArchUnit to every module that uses it.
 */
final class ProductionClasses {
    private ProductionClasses() {}

    /** The classes of {@code io.wattprint}, tests left out. */
    static JavaClasses all() { return Holder.CLASSES; }

    private static final class Holder {
        static final JavaClasses CLASSES = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.wattprint");
    }
}
