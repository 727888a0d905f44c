package org.warmpool.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import org.springframework.data.repository.Repository;

@AnalyzeClasses(packages = "org.warmpool", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule servicesDoNotUseVaadin = noClasses()
            .that().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("domain rules and services must be usable and testable without a UI");

    @ArchTest
    static final ArchRule viewsDoNotUseRepositories = noClasses()
            .that().areAssignableTo(Component.class)
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("a view asks a service, which checks the rules and the user's rights");

    @ArchTest
    static final ArchRule entitiesDoNotDependOnServicesOrViews = noClasses()
            .that().areAnnotatedWith(jakarta.persistence.Entity.class)
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
            .orShould().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices()
            .matching("org.warmpool.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule matchingIsPlainJava = noClasses()
            .that().resideInAPackage("org.warmpool.matching")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                    "jakarta.persistence..", "org.hibernate..")
            .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
            .because("matching must be testable and fast without any framework");

    @ArchTest
    static final ArchRule screeningAndInstructorRulesArePlainJava = noClasses()
            .that().haveSimpleName("Screening").or().haveSimpleName("InstructorRules").or().haveSimpleName("Recurrence")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..");

    @ArchTest
    static final ArchRule progressionAdvisorIsPlainJava = noClasses()
            .that().haveSimpleNameStartingWith("ProgressionAdvisor")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                    "jakarta.persistence..", "org.hibernate..")
            .because("the progression rules are table-tested without any framework");

    @ArchTest
    static final ArchRule oneToday = noClasses()
            .should().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.LocalTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(java.util.TimeZone.class, "getDefault")
            .because("every date and time the product shows or decides on comes from the one injected Clock, "
                    + "in the clinic's time zone, never from the machine's");
}
