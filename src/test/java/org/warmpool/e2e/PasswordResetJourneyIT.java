package org.warmpool.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.warmpool.participant.RegistrationForm;
import org.warmpool.participant.RegistrationService;

/** Forgot password in a real browser: the link in the e-mail, a new password, and logging in with it. */
class PasswordResetJourneyIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
        registry.add("warmpool.mail.from", () -> "pool@riverside.example");
        registry.add("warmpool.public-url", () -> "https://pool.riverside.example");
    }

    @Autowired
    RegistrationService registration;

    @Test
    void aParticipantWhoForgotThePasswordGetsALinkByEmailChoosesANewOneAndLogsInWithIt() throws Exception {
        String email = "rosa-" + UUID.randomUUID() + "@example.org";
        register("Rosa Reset", email, "warm water on tuesday");

        open("login");
        click(By.id("forgot-password"));
        wait.until(ExpectedConditions.urlContains("forgot-password"));
        field("vaadin-email-field", "E-mail").findElement(By.tagName("input")).sendKeys(email);
        click(By.id("send-reset-link"));
        waitForText("#reset-requested", "If an account uses this address");

        assertThat(SMTP.waitForIncomingEmail(20_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        Matcher link = Pattern.compile("https://pool\\.riverside\\.example/(reset-password/[A-Za-z0-9_-]+)")
                .matcher(String.valueOf(mail.getContent()));
        assertThat(link.find()).isTrue();

        open(link.group(1));
        field("vaadin-password-field", "New password").findElement(By.tagName("input"))
                .sendKeys("lilac otters swim at dawn");
        field("vaadin-password-field", "The same password again").findElement(By.tagName("input"))
                .sendKeys("lilac otters swim at dawn");
        click(By.id("save-new-password"));
        waitForText("#password-saved", "Your new password is saved");

        open("login");
        logIn(email, "lilac otters swim at dawn");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-account")));
        assertThat(driver.getCurrentUrl()).doesNotContain("error");
    }

    private void register(String name, String email, String password) {
        RegistrationForm form = new RegistrationForm();
        form.setFullName(name);
        form.setEmail(email);
        form.setPassword(password);
        form.setDateOfBirth(LocalDate.of(1955, 3, 14));
        form.setEmergencyContactName("Family of " + name);
        form.setEmergencyContactPhone("0161 496 0001");
        form.setConsent(true);
        registration.register(form);
    }

    /** A field of the page by the text of its visible label. */
    private WebElement field(String tag, String label) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//" + tag + "[label[normalize-space(.)=\"" + label + "\"]]")));
    }
}
