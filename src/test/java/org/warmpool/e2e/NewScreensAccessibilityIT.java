package org.warmpool.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.warmpool.base.RuleViolationException;
import org.warmpool.booking.BookingService;
import org.warmpool.participant.Condition;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.PainDuration;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.RegistrationForm;
import org.warmpool.participant.RegistrationService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.SystemTasks;

/**
 * Journeys through the screens in a real browser, each step checked with axe-core (WCAG 2.1 A and
 * AA) as the demo clinic's users see them. Every page and main dialog as such is in
 * {@link AccessibilitySweepIT}.
 */
class NewScreensAccessibilityIT extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock clock;

    @Autowired
    ScheduleService schedule;
    @Autowired
    BookingService bookings;
    @Autowired
    IntakeService intakes;
    @Autowired
    ParticipantRecordService records;
    @Autowired
    RegistrationService registration;

    @Test
    void anInstructorsRosterLeadsToThePainCheckIn() {
        long sessionId = aClassOfAnaWithLeeBooked();
        open("login");
        logIn("ana@warmpool.example");
        waitForText("h1.view-title", "My schedule");

        open("roster/" + sessionId);
        waitForText("#roster", "Lee Wong");
        assertAccessible();
        click(By.id("pain-check-in"));
        wait.until(ExpectedConditions.titleContains("Pain check-in"));
        waitForText("main", "Lee Wong");
        assertAccessible();
    }

    @Test
    void theAdministratorsBackupsPageOnTheTestDatabaseInMemory() throws IOException {
        open("login");
        logIn("admin@warmpool.example");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));

        open("backups");
        wait.until(ExpectedConditions.titleContains("Backups"));
        // The browser tests run on an in-memory H2 database: there is no database file to copy,
        // so the page explains that and offers no "Back up now" button.
        WebElement notAvailable = waitForText("#backups-not-available", "built-in database file");
        assertThat(notAvailable.getText()).contains("a database in memory").contains("pg_dump");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Back up now");
        assertThat(driver.findElements(By.xpath("//vaadin-button[contains(., 'Back up now')]"))).isEmpty();
        assertAccessible();
        screenshots("backups");
    }

    @Test
    void theFrontDeskRecordsThatADoctorHasSeenTheWalkInWithARedFlag() throws IOException {
        long rita = participantNamed("Rita Evans");
        open("login");
        logIn("desk@warmpool.example");
        waitForText("h1.view-title", "Front desk");

        open("participant/" + rita);
        waitForText("#red-flag-badge", "Red flag: refer to a doctor");
        waitForText("#doctor-seen-form h2", "Record that a doctor has seen this person");
        assertAccessible();
        screenshots("participant-red-flag");

        // The date alone: the doctor's name is missing, and the field says so.
        LocalDate today = LocalDate.now(clock);
        WebElement date = field("vaadin-date-picker", "Date the doctor saw them").findElement(By.tagName("input"));
        date.sendKeys(today.format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        date.sendKeys(Keys.ENTER); // the typed date is taken and the calendar closes
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-date-picker-overlay")));
        click(By.id("record-doctor-seen"));
        WebElement doctor = field("vaadin-text-field", "Doctor's name");
        wait.until(ExpectedConditions.attributeToBe(doctor, "invalid", "true"));
        assertThat(doctor.findElement(By.cssSelector("[slot='error-message']")).getText())
                .isEqualTo("Enter the doctor's name");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Exception")
                .contains("Record that a doctor has seen this person");
        assertAccessible();
        screenshots("participant-red-flag-missing-name");

        typeInto(doctor, "Dr Amy Shaw");
        click(By.id("record-doctor-seen"));
        WebElement seen = waitForText("#doctor-seen", "Dr Amy Shaw");
        assertThat(seen.getText()).contains("Seen by a doctor about the red flag on "
                + today.format(DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)));
        assertThat(driver.findElements(By.id("doctor-seen-form"))).isEmpty();
        assertThat(driver.findElements(By.id("red-flag-badge"))).isEmpty();
        // The whole page's words: getText() leaves out what is scrolled out of the layout's content area.
        assertThat((String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.querySelector('main').textContent;")).contains("May book")
                .contains("Classes recommended for Rita Evans");
        assertAccessible();
        screenshots("participant-doctor-seen");
    }

    @Test
    void aParticipantAnswersTheSafetyQuestionsIncludingSciaticaInBothLegs() throws IOException {
        String email = "safety-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = registered("Sid Safety", email, "warm water on friday");
        SystemTasks.runAsStaff(() -> {
            intakes.savePain(id, 5, PainDuration.TWELVE_WEEKS_OR_MORE, null);
            intakes.saveCause(id, Condition.HERNIATED_DISC);
        });
        open("login");
        logIn(email, "warm water on friday");
        waitForText("h1.view-title", "My Warmpool");

        open("intake");
        waitForText("#intake-progress", "Step 3 of 6: Safety questions");
        WebElement sciatica = driver.findElement(By.xpath(
                "//vaadin-radio-group[label[contains(., 'sciatica') and contains(., 'in both legs')]]"));
        assertThat(sciatica.findElements(By.tagName("vaadin-radio-button"))).extracting(WebElement::getText)
                .containsExactly("Yes", "No");
        assertAccessible();
        // On a phone the question wraps over lines: none is cut off with an ellipsis.
        driver.manage().window().setSize(new Dimension(360, 740));
        wait.until(page -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) page).executeScript(
                "const part = arguments[0].shadowRoot.querySelector('[part=label]');"
                + "const label = arguments[0].querySelector('label');"
                + "return window.innerWidth <= 360 && part.scrollWidth <= part.clientWidth"
                + " && label.scrollWidth <= label.clientWidth;", sciatica)));
        screenshots("intake-safety");
    }

    private long participantNamed(String name) {
        long[] id = {-1};
        SystemTasks.runAsStaff(() -> id[0] = records.search(name, PageRequest.of(0, 1)).get(0).id());
        return id[0];
    }

    private long registered(String name, String email, String password) {
        RegistrationForm form = new RegistrationForm();
        form.setFullName(name);
        form.setEmail(email);
        form.setPassword(password);
        form.setDateOfBirth(LocalDate.of(1955, 3, 14));
        form.setEmergencyContactName("Family of " + name);
        form.setEmergencyContactPhone("0161 496 0001");
        form.setConsent(true);
        return registration.register(form).getId();
    }

    /** A field of the page by the text of its visible label. */
    private WebElement field(String tag, String label) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//" + tag + "[label[normalize-space(.)=\"" + label + "\"]]")));
    }

    private static void typeInto(WebElement field, String text) {
        WebElement input = field.findElement(By.tagName("input"));
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** Elements of the view that stick out to the right of the window: the page would scroll sideways. */
    @SuppressWarnings("unchecked")
    private List<String> widerThanThePhone() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const width = document.documentElement.clientWidth;"
                + "return [...document.querySelectorAll('main *')]"
                + ".filter(e => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > width + 1)"
                + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + " + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ').join('.') : '')"
                + " + ' ' + Math.round(e.getBoundingClientRect().right));");
    }

    /** The screen as a desktop and a phone show it, in target/screenshots, to look at by eye. */
    private void screenshots(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(360, 740))) {
            driver.manage().window().setSize(size);
            long width = size.getWidth();
            wait.until(page -> ((Number) ((org.openqa.selenium.JavascriptExecutor) page)
                    .executeScript("return window.innerWidth")).longValue() <= width);
            try {
                Thread.sleep(500); // the layout settles at the new width
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            if (size.getWidth() == 360) {
                assertThat(widerThanThePhone()).as("parts of the " + name + " screen wider than a 360 px phone")
                        .isEmpty();
            }
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, folder.resolve(name + "-" + size.getWidth() + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** The front desk books Lee into one of Ana's coming classes (her gentle levels need an override). */
    private long aClassOfAnaWithLeeBooked() {
        long[] booked = {-1};
        SystemTasks.runAsStaff(() -> {
            long lee = records.search("Lee Wong", PageRequest.of(0, 1)).get(0).id();
            List<ScheduledSession> coming = new ArrayList<>(schedule.week(LocalDate.now(clock), null));
            coming.addAll(schedule.week(LocalDate.now(clock).plusWeeks(1), null));
            for (ScheduledSession session : coming) {
                if (booked[0] > 0 || !"Ana Costa".equals(session.instructorName())
                        || !session.date().isAfter(LocalDate.now(clock))) {
                    continue;
                }
                try {
                    bookings.bookFor(lee, session.id(), false, "A place on Ana's class for the browser test");
                    booked[0] = session.id();
                } catch (RuleViolationException fullOrAtTheSameTime) {
                    // the next of Ana's classes
                }
            }
        });
        assertThat(booked[0]).as("Lee booked on one of Ana's classes").isPositive();
        return booked[0];
    }
}
