package io.wattprint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md: "wattprint-api — the public Java API: a small facade, nothing else exported". What a
 * user's code can reach is {@code Wattprint.track(…)} → {@code Tracker} → {@code TrackedRun}, and the
 * core values they hand back (a footprint, a marker). The lifecycle behind them ({@code io.wattprint.run})
 * is wattprint's own: the API's signatures never name it, nor the ledger, the meter or the data.
 */
class PublicApiTest {
    static final List<String> FACADE = List.of("io.wattprint.api.Wattprint", "io.wattprint.api.Tracker",
            "io.wattprint.api.TrackedRun");
    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = ProductionClasses.all();
    }

    @Test
    void theApiPackageExportsTheFacadeTypesOnly() {
        classes().that().resideInAPackage("io.wattprint.api..")
                .and().doNotHaveFullyQualifiedName(FACADE.get(0))
                .and().doNotHaveFullyQualifiedName(FACADE.get(1))
                .and().doNotHaveFullyQualifiedName(FACADE.get(2))
                .should().notBePublic()
                .allowEmptyShould(true)
                .check(classes);
        for (String name : FACADE) {
            classes().that().haveFullyQualifiedName(name).should().bePublic().andShould().haveModifier(
                    com.tngtech.archunit.core.domain.JavaModifier.FINAL).check(classes);
        }
    }

    @Test
    void theFacadeSignaturesNameOnlyTheJdkTheFacadeAndCoreValues() {
        codeUnits().that().areDeclaredInClassesThat().resideInAPackage("io.wattprint.api..")
                .and().arePublic()
                .should(nameOnlyExportedTypes())
                .check(classes);
    }

    @Test
    void nothingInWattprintUsesTheFacade() {
        // The CLI and agents call the lifecycle (io.wattprint.run) directly; the facade is for users' code.
        noClasses().that().resideOutsideOfPackage("io.wattprint.api..")
                .should().dependOnClassesThat().resideInAPackage("io.wattprint.api..")
                .check(classes);
    }

    private static ArchCondition<JavaCodeUnit> nameOnlyExportedTypes() {
        return new ArchCondition<>("name only java.*, io.wattprint.api and io.wattprint.core types") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                List<JavaType> named = new ArrayList<>();
                named.add(unit.getReturnType());
                named.addAll(unit.getParameterTypes());
                for (JavaType t : named) {
                    for (JavaClass raw : t.getAllInvolvedRawTypes()) {
                        String pkg = raw.getPackageName();
                        boolean exported = raw.isPrimitive() || pkg.startsWith("java.") || pkg.equals("io.wattprint.api")
                                || pkg.startsWith("io.wattprint.core.");
                        if (!exported) {
                            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " names "
                                    + raw.getName() + ", which is not part of the public Java API"));
                        }
                    }
                }
            }
        };
    }
}
