package org.warmpool.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.PageRequest;
import org.warmpool.account.ui.AccountView;
import org.warmpool.account.ui.ForgotPasswordView;
import org.warmpool.account.ui.ResetPasswordView;
import org.warmpool.account.ui.StaffAccountsView;
import org.warmpool.backup.ui.BackupsView;
import org.warmpool.booking.ui.CheckInView;
import org.warmpool.booking.ui.MakeUpCreditsView;
import org.warmpool.booking.ui.MyBookingsView;
import org.warmpool.booking.ui.WaitlistView;
import org.warmpool.booking.ui.WaterTemperatureView;
import org.warmpool.home.ui.AccessibilityView;
import org.warmpool.home.ui.AdminHomeView;
import org.warmpool.home.ui.FrontDeskHomeView;
import org.warmpool.home.ui.HomeView;
import org.warmpool.home.ui.ParticipantHomeView;
import org.warmpool.instructor.ui.InstructorsView;
import org.warmpool.notification.ui.MessagesView;
import org.warmpool.outcome.ui.QuestionnaireView;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ui.AuditLogView;
import org.warmpool.participant.ui.IntakeView;
import org.warmpool.participant.ui.InvitationView;
import org.warmpool.participant.ui.ParticipantView;
import org.warmpool.participant.ui.ParticipantsView;
import org.warmpool.participant.ui.RegisterView;
import org.warmpool.participant.ui.SeenMyRecordView;
import org.warmpool.pool.ui.PoolsView;
import org.warmpool.privacy.ui.ErasureView;
import org.warmpool.privacy.ui.MyDataView;
import org.warmpool.program.ui.LevelsView;
import org.warmpool.program.ui.ProgrammeSettingsView;
import org.warmpool.progress.ui.MyProgressView;
import org.warmpool.progress.ui.PainCheckInView;
import org.warmpool.progress.ui.ParticipantProgressView;
import org.warmpool.recommendation.ui.ParticipantClassesView;
import org.warmpool.recommendation.ui.RecommendedClassesView;
import org.warmpool.recommendation.ui.WalkInView;
import org.warmpool.report.ui.AttendanceView;
import org.warmpool.report.ui.InstructorsReportView;
import org.warmpool.report.ui.OutcomesReportView;
import org.warmpool.report.ui.ReportsView;
import org.warmpool.report.ui.UtilisationView;
import org.warmpool.report.ui.WaitlistsView;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.ui.CoverView;
import org.warmpool.schedule.ui.MyScheduleView;
import org.warmpool.schedule.ui.RosterView;
import org.warmpool.schedule.ui.ScheduleView;
import org.warmpool.security.Roles;
import org.warmpool.security.SystemTasks;
import org.warmpool.security.ui.LoginView;

/**
 * The accessibility sweep: every page each role of the demo clinic can open, and the main dialogs,
 * at a desktop's 1280x900 and a phone's 360x740, checked with all of axe-core's rules (best
 * practices included). Zero violations of any impact. One browser and one log-in per role; the
 * window is resized rather than a second browser started. See docs/testing.md.
 */
class AccessibilitySweepIT extends BrowserTest {

    /** Who opens the pages: an anonymous visitor and the demo clinic's four roles. */
    enum Who {
        ANONYMOUS(null), ADMIN("admin@warmpool.example"), FRONT_DESK("desk@warmpool.example"),
        INSTRUCTOR("ana@warmpool.example"), PARTICIPANT("pat@warmpool.example");

        final String email;

        Who(String email) {
            this.email = email;
        }
    }

