package com.pricedesk.amazon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The architecture rules that concern the Amazon client, the simulator and the market types. */
class AmazonBoundariesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.pricedesk");

    @Test
    void wireDtosStayInsideTheAmazonPackage() {
        classes().that().resideInAPackage("com.pricedesk.amazon")
                .and().haveSimpleNameEndingWith("Wire")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
        classes().that().resideInAPackage("com.pricedesk.amazon").and().areNestedClasses()
                .and().areRecords()
                .should().onlyBeAccessed().byClassesThat().resideInAPackage("com.pricedesk.amazon")
                .check(CLASSES);
    }

    @Test
    void amazonAndSimNeverReachTheUiOrCli() {
        noClasses().that().resideInAnyPackage("com.pricedesk.amazon..", "com.pricedesk.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("com.pricedesk.ui..", "com.pricedesk.cli..",
                        "javafx..")
                .check(CLASSES);
    }

    @Test
    void marketTypesArePureDomain() {
        noClasses().that().resideInAnyPackage("com.pricedesk.domain.market..", "com.pricedesk.domain.account..",
                        "com.pricedesk.domain.port..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "com.fasterxml..", "java.sql..",
                        "org.jdbi..", "com.pricedesk.amazon..", "com.pricedesk.sim..", "com.pricedesk.store..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCliPrints() {
        noClasses().that().resideInAnyPackage("com.pricedesk.amazon..", "com.pricedesk.sim..",
                        "com.pricedesk.domain..", "com.pricedesk.store..", "com.pricedesk.app..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(CLASSES);
    }
}
