package com.pricedesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layers of ARCHITECTURE.md: a wrong import fails the build. */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.pricedesk");
    }

    @Test
    void domainIsPureJava() {
        ArchRule rule = noClasses().that().resideInAPackage("com.pricedesk.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.pricedesk.app..", "com.pricedesk.store..", "com.pricedesk.amazon..",
                        "com.pricedesk.sim..", "com.pricedesk.excel..", "com.pricedesk.ui..", "com.pricedesk.cli..",
                        "javafx..", "java.sql..", "javax.sql..", "org.jdbi..", "org.apache.poi..", "java.net..",
                        "com.fasterxml..", "org.h2..", "org.flywaydb..")
                .because("domain code is plain Java a reader can check against PRODUCT.md");
        rule.check(classes);
    }

    @Test
    void domainDoesNoFileIo() {
        // Ports may name a file (a Path) for an adapter to read; nothing in the domain opens one.
        noClasses().that().resideInAPackage("com.pricedesk.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
                .allowEmptyShould(true)
                .because("domain calculations are pure")
                .check(classes.that(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("com.pricedesk.domain.port.."))));
    }

    @Test
    void domainDoesNotDependOnTheLauncher() {
        noClasses().that().resideInAPackage("com.pricedesk.domain..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.pricedesk.AppContext")
                .check(classes);
    }

    @Test
    void appHasNoUiOrCli() {
        noClasses().that().resideInAPackage("com.pricedesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.pricedesk.ui..",
                        "com.pricedesk.cli..", "com.pricedesk.store..", "com.pricedesk.amazon..",
                        "com.pricedesk.sim..", "com.pricedesk.excel..")
                .because("use cases depend on domain and ports only")
                .check(classes);
    }

    @Test
    void adaptersNeverImportUi() {
        noClasses().that().resideInAnyPackage("com.pricedesk.store..", "com.pricedesk.amazon..",
                        "com.pricedesk.excel..", "com.pricedesk.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("com.pricedesk.ui..", "javafx..")
                .check(classes);
    }

    @Test
    void onlyChartsUseAwt() {
        noClasses().that().resideOutsideOfPackage("com.pricedesk.ui.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..")
                .check(classes);
    }

    @Test
    void amazonWireTypesStayInside() {
        noClasses().that().resideOutsideOfPackage("com.pricedesk.amazon..")
                .and().resideOutsideOfPackage("com.pricedesk")
                .should().dependOnClassesThat().resideInAPackage("com.pricedesk.amazon.wire..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheCliPrints() {
        noClasses().that().resideOutsideOfPackage("com.pricedesk.cli..")
                .and().doNotHaveFullyQualifiedName("com.pricedesk.PriceDesk")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("everything but the CLI logs through SLF4J")
                .check(classes);
    }
}
