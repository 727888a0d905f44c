package org.warmpool.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The app runs under its Content-Security-Policy: pages work and the browser refuses nothing. */
class ContentSecurityPolicyIT extends BrowserTest {

    @Test
    void theFrontDeskWorksThroughSeveralPagesWithoutTheBrowserRefusingAnything() {
        open("login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        logIn("desk@warmpool.example");
        waitForText("h1.view-title", "Front desk");

        open("schedule");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.view-title")));
        open("participants");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-field")));
        driver.findElement(By.cssSelector("vaadin-text-field input")).sendKeys("Pat");
        waitForText("main", "Pat Morgan");

        assertThat(contentSecurityPolicyComplaints()).isEmpty();
    }
}