    /**
     * Every page, one line each. The path may name demo records: {pat} (Pat's participant id),
     * {rita} (a walk-in's id), {anasClass} (a class Ana teaches, with people booked), {fullClass}
     * (the full class with a waitlist). Who opens it comes from the view's access annotation
     * (an anonymous page is checked once, anonymously), unless the line names the roles.
     * A line's screenshot name saves the page for docs/user-guide.md.
     */
    static final List<Page> PAGES = List.of(
            page(LoginView.class, "login").screenshot("login"),
            page(RegisterView.class, "register"),
            page(ForgotPasswordView.class, "forgot-password"),
            page(ResetPasswordView.class, "reset-password"),
            page(InvitationView.class, "invitation/not-a-real-token"),
            page(AccessibilityView.class, "accessibility"),
            page(AccountView.class, "account"),
            page(AdminHomeView.class, "admin").screenshot("admin-home"),
            page(FrontDeskHomeView.class, "desk").screenshot("front-desk-home"),
            page(ParticipantHomeView.class, "me").screenshot("participant-home"),
            page(MyScheduleView.class, "teaching").screenshot("my-schedule"),
            page(ScheduleView.class, "schedule").screenshot("schedule"),
            page(CoverView.class, "cover").screenshot("cover"),
            page(RosterView.class, "roster/{anasClass}"),
            page(CheckInView.class, "check-in").screenshot("check-in"),
            page(WaitlistView.class, "waitlist/{fullClass}").screenshot("waitlist"),
            page(ReportsView.class, "reports").screenshot("reports"),
            page(UtilisationView.class, "reports/utilisation").screenshot("utilisation-report"),
            page(WaitlistsView.class, "reports/waitlists"),
            page(AttendanceView.class, "reports/attendance").screenshot("attendance-report"),
            page(OutcomesReportView.class, "reports/outcomes").screenshot("outcomes-report"),
            page(InstructorsReportView.class, "reports/instructors").screenshot("instructors-report"),
            page(MakeUpCreditsView.class, "make-up-credits").screenshot("make-up-credits"),
            page(MyBookingsView.class, "my-bookings").screenshot("my-bookings"),
            page(MessagesView.class, "messages"),
            page(RecommendedClassesView.class, "classes").screenshot("recommended-classes"),
            page(ParticipantClassesView.class, "participant-classes/{pat}"),
            page(ParticipantsView.class, "participants").screenshot("participants"),
            page(WalkInView.class, "walk-in").screenshot("walk-in"),
            page(WaterTemperatureView.class, "water-temperature/{therapyPool}").screenshot("water-temperature"),
            page(ParticipantView.class, "participant/{pat}").screenshot("participant-record"),
            page(IntakeView.class, "intake", Who.PARTICIPANT),
            page(IntakeView.class, "intake/{rita}", Who.FRONT_DESK, Who.ADMIN),
            page(SeenMyRecordView.class, "who-has-seen-my-record"),
            page(MyProgressView.class, "my-progress").screenshot("my-progress"),
            page(QuestionnaireView.class, "questionnaire").screenshot("questionnaire"),
            page(ParticipantProgressView.class, "participant-progress/{pat}"),
            page(PainCheckInView.class, "pain-check-in/{anasClass}").screenshot("pain-check-in"),
            page(MyDataView.class, "my-data"),
            page(PoolsView.class, "pools"),
            page(LevelsView.class, "levels"),
            page(ProgrammeSettingsView.class, "programme-rules"),
            page(InstructorsView.class, "instructors").screenshot("instructors"),
            page(StaffAccountsView.class, "staff"),
            page(AuditLogView.class, "audit-log"),
            page(BackupsView.class, "backups"),
            page(ErasureView.class, "erase-participant/{rita}"));

    /** Routes that are not pages of their own, with the reason. */
    static final Map<Class<?>, String> NOT_PAGES = Map.of(
            HomeView.class, "the start page forwards each role to its home page, which is checked");

