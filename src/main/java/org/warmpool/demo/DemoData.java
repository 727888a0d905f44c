package org.warmpool.demo;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.base.ClinicSettings;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.FirstClasses;
import org.warmpool.instructor.InstructorService;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.RegistrationService;
import org.warmpool.pool.PoolService;
import org.warmpool.program.ClassLevelService;
import org.warmpool.progress.PainCheckInService;
import org.warmpool.progress.ProgressService;
import org.warmpool.recommendation.RecommendationService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.Role;
import org.warmpool.security.SystemTasks;
import org.warmpool.security.UserAccountService;

/**
 * A small demo clinic, loaded once into an empty database when {@code warmpool.demo-data.enabled}
 * is true (the dev profile that {@code ./mvnw spring-boot:run} uses). Prints the demo logins
 * at every start so that whoever started the app can log in.
 */
@Component
@ConditionalOnProperty(name = "warmpool.demo-data.enabled", havingValue = "true")
class DemoData {

    static final String PASSWORD = "warmpool-demo";

    record DemoAccount(String email, String name, Set<Role> roles) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@warmpool.example", "Alex Admin", EnumSet.of(Role.ADMIN)),
            new DemoAccount("desk@warmpool.example", "Dana Desk", EnumSet.of(Role.FRONT_DESK)),
            new DemoAccount("ana@warmpool.example", "Ana Costa", EnumSet.of(Role.INSTRUCTOR)),
            new DemoAccount("ben@warmpool.example", "Ben Okafor", EnumSet.of(Role.INSTRUCTOR)),
            new DemoAccount("chloe@warmpool.example", "Chloe Martin", EnumSet.of(Role.INSTRUCTOR)),
            new DemoAccount("pat@warmpool.example", "Pat Morgan", EnumSet.of(Role.PARTICIPANT)),
            new DemoAccount("sam@warmpool.example", "Sam Patel", EnumSet.of(Role.PARTICIPANT)),
            new DemoAccount("lee@warmpool.example", "Lee Wong", EnumSet.of(Role.PARTICIPANT)));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserAccountService accounts;
    private final DemoClinic clinic;
    private final DemoBookings bookings;
    private final DemoHistory history;
    private final DemoOutcomes outcomes;
    private final DemoWeek week;
    private final DemoCredits credits;
    private final InstructorService instructors;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    DemoData(UserAccountService accounts, PoolService pools, ClassLevelService levels, ScheduleService schedule,
            InstructorService instructors, StaffingService staffing, RegistrationService registration,
            IntakeService intakes, RecommendationService recommendations, BookingService bookings, Clock clock,
            PlatformTransactionManager transactions, JdbcTemplate jdbc, PainCheckInService painCheckIns,
            ProgressService progress, ClinicSettings clinicSettings) {
        this.bookings = new DemoBookings(recommendations, bookings);
        this.history = new DemoHistory(jdbc, painCheckIns, progress, clock, clinicSettings.timeZone());
        this.outcomes = new DemoOutcomes(jdbc, clock, clinicSettings.timeZone());
        this.week = new DemoWeek(schedule, staffing, bookings, clock, clinicSettings.timeZone());
        this.credits = new DemoCredits(week, schedule, staffing, bookings, jdbc, clock, clinicSettings.timeZone());
        this.instructors = instructors;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
        this.clinic = new DemoClinic(pools, levels, schedule, instructors, staffing, accounts, registration, intakes,
                clock);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE) // before the initial-administrator check, which then finds one
    void loadAndPrintLogins() {
        if (accounts.findByEmail(ACCOUNTS.get(0).email()).isEmpty()) {
            long started = System.nanoTime() / 1_000_000;
            // All or nothing: a failure leaves an empty database, and the next start tries again.
            SystemTasks.runAsStaff(() -> transaction.executeWithoutResult(status -> {
                for (DemoAccount account : ACCOUNTS) {
                    accounts.createAccount(account.email(), account.name(), PASSWORD, account.roles());
                }
                clinic.load();
                history.load();
                outcomes.load();
                bookings.load(clinic.clearedParticipants());
                long ana = instructors.forUser("ana@warmpool.example").orElseThrow().getId();
                week.load(clinic.therapyPool(), clinic.level(1), ana, clinic.clearedParticipants().get(0),
                        clinic.clearedWalkIns());
                credits.load(clinic.therapyPool(), clinic.level(1), ana, clinic.clearedWalkIns());
                // The classes above were partly written by plain SQL.
                FirstClasses.rebuild(jdbc);
            }));
            log.info("Demo data loaded in {} ms.", System.nanoTime() / 1_000_000 - started);
        }
        log.info(loginTable());
    }

    static String loginTable() {
        StringBuilder table = new StringBuilder("\n\n  Demo logins (password for all: " + PASSWORD + ")\n");
        for (DemoAccount account : ACCOUNTS) {
            table.append(String.format("    %-14s %-26s %s%n", account.roles().iterator().next().label(),
                    account.email(), account.name()));
        }
        return table.toString();
    }
}
