package org.warmpool.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.warmpool.base.RuleViolationException;
import org.warmpool.booking.BookingService;
import org.warmpool.participant.IntakeService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.SystemTasks;

/**
 * The screens of booking, messages and progress in a real browser, each checked with axe-core
 * (WCAG 2.1 A and AA) as the demo clinic's users see them.
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

    private void visit(String path, String title) {
        open(path);
        wait.until(ExpectedConditions.titleContains(title));
        assertAccessible();
    }

    @Test
    void theFrontDesksCheckInAndReports() {
        open("login");
        logIn("desk@warmpool.example");
        waitForText("h1.view-title", "Front desk");

        visit("check-in", "Check-in");
        visit("reports", "Reports");
        waitForText("main", "late cancellation");
    }

    @Test
    void aParticipantsBookingsMessagesAndProgress() {
        open("login");
        logIn("pat@warmpool.example");
        waitForText("h1.view-title", "My Warmpool");

        visit("my-bookings", "My bookings");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Booked");
        visit("messages", "Messages");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Your place is booked");
        visit("my-progress", "My progress");
    }

    @Test
    void anInstructorsRosterLeadsToThePainCheckIn() {
        long sessionId = aClassOfAnaWithLeeBooked();
        open("login");
        logIn("ana@warmpool.example");
        waitForText("h1.view-title", "My schedule");

        open("roster/" + sessionId);
        waitForText("#roster", "Lee Wong");
        assertAccessible();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("pain-check-in"))).click();
        wait.until(ExpectedConditions.titleContains("Pain check-in"));
        waitForText("main", "Lee Wong");
        assertAccessible();
    }

    /** The front desk books Lee into one of Ana's coming classes (her gentle levels need an override). */
    private long aClassOfAnaWithLeeBooked() {
        long[] booked = {-1};
        SystemTasks.runAsStaff(() -> {
            long lee = intakes.search("Lee Wong", PageRequest.of(0, 1)).get(0).id();
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