    /** The main dialogs, each opened from its page by the steps a user takes. */
    final List<DialogStep> dialogs = List.of(
            dialog(Who.FRONT_DESK, "new class series", "schedule", () -> click(button("New class series"))),
            dialog(Who.FRONT_DESK, "a session's details", "schedule", this::openASessionNextWeek),
            dialog(Who.FRONT_DESK, "edit session", "schedule", () -> {
                openASessionNextWeek();
                click(button("Edit this session"));
            }),
            dialog(Who.FRONT_DESK, "staffing", "schedule", () -> {
                openASessionNextWeek();
                click(By.xpath("//vaadin-button[normalize-space(.)='Change instructor'"
                        + " or normalize-space(.)='Assign instructor']"));
            }),
            dialog(Who.FRONT_DESK, "cancel session", "schedule", () -> {
                openASessionNextWeek();
                click(button("Cancel session"));
            }),
            dialog(Who.FRONT_DESK, "move on the waitlist", "waitlist/{fullClass}",
                    () -> click(By.xpath("//vaadin-button[normalize-space(.)='Move down' and not(@disabled)]"))),
            dialog(Who.FRONT_DESK, "remove from the waitlist", "waitlist/{fullClass}",
                    () -> click(button("Remove from waitlist"))),
            dialog(Who.FRONT_DESK, "cancel a participant's booking", "participant-classes/{pat}",
                    () -> click(button("Cancel the place"))),
            // The front desk's last dialog: the clock stays moved until the test ends.
            dialog(Who.FRONT_DESK, "add a walk-in at check-in", "check-in", this::addAWalkInTwentyMinutesBeforeAnasClass),
            dialog(Who.PARTICIPANT, "cancel my booking", "my-bookings", () -> click(button("Cancel my place"))),
            dialog(Who.ADMIN, "new pool", "pools", () -> click(button("New pool"))),
            dialog(Who.ADMIN, "edit pool", "pools", this::openTheTherapyPool),
            dialog(Who.ADMIN, "retire a pool", "pools", () -> {
                openTheTherapyPool();
                click(button("Retire pool"));
                waitForTheQuestion();
            }),
            dialog(Who.ADMIN, "water too cold for booked classes", "pools", () -> {
                openTheTherapyPool();
                // Not saved: the warning comes before saving, and the next page leaves the form.
                WebElement temperature = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//vaadin-big-decimal-field[label[contains(., 'Water temperature')]]//input")));
                temperature.sendKeys(Keys.chord(Keys.CONTROL, "a"), "25");
                click(button("Save"));
                waitForTheQuestion();
            }),
            dialog(Who.ADMIN, "edit level", "levels", this::clickFirstRow),
            dialog(Who.ADMIN, "new instructor", "instructors", () -> click(button("New instructor"))),
            dialog(Who.ADMIN, "an instructor", "instructors", this::clickFirstRow),
            dialog(Who.ADMIN, "new staff account", "staff", () -> click(button("New staff account"))),
            dialog(Who.ADMIN, "a staff account", "staff", this::clickFirstRow),
            dialog(Who.ADMIN, "erase a participant", "erase-participant/{rita}",
                    () -> click(By.id("erase-participant"))));

    private static final List<Dimension> SIZES = List.of(new Dimension(1280, 900), new Dimension(360, 740));

    /** What axe found, by role, page or dialog and size: "rule (nodes)"; printed after the run. */
    private static final Map<String, List<String>> FOUND = new LinkedHashMap<>();
    /** The same with the elements and what is wrong with them. */
    private static final Map<String, List<String>> DETAILS = new LinkedHashMap<>();
    /** How long each page or dialog took, opening and both sizes: where the sweep's time goes. */
    private static final Map<String, Double> SECONDS = new LinkedHashMap<>();

    @Autowired
    Clock clock;
    @Autowired
    ScheduleService schedule;
    @Autowired
    ParticipantRecordService records;
    @Autowired
    org.warmpool.pool.PoolService pools;

    @Autowired
    org.warmpool.TestClock testClock;
    @Autowired
    org.warmpool.base.ClinicSettings clinic;

    private Map<String, String> demo;
    private ScheduledSession anasClass;

