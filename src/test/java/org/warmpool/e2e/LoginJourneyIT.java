package org.warmpool.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class LoginJourneyIT extends BrowserTest {

    @Test
    void theAdminLogsInThroughTheRealFormSeesTheirHomeAndLogsOut() {
        open("");
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        assertAccessible();

        logIn("admin@warmpool.example");

        waitForText("h1.view-title", "Clinic administration");
        assertThat(driver.findElement(By.id("main-menu")).getText()).contains("Administration")
                .doesNotContain("My Warmpool");
        assertThat(driver.findElement(By.id("account-counts")).getText()).contains("Administrator: 1");
        assertAccessible();

        click(By.id("logout"));
        wait.until(ExpectedConditions.urlContains("/login"));
        open("admin");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheLoginFormWithAMessage() {
        open("login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys("pat@warmpool.example");
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("not the password");
        click(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"));

        wait.until(ExpectedConditions.urlContains("error"));
        waitForText("vaadin-login-form", "Wrong e-mail or password");
    }
}
