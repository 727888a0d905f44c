package org.warmpool.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduledSession;

class BookingJourneyIT extends BrowserTest {

    private static final String PASSWORD = "warm water on tuesday"; // what the test participants are given

    @Autowired
    private BookingTestData data;
    @Autowired
    private BookingService bookings;

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
        WebElement card = recommendedCard(pool);
        WebElement book = card.findElement(By.xpath(".//vaadin-button[normalize-space(.)='Book']"));
        assertThat(book.getAttribute("aria-label")).isEqualTo("Book Level 2 Stretch & Strengthen on " + when);
        checkAccessible();
        click(book);

        waitForText("vaadin-notification-card", "Booked: Level 2 Stretch & Strengthen, " + when);
        wait.until(page -> recommendedCard(pool).getText().contains("Booked"));
        checkAccessible();

        click(By.cssSelector("vaadin-side-nav-item[path='my-bookings']"));
        waitForText("h1.view-title", "My bookings");
        WebElement booking = cardIn("#upcoming", pool);
        assertThat(booking.getText()).contains("Level 2 Stretch & Strengthen").contains("Booked");
        checkAccessible();

        click(booking.findElement(By.xpath(".//vaadin-button[contains(., 'Cancel my place')]")));
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-cancel")));
        WebElement dialog = deepFind("e.localName === 'vaadin-dialog' && e.opened");
        assertThat(dialog.getDomProperty("headerTitle")).isEqualTo("Cancel your place?");
        assertThat(confirm.getText()).isEqualTo("Cancel my place");
        click(confirm);

        waitForText("vaadin-notification-card", "Your place is cancelled: Level 2 Stretch & Strengthen on " + when);
        // The cancelled place leaves "Coming up" for the list of cancelled places, without a button.
        wait.until(page -> cardIn("#cancelled", pool).getText().contains("Cancelled"));
        assertThat(cardIn("#cancelled", pool).findElements(By.tagName("vaadin-button"))).isEmpty();
        assertThat(driver.findElements(By.xpath("//*[@id='upcoming']/li[contains(., '" + pool + "')]"))).isEmpty();
        checkAccessible();
    }

    /**
     * On a phone: closing the cancel dialog (with its button or Esc) puts the keyboard back on the
     * button that opened it; the confirmation toast then stays clear of the navigation bar, fits the
     * screen, is the only one, and closes by itself.
     */
    @Test
    void onAPhoneFocusComesBackAfterTheDialogAndTheToastLeavesTheNavigationFree() {
        ScheduledSession session = data.levelTwo(6, 3, "11:00");
        Registered cy = data.cleared("Cy Phone");
        BookingTestData.as(cy, () -> bookings.bookForMe(session.id(), false));
        String pool = session.poolName();
        driver.manage().window().setSize(new Dimension(360, 740));
        open("login");
        logIn(cy.email(), PASSWORD);
        waitForText("h1.view-title", "My Warmpool");
        open("my-bookings");
        WebElement opener = cardIn("#upcoming", pool).findElement(By.xpath(".//vaadin-button[contains(., 'Cancel my place')]"));

        click(opener);
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-button[normalize-space(.)='Keep my place']"))));
        wait.until(page -> opener.equals(((JavascriptExecutor) page).executeScript("return document.activeElement;")));

        click(opener);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-cancel")));
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(page -> opener.equals(((JavascriptExecutor) page).executeScript("return document.activeElement;")));

        click(opener);
        click(By.id("confirm-cancel"));
        WebElement toast = waitForText("vaadin-notification-card", "Your place is cancelled");
        assertThat(driver.findElements(By.cssSelector("vaadin-notification-card"))).hasSize(1);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> where = (java.util.Map<String, Number>) ((JavascriptExecutor) driver).executeScript(
                "const toast = arguments[0].getBoundingClientRect();"
                + "const bar = document.querySelector('vaadin-drawer-toggle').closest('[slot=navbar]')"
                + " || document.querySelector('vaadin-drawer-toggle');"
                + "const nav = bar.getBoundingClientRect();"
                + "return {top: toast.top, bottom: toast.bottom, left: toast.left, right: toast.right,"
                + " navBottom: nav.bottom, width: window.innerWidth, height: window.innerHeight};", toast);
        assertThat(where.get("top").doubleValue()).as("the toast below the navigation bar")
                .isGreaterThanOrEqualTo(where.get("navBottom").doubleValue());
        assertThat(where.get("left").doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(where.get("right").doubleValue()).isLessThanOrEqualTo(where.get("width").doubleValue());
        assertThat(where.get("bottom").doubleValue()).isLessThanOrEqualTo(where.get("height").doubleValue());
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-notification-card")));
    }

    /**
     * Waits until the confirmations have gone and no overlay is fading in or out: axe reads a fading
     * text as pale, and a confirmation may start fading out while it is being checked.
     */
    private void settle() {
        wait.until(page -> page.findElements(By.cssSelector("vaadin-notification-card, [opening], [closing]"))
                .isEmpty());
    }

    private void checkAccessible() {
        settle();
        assertAccessible();
    }

    /** The first element, also inside shadow roots, for which the JavaScript condition on {@code e} holds. */
    private WebElement deepFind(String condition) {
        return (WebElement) ((JavascriptExecutor) driver).executeScript("const found = [];"
                + "(function walk(root) { root.querySelectorAll('*').forEach(e => {"
                + " if (" + condition + ") found.push(e); if (e.shadowRoot) walk(e.shadowRoot); }); })(document);"
                + "return found.length ? found[0] : null;");
    }

    /**
     * The card of the class in this pool among the recommended ones; the list shows the first few,
     * so "Show more" is pressed while it is not among them.
     */
    private WebElement recommendedCard(String pool) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recommended")));
        By card = By.xpath("//*[@id='recommended']/li[contains(., '" + pool + "')]");
        // "Show more" adds a few at a time: pressed until the card shows or every class does.
        while (driver.findElements(card).isEmpty() && !driver.findElements(By.id("show-more")).isEmpty()) {
            int before = driver.findElements(By.xpath("//*[@id='recommended']/li")).size();
            click(driver.findElement(By.id("show-more")));
            wait.until(d -> d.findElements(By.xpath("//*[@id='recommended']/li")).size() > before);
        }
        return cardIn("#recommended", pool);
    }

    /** The one card in this list for a session in this pool (each test has a pool of its own). */
    private WebElement cardIn(String listSelector, String pool) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='" + listSelector.substring(1) + "']/li[contains(., '" + pool + "')]")));
    }
}