    @Test
    void everyRouteIsInTheSweep() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.warmpool")) {
            Class<?> view = load(candidate.getBeanClassName());
            if (!view.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                routes.add(view.getName());
            }
        }
        Set<String> listed = new TreeSet<>();
        PAGES.forEach(page -> listed.add(page.view().getName()));
        NOT_PAGES.keySet().forEach(view -> listed.add(view.getName()));
        assertThat(listed).as("@Route classes in AccessibilitySweepIT.PAGES or NOT_PAGES").isEqualTo(routes);
    }

    /** The sweep's zero means something: a page with a picture without words and a field without a label fails. */
    @Test
    void theCheckerFindsAMissingLabelAndAPictureWithoutWords() {
        open("login");
        wait.until(ExpectedConditions.titleIs(LoginView.class.getAnnotation(PageTitle.class).value()));
        ((JavascriptExecutor) driver).executeScript("const main = document.querySelector('main') || document.body;"
                + "main.insertAdjacentHTML('beforeend', '<img src=\"data:,\"><input type=\"text\">');");

        assertThat(allRulesViolations()).extracting(Rule::getId).contains("image-alt", "label");
    }

    @Test
    void anonymousVisitor() {
        sweep(Who.ANONYMOUS);
    }

    @Test
    void administrator() {
        sweep(Who.ADMIN);
    }

    @Test
    void frontDesk() {
        sweep(Who.FRONT_DESK);
    }

    @Test
    void instructor() {
        sweep(Who.INSTRUCTOR);
    }

    @Test
    void participant() {
        sweep(Who.PARTICIPANT);
    }

    @AfterAll
    static void printWhatWasFound() throws IOException {
        StringBuilder table = new StringBuilder();
        FOUND.forEach((where, rules) -> table.append(where).append(": ")
                .append(rules.isEmpty() ? "0" : rules.size() + " " + rules).append('\n'));
        Path report = Path.of("target", "accessibility-sweep.txt");
        Files.createDirectories(report.getParent());
        StringBuilder details = new StringBuilder();
        DETAILS.forEach((where, rules) -> rules.forEach(rule -> details.append(where).append(": ").append(rule)
                .append('\n')));
        StringBuilder seconds = new StringBuilder("\nSeconds for each page and dialog (opening it, both sizes):\n");
        SECONDS.forEach((where, time) -> seconds.append(String.format(Locale.ROOT, "%5.1f %s%n", time, where)));
        Files.writeString(report, table + "\n" + details + seconds);
        System.out.println("Accessibility sweep (axe, all rules):\n" + table);
    }

    private void sweep(Who who) {
        demo = demoRecords();
        long started = System.nanoTime();
        open("login");
        if (who.email != null) {
            logIn(who.email);
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
        }
        settled();
        List<String> violations = new ArrayList<>();
        for (Page page : PAGES) {
            if (!page.who().contains(who)) {
                continue;
            }
            long pageStarted = System.nanoTime();
            navigateInApp(resolve(page.path()));
            String title = page.view().getAnnotation(PageTitle.class).value();
            wait.until(ExpectedConditions.titleIs(title));
            String where = who.name().toLowerCase() + " " + page.path();
            // With every role, the guide's picture is still taken as the role the build checks it as.
            String screenshot = whoMayOpen(page.view(), false).contains(who) ? page.screenshot() : null;
            checkAtBothSizes(where, screenshot, violations);
            SECONDS.put(where, (System.nanoTime() - pageStarted) / 1e9);
        }
        for (DialogStep step : dialogs) {
            if (step.who() != who) {
                continue;
            }
            long dialogStarted = System.nanoTime();
            driver.manage().window().setSize(SIZES.get(0));
            openAfresh(resolve(step.path()));
            int before = openDialogs();
            step.open().run();
            wait.until(page -> openDialogs() > before);
            String where = who.name().toLowerCase() + " dialog: " + step.name();
            checkAtBothSizes(where, null, violations);
            SECONDS.put(where, (System.nanoTime() - dialogStarted) / 1e9);
        }
        System.out.printf("Accessibility sweep as %s took %d s%n", who, (System.nanoTime() - started) / 1_000_000_000);
        assertThat(violations).as("axe violations as " + who).isEmpty();
    }

    /** Both sizes, the window's present size first: one resize a page rather than two. */
    private void checkAtBothSizes(String where, String screenshot, List<String> violations) {
        List<Dimension> sizes = new ArrayList<>(SIZES);
        if (driver.manage().window().getSize().equals(SIZES.get(1))) {
            java.util.Collections.reverse(sizes);
        }
        for (Dimension size : sizes) {
            resizeTo(size);
            List<Rule> found = allRulesViolations();
            String at = where + " @" + size.getWidth();
            FOUND.put(at, found.stream().map(rule -> rule.getId() + " (" + rule.getNodes().size() + ")").toList());
            DETAILS.put(at, found.stream().map(rule -> describe(rule) + " " + rule.getNodes().stream()
                    .map(node -> node.getFailureSummary()).toList()).toList());
            if (!found.isEmpty()) {
                violations.add(at + ": " + found.stream().map(BrowserTest::describe).toList());
            }
            if (screenshot != null && SCREENSHOTS != null) {
                saveForTheGuide(screenshot + (size.getWidth() < 1000 ? "-phone" : ""));
            }
        }
    }

    private void resizeTo(Dimension size) {
        if (!driver.manage().window().getSize().equals(size)) {
            driver.manage().window().setSize(size);
            long width = size.getWidth();
            wait.until(page -> ((Number) ((JavascriptExecutor) page).executeScript("return window.innerWidth"))
                    .longValue() == width);
        }
        settled();
    }

    /** Vaadin has answered every request and the layout has had a moment at its size. */
    private void settled() {
        wait.until(page -> Boolean.TRUE.equals(((JavascriptExecutor) page).executeScript(
                "const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                + "return !!clients && document.readyState === 'complete'"
                + " && !Object.values(clients).some(c => c.isActive && c.isActive());")));
        try {
            Thread.sleep(300);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The page as a new visit shows it, without the last dialog and what it left behind: the open
     * dialogs are closed with Escape, and the app goes to the start page and then to the page (without
     * loading it again, which costs more than the two moves). A dialog that Escape does not close
     * makes it load the page.
     */
    private void openAfresh(String path) {
        for (int tries = 0; tries < 3 && openDialogs() > 0; tries++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ESCAPE).perform();
            settled();
        }
        if (openDialogs() > 0) {
            open(path);
        } else {
            navigateInApp("");
            wait.until(page -> !page.getTitle().isBlank());
            navigateInApp(path);
        }
        wait.until(page -> !page.getTitle().isBlank());
        settled();
    }

    private int openDialogs() {
        return driver.findElements(By.cssSelector(
                "vaadin-dialog-overlay[opened], vaadin-confirm-dialog-overlay[opened]")).size();
    }

    /**
     * Where the guide's pictures go when the build is asked to take them
     * ({@code -Dwarmpool.screenshots=docs/images}); none are taken otherwise, as each costs a moment.
     */
    private static final String SCREENSHOTS = System.getProperty("warmpool.screenshots");

    private void saveForTheGuide(String name) {
        try {
            Path folder = Files.createDirectories(Path.of(SCREENSHOTS));
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failed) {
            throw new IllegalStateException("Could not save the screenshot " + name, failed);
        }
    }

    private void openASessionNextWeek() {
        click(button("Next week"));
        settled();
        click(By.cssSelector(".schedule-view .session-open"));
    }

    /**
     * Check-in lists the classes of the next three hours: the clock moves to 20 minutes before one of
     * Ana's classes (a session lasts at most 12 hours by that clock, so the desk logs in again).
     */
    private void addAWalkInTwentyMinutesBeforeAnasClass() {
        testClock.moveTo(anasClass.date().atTime(anasClass.start()).atZone(clinic.timeZone()).toInstant()
                .minus(java.time.Duration.ofMinutes(20)));
        driver.manage().deleteAllCookies();
        open("login");
        logIn(Who.FRONT_DESK.email);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
        open("check-in");
        settled();
        click(button("Add a walk-in to this class"));
    }

    private void openTheTherapyPool() {
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Therapy pool']"));
    }

    /** A question inside the open dialog (base.ui.Confirmation.askIn): no second dialog opens. */
    private void waitForTheQuestion() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".question-in-dialog")));
    }

    private void clickFirstRow() {
        click(By.xpath("(//vaadin-grid-cell-content[normalize-space(.)!=''])[last()]"));
    }

    private static By button(String text) {
        return By.xpath("//vaadin-button[normalize-space(.)=\"" + text + "\"]");
    }

    private String resolve(String path) {
        String resolved = path;
        for (Map.Entry<String, String> record : demo.entrySet()) {
            resolved = resolved.replace("{" + record.getKey() + "}", record.getValue());
        }
        return resolved;
    }

    /** The demo records that the paths name. */
    private Map<String, String> demoRecords() {
        Map<String, String> records = new LinkedHashMap<>();
        SystemTasks.runAsStaff(() -> {
            records.put("pat", String.valueOf(participant("Pat Morgan")));
            records.put("rita", String.valueOf(participant("Rita Evans")));
            records.put("therapyPool", String.valueOf(pools.listAll().stream()
                    .filter(pool -> pool.getName().equals("Therapy pool")).findFirst().orElseThrow().getId()));
            LocalDate today = LocalDate.now(clock);
            List<ScheduledSession> coming = new ArrayList<>(schedule.week(today, null));
            coming.addAll(schedule.week(today.plusWeeks(1), null));
            coming.removeIf(session -> session.date().isBefore(today) || session.cancelled());
            anasClass = first(coming, session -> "Ana Costa".equals(session.instructorName())
                    && session.seatsTaken() > 0);
            records.put("anasClass", String.valueOf(anasClass.id()));
            records.put("fullClass", String.valueOf(first(coming,
                    session -> session.seatsTaken() >= session.capacity()).id()));
        });
        return records;
    }

    private long participant(String name) {
        return records.search(name, PageRequest.of(0, 1)).get(0).id();
    }

    private static ScheduledSession first(List<ScheduledSession> sessions, Predicate<ScheduledSession> wanted) {
        return sessions.stream().filter(wanted).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo data has no such class"));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException notThere) {
            throw new IllegalStateException(notThere);
        }
    }

    record Page(Class<?> view, String path, Set<Who> who, String screenshot) {
        Page screenshot(String name) {
            return new Page(view, path, who, name);
        }
    }

    record DialogStep(Who who, String name, String path, Runnable open) {
    }

    private static DialogStep dialog(Who who, String name, String path, Runnable open) {
        return new DialogStep(who, name, path, open);
    }

    private static Page page(Class<?> view, String path, Who... who) {
        return new Page(view, path, who.length > 0 ? EnumSet.copyOf(Arrays.asList(who)) : whoMayOpen(view, everyRole()),
                null);
    }

    /**
     * Set {@code -Dwarmpool.sweep=every-role} to check each page as every role that may open it. The
     * build checks each page once, as the role that uses it most (a participant, then an instructor,
     * then the front desk, then an administrator): the page is the same view for each, and every
     * role's own menu is checked on its home page. This keeps the build within its time budget.
     */
    static boolean everyRole() {
        // A method, not a constant: PAGES, above, is made before a constant declared here would be.
        return "every-role".equals(System.getProperty("warmpool.sweep"));
    }

    /** From the view's annotation: an anonymous page is checked once, by an anonymous visitor. */
    private static Set<Who> whoMayOpen(Class<?> view, boolean everyRole) {
        Set<Who> all = everyoneWhoMayOpen(view);
        if (everyRole || view.isAnnotationPresent(PermitAll.class) || all.size() == 1) {
            return all;
        }
        for (Who first : List.of(Who.PARTICIPANT, Who.INSTRUCTOR, Who.FRONT_DESK, Who.ADMIN)) {
            if (all.contains(first)) {
                return EnumSet.of(first);
            }
        }
        return all;
    }

    private static Set<Who> everyoneWhoMayOpen(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return EnumSet.of(Who.ANONYMOUS);
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            throw new IllegalStateException(view.getSimpleName() + " has no access annotation");
        }
        return Arrays.stream(roles.value()).map(role -> switch (role) {
            case Roles.ADMIN -> Who.ADMIN;
            case Roles.FRONT_DESK -> Who.FRONT_DESK;
            case Roles.INSTRUCTOR -> Who.INSTRUCTOR;
            case Roles.PARTICIPANT -> Who.PARTICIPANT;
            default -> throw new IllegalStateException("Unknown role " + role);
        }).collect(Collectors.toCollection(() -> EnumSet.noneOf(Who.class)));
    }
}
