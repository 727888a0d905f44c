package org.warmpool.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The schedule's layout as the theme draws it: seven day columns side by side on a 1280 px screen,
 * one day with day buttons on a 360 px phone, nothing wider than the screen; there the filters unfold
 * and the pool filter works by keyboard.
 */
class ScheduleWeekIT extends BrowserTest {

    @Test
    void sevenColumnsOnADesktopAndOneDayWithDayButtonsOnAPhone() {
        open("login");
        logIn("desk@warmpool.example");
        waitForText("h1.view-title", "Front desk");
        open("schedule");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".schedule-view .day"), 7));

        List<Map<String, Object>> columns = boxes(".schedule-view .day");
        assertThat(columns).extracting(box -> box.get("top")).as("one row").containsOnly(columns.get(0).get("top"));
        for (int i = 1; i < 7; i++) {
            assertThat(number(columns.get(i), "left")).isGreaterThan(number(columns.get(i - 1), "left"));
        }
        assertThat(number(columns.get(6), "right")).isLessThanOrEqualTo(viewportWidth());
        assertThat(driver.findElements(By.cssSelector(".schedule-view .day h3"))).last()
                .satisfies(sunday -> assertThat(sunday.getText()).startsWith("Sunday "));
        assertThat(driver.findElement(By.cssSelector(".schedule-view .day-picker")).isDisplayed()).isFalse();
        assertThat(boxes(".schedule-view .session-open")).isNotEmpty()
                .allSatisfy(card -> assertThat(number(card, "height")).isGreaterThanOrEqualTo(44));
        // A card is one button, named by its lines with the words kept apart ("09:00-09:45 Level 1 ...").
        WebElement card = driver.findElement(By.cssSelector(".schedule-view .session-open"));
        List<String> lines = card.findElements(By.tagName("span")).stream().map(WebElement::getText).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
        assertThat(card.getAccessibleName()).isEqualTo(String.join(" ", lines));
        assertThat(pageWidth()).isLessThanOrEqualTo(viewportWidth());

        driver.manage().window().setSize(new Dimension(360, 740));
        wait.until(driver -> driver.findElement(By.cssSelector(".schedule-view .day-picker")).isDisplayed());
        assertThat(driver.findElement(By.id("schedule-filters")).isDisplayed()).as("filters folded").isFalse();
        assertThat(shownDays()).singleElement()
                .satisfies(day -> assertThat(day.getAttribute("class")).contains("today"));
        List<WebElement> buttons = driver.findElements(By.cssSelector(".schedule-view .day-button"));
        assertThat(buttons).hasSize(7);
        assertThat(buttons).allSatisfy(button -> assertThat(button.getAccessibleName()).matches("[A-Z][a-z]{2} \\d{1,2}"));
        assertThat(boxes(".schedule-view .day-button"))
                .allSatisfy(button -> assertThat(number(button, "height")).isGreaterThanOrEqualTo(44));
        WebElement other = buttons.stream().filter(b -> "false".equals(b.getAttribute("aria-pressed")))
                .findFirst().orElseThrow();
        String otherDay = other.getAttribute("title").split(":")[0];
        click(other);
        wait.until(driver -> "true".equals(other.getAttribute("aria-pressed")));
        wait.until(driver -> shownDays().size() == 1
                && shownDays().get(0).findElement(By.tagName("h3")).getText().equals(otherDay));
        assertThat(pageWidth()).isLessThanOrEqualTo(viewportWidth());

        // The filters unfold; the pool and the level share a row, each at least 44 px high.
        click(By.cssSelector(".schedule-view .filters-toggle"));
        wait.until(driver -> driver.findElement(By.id("schedule-filters")).isDisplayed());
        Map<String, Object> poolBox = boxes("#schedule-filters vaadin-combo-box").get(0);
        Map<String, Object> levelBox = boxes("#schedule-filters vaadin-select").get(0);
        assertThat(poolBox.get("top")).isEqualTo(levelBox.get("top"));
        assertThat(List.of(poolBox, levelBox)).allSatisfy(box -> {
            assertThat(number(box, "height")).isGreaterThanOrEqualTo(44);
            assertThat(number(box, "right")).isLessThanOrEqualTo(viewportWidth());
        });
        // The pool filter by keyboard: named "Pool", empty for all pools; typing part of a name offers
        // that pool, Enter chooses it, Escape empties the field again.
        WebElement pool = driver.findElement(By.cssSelector("#schedule-filters vaadin-combo-box input"));
        assertThat(pool.getAccessibleName()).isEqualTo("Pool");
        assertThat(pool.getAttribute("placeholder")).isEqualTo("All pools");
        assertThat(poolsOnCards()).contains("Therapy pool", "Exercise pool");
        pool.sendKeys("exer");
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .map(WebElement::getText).toList().equals(List.of("Exercise pool")));
        pool.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(driver -> poolsOnCards().equals(List.of("Exercise pool")));
        assertThat(driver.findElement(By.cssSelector(".schedule-found")).getText())
                .endsWith("match the filters this week.");
        pool.sendKeys(Keys.ESCAPE);
        wait.until(driver -> poolsOnCards().contains("Therapy pool"));
        assertThat(pool.getAttribute("value")).isEmpty();
        assertThat(pageWidth()).isLessThanOrEqualTo(viewportWidth());
    }

    /**
     * Someone books a place on the class whose card has the keyboard focus: the card shows the new
     * places at once and keeps the focus, and Enter still opens that class.
     */
    @Test
    void aCardKeepsTheFocusWhenItsPlacesChangeAndEnterOpensIt() {
        open("login");
        logIn("desk@warmpool.example");
        waitForText("h1.view-title", "Front desk");
        open("schedule");
        // Next week: every class there is still ahead, whatever the day today.
        click(By.xpath("//vaadin-button[normalize-space(.)='Next week']"));
        String nextWeek = "Week of " + mondayAfter().format(org.warmpool.base.ClinicFormats.DATE_LONG_YEAR);
        wait.until(driver -> driver.findElement(By.cssSelector(".schedule-view h2")).getText().equals(nextWeek)
                && !driver.findElements(By.cssSelector(".schedule-view .session-open")).isEmpty());
        WebElement card = driver.findElements(By.cssSelector(".schedule-view .session-open")).stream()
                .filter(button -> button.getText().contains(" left")).findFirst().orElseThrow();
        long sessionId = Long.parseLong(card.getAttribute("data-session"));
        String before = card.findElement(By.cssSelector(".session-places")).getText();
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", card);

        bookSomeoneOn(sessionId);

        String selector = ".schedule-view .session-open[data-session='" + sessionId + "']";
        wait.until(driver -> !before.equals(((JavascriptExecutor) driver).executeScript(
                "return document.querySelector(arguments[0]).textContent", selector + " .session-places")));
        assertThat(((JavascriptExecutor) driver).executeScript(
                "return document.activeElement.getAttribute('data-session')")).isEqualTo(String.valueOf(sessionId));
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));
        assertThat(driver.findElement(By.cssSelector("vaadin-dialog-overlay")).getText())
                .contains(driver.findElement(By.cssSelector(selector + " .session-time")).getText());
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.warmpool.booking.BookingService bookings;
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock clock;

    private java.time.LocalDate mondayAfter() {
        return java.time.LocalDate.now(clock).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
    }

    /** The front desk books one of the demo participants who may take the class (with a level override if asked). */
    private void bookSomeoneOn(long sessionId) {
        List<Long> participants = jdbc.queryForList("select id from participant order by id", Long.class);
        for (long participant : participants) {
            try {
                org.warmpool.security.SystemTasks.runAsStaff(
                        () -> bookings.bookFor(participant, sessionId, false, "Checked with the physiotherapist"));
                return;
            } catch (org.warmpool.base.RuleViolationException notThisOne) {
                // the next participant
            }
        }
        throw new AssertionError("No demo participant could book class " + sessionId);
    }

    /** The pools of the week's cards, shown or not (a phone shows one day), each once. */
    @SuppressWarnings("unchecked")
    private List<String> poolsOnCards() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return [...new Set(Array.from(document.querySelectorAll('.schedule-view .session-pool'))
                    .map(e => e.textContent))].sort();""");
    }

    private List<WebElement> shownDays() {
        return driver.findElements(By.cssSelector(".schedule-view .day")).stream().filter(WebElement::isDisplayed)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> boxes(String selector) {
        return (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll(arguments[0])).map(e => {
                  const r = e.getBoundingClientRect();
                  return {top: Math.round(r.top), left: r.left, right: r.right, height: r.height};
                });""", selector);
    }

    private long viewportWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth");
    }

    private long pageWidth() {
        // The page, and the schedule inside the layout's scrolling content area.
        return ((Number) ((JavascriptExecutor) driver).executeScript("""
                const view = document.querySelector('.schedule-view');
                return Math.max(document.documentElement.scrollWidth,
                    Math.floor(view.getBoundingClientRect().left + view.scrollWidth));""")).longValue();
    }

    private static double number(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }
}
