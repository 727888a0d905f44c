package org.warmpool.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.booking.BookingTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduledSession;

class BookingJourneyIT extends BrowserTest {

    private static final String PASSWORD = "warm water on tuesday"; // what the test participants are given

    @Autowired
    private BookingTestData data;

    @Test
    void aClearedParticipantBooksARecommendedClassSeesItInMyBookingsAndCancelsIt() {
        ScheduledSession session = data.levelTwo(6, 3, "10:00");
        Registered bea = data.cleared("Bea Browser");
        String pool = session.poolName();
        String when = session.date().format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK)) + " at 10:00";

        open("login");
        logIn(bea.email(), PASSWORD);
        waitForText("h1.view-title", "My Warmpool");
        assertThat(driver.findElement(By.id("my-bookings-link")).getText()).startsWith("My bookings");

        open("classes");
        WebElement card = cardIn("#recommended", pool);
        WebElement book = card.findElement(By.xpath(".//vaadin-button[normalize-space(.)='Book']"));
        assertThat(book.getAttribute("aria-label")).isEqualTo("Book Level 2 Stretch & Strengthen on " + when);
        assertAccessible();
        book.click();

        waitForText("vaadin-notification-card", "Booked: Level 2 Stretch & Strengthen, " + when);
        wait.until(page -> cardIn("#recommended", pool).getText().contains("Booked"));
        assertAccessible();

        driver.findElement(By.cssSelector("vaadin-side-nav-item[path='my-bookings']")).click();
        waitForText("h1.view-title", "My bookings");
        WebElement booking = cardIn("#upcoming", pool);
        assertThat(booking.getText()).contains("Level 2 Stretch & Strengthen").contains("Booked");
        assertAccessible();

        booking.findElement(By.xpath(".//vaadin-button[contains(., 'Cancel my place')]")).click();
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")));
        waitForText("vaadin-confirm-dialog-overlay", "Cancel your place?");
        confirm.click();

        waitForText("vaadin-notification-card", "Your place is cancelled: Level 2 Stretch & Strengthen on " + when);
        wait.until(page -> cardIn("#upcoming", pool).getText().contains("Cancelled"));
        assertThat(cardIn("#upcoming", pool).findElements(By.tagName("vaadin-button"))).isEmpty();
        assertAccessible();
    }

    /** The one card in this list for a session in this pool (each test has a pool of its own). */
    private WebElement cardIn(String listSelector, String pool) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='" + listSelector.substring(1) + "']/li[contains(., '" + pool + "')]")));
    }
}
