package org.warmpool.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.List;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The layering of docs/architecture.md, by package so that a new class is covered whatever its
 * name: views live in a feature's {@code ui} package; everything else in a feature (entities,
 * services, rules, listeners) is below the views and usable without a UI.
 */
@AnalyzeClasses(packages = "org.warmpool", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String VIEWS = "..ui..";

    /**
     * The rule classes outside {@code matching} that docs/architecture.md and docs/testing.md name
     * as plain Java (their nested classes included).
     */
    private static final List<String> PLAIN_RULE_CLASSES = List.of(
            "org.warmpool.participant.Screening",
            "org.warmpool.participant.ScreeningOutcome",
            "org.warmpool.participant.LevelSetAside",
            "org.warmpool.instructor.InstructorRules",
            "org.warmpool.schedule.Recurrence",
            "org.warmpool.progress.ProgressionAdvisor",
            "org.warmpool.booking.BookingWindows",
            "org.warmpool.outcome.RolandMorris",
            "org.warmpool.outcome.Oswestry",
            "org.warmpool.outcome.ImportantChange",
            "org.warmpool.report.UtilisationCalculator",
            "org.warmpool.report.WaitlistCalculator",
            "org.warmpool.report.OutcomesCalculator",
            "org.warmpool.report.InstructorsCalculator");

    private static final DescribedPredicate<JavaClass> DOCUMENTED_RULE_CLASSES = DescribedPredicate.describe(
            "are rule classes the docs name as plain Java", javaClass -> PLAIN_RULE_CLASSES.stream()
                    .anyMatch(name -> javaClass.getName().equals(name) || javaClass.getName().startsWith(name + "$")));

    /**
     * The places that wire Vaadin into the application: the app shell, Vaadin's security set-up,
     * servlet filters (an ended session's answer to Vaadin's client is Vaadin's JSON) and the
     * session check around secured calls (which leaves the views to the navigation guard).
     */
    private static final DescribedPredicate<JavaClass> VAADIN_WIRING = DescribedPredicate.describe(
            "wire Vaadin into the application",
            javaClass -> javaClass.isAssignableTo(AppShellConfigurator.class)
                    || javaClass.isAssignableTo(VaadinWebSecurity.class)
                    || javaClass.isAssignableTo(jakarta.servlet.Filter.class)
                    || javaClass.getName().equals("org.warmpool.security.SessionCheckAdvice"));

    @ArchTest
    static final ArchRule onlyViewsUseVaadin = noClasses()
            .that().resideOutsideOfPackage(VIEWS)
            .and(DescribedPredicate.not(VAADIN_WIRING))
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("entities, services and rules must be usable and testable without a UI");

    @ArchTest
    static final ArchRule onlyViewsUseViews = noClasses()
            .that().resideOutsideOfPackage(VIEWS)
            .and(DescribedPredicate.not(VAADIN_WIRING))
            .should().dependOnClassesThat().resideInAPackage(VIEWS)
            .because("a view asks a service; nothing below the views knows them");

    @ArchTest
    static final ArchRule viewsDoNotUseRepositories = noClasses()
            .that().resideInAPackage(VIEWS).or().areAssignableTo(com.vaadin.flow.component.Component.class)
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("a view asks a service, which checks the rules and the user's rights");

    private static final DescribedPredicate<JavaClass> INSIDE_A_SERVICE_ONLY = DescribedPredicate.describe(
            "work only inside a service's transaction (row locks, seat counts, shared look-ups)",
            type -> type.tryGetAnnotationOfType(Transactional.class)
                    .map(transactional -> transactional.propagation() == Propagation.MANDATORY).orElse(false));

    @ArchTest
    static final ArchRule viewsDoNotUseServiceInternals = noClasses()
            .that().resideInAPackage(VIEWS).or().areAssignableTo(com.vaadin.flow.component.Component.class)
            .should().dependOnClassesThat(INSIDE_A_SERVICE_ONLY)
            .because("locks and seat counts belong to the service that checks the rules around them");

    @ArchTest
    static final ArchRule entitiesDependOnNothingAboveThem = noClasses()
            .that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(Embeddable.class)
            .should().dependOnClassesThat().areMetaAnnotatedWith(Component.class)
            .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().resideInAnyPackage(VIEWS, "com.vaadin..")
            .because("an entity holds data and its own invariants; services and views use it, not the reverse");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices()
            .matching("org.warmpool.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule baseDependsOnNoFeature = noClasses()
            .that().resideInAPackage("org.warmpool.base..")
            .should().dependOnClassesThat(resideInAPackage("org.warmpool..")
                    .and(resideOutsideOfPackage("org.warmpool.base..")))
            .because("every feature shares base; base asks features through interfaces they answer");

    @ArchTest
    static final ArchRule matchingIsPlainJava = noClasses()
            .that().resideInAPackage("..matching..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                    "jakarta.persistence..", "org.hibernate..")
            .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .because("matching must be testable and fast without any framework");

    @ArchTest
    static final ArchRule ruleClassesArePlainJava = noClasses()
            .that(DOCUMENTED_RULE_CLASSES)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                    "jakarta.persistence..", "org.hibernate..")
            .because("the rules that decide who may get into the water are table-tested without any framework");

    /** A renamed or moved rule class must not slip out of the rule above unnoticed. */
    @ArchTest
    static void theDocumentedRuleClassesExist(JavaClasses classes) {
        assertThat(PLAIN_RULE_CLASSES).allSatisfy(name -> assertThat(classes.contain(name))
                .as("%s exists; update PLAIN_RULE_CLASSES and the docs when it moves", name).isTrue());
    }

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

    /**
     * A timed job runs on one app node at a time. The cron jobs registered in configureTasks
     * (reminders) are checked by notification.MailOnceOnTwoNodesTest instead; the nightly backup
     * is for one H2 file, so one node, by nature.
     */
    @ArchTest
    static final ArchRule scheduledJobsTakeTheClusterLock = methods()
            .that().areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
            .should(new ArchCondition<JavaMethod>("call ClusterJobs.runOnce") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean locked = method.getMethodCallsFromSelf().stream().anyMatch(call ->
                            call.getTargetOwner().isEquivalentTo(org.warmpool.base.ClusterJobs.class)
                                    && call.getName().equals("runOnce"));
                    events.add(new SimpleConditionEvent(method, locked,
                            method.getFullName() + (locked ? " runs" : " does not run") + " through ClusterJobs"));
                }
            })
            .because("every app node schedules the jobs, and each run must take the job's lock (docs/operations.md)");
}
