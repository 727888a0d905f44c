package org.warmpool.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class ParticipantJourneyIT extends BrowserTest {

    @Test
    void aNewParticipantRegistersInTheBrowserLogsInAndStartsTheIntake() {
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        open("register");
        waitForText("h1", "Create an account");
        assertAccessible();

        type("Full name", "Nora Newcomer");
        type("E-mail", email);
        type("Password", "warm water on tuesday");
        type("Date of birth", "17/05/1960");
        type("Emergency contact: name", "Sam Newcomer");
        type("Emergency contact: phone", "0161 496 0000");
        driver.findElement(By.cssSelector("#consent input")).sendKeys(Keys.SPACE); // by keyboard, as many do
        wait.until(page -> "true".equals(page.findElement(By.id("consent")).getDomProperty("checked")));
        click(By.id("create-account"));

        wait.until(ExpectedConditions.urlContains("login?registered"));
        waitForText("main", "Your account is ready");
        logIn(email, "warm water on tuesday");

        waitForText("h1.view-title", "My Warmpool");
        click(By.xpath("//vaadin-button[contains(., 'Tell us about your pain')]"));
        waitForText("#intake-progress", "Step 1 of 6: Your pain");
        assertAccessible();
    }

    @Test
    void aClearedDemoParticipantSeesRecommendedClassesWithReasons() {
        open("login");
        logIn("pat@warmpool.example");
        waitForText("h1.view-title", "My Warmpool");

        open("classes");
        WebElement firstCard = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#recommended .session-card")));
        assertThat(firstCard.getText()).contains("Level 1 Gentle Mobility").contains("Because your pain")
                .contains("suits spinal stenosis");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("not medical advice");
        assertAccessible();
    }

    private void type(String label, String text) {
        WebElement field = driver.findElement(By.xpath("//*[label[normalize-space(text())='" + label + "']]//input"));
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
    }
}
