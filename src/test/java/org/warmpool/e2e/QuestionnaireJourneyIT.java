package org.warmpool.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A participant answers the back-pain questionnaire on a phone-sized window and sees the score. */
class QuestionnaireJourneyIT extends BrowserTest {

    @Test
    void onAPhoneTheParticipantAnswersYesOrNoAndSeesTheScoreOnMyProgress() {
        driver.manage().window().setSize(new Dimension(360, 800));
        open("login");
        logIn("sam@warmpool.example");
        waitForText("h1.view-title", "My Warmpool");
        click(driver.findElement(By.id("questionnaire-due-link")));

        List<WebElement> questions = wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("vaadin-radio-group.yes-no"), 24));
        assertAccessible();
        // Nothing horizontal to scroll at 360 px.
        Object wide = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(wide).isEqualTo(false);
        for (int i = 0; i < questions.size(); i++) {
            String answer = i < 3 ? "Yes" : "No";
            WebElement radio = questions.get(i).findElement(
                    By.xpath(".//vaadin-radio-button[.//label[normalize-space(.)='" + answer + "']]"));
            click(radio);
        }
        WebElement send = driver.findElement(By.id("send-questionnaire"));
        click(send);

        wait.until(ExpectedConditions.urlContains("my-progress"));
        waitForText("#outcome-table", "3 of 24");
        assertThat(driver.findElement(By.id("outcome-scores")).getText()).contains("Roland-Morris: 3 on ");
        assertAccessible();
    }
}
