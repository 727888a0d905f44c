package org.warmpool.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warmpool.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.warmpool.KaribuTest;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.participant.RegistrationForm;
import org.warmpool.participant.RegistrationForms;
import org.warmpool.participant.RegistrationService;
import org.warmpool.security.UserAccountService;

/** With e-mail on: "Forgot your password?" by e-mail, and the e-mail about a registration with a known address. */
class AccountMailTest extends KaribuTest {

    static final ServerSetup SMTP_SERVER = ServerSetupTest.SMTP.port(FreePort.find());

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(SMTP_SERVER);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_SERVER.getPort());
        registry.add("warmpool.mail.from", () -> "pool@riverside.example");
        registry.add("warmpool.clinic.name", () -> "Riverside Warm Pool");
        registry.add("warmpool.public-url", () -> "https://pool.riverside.example/");
    }

    @Autowired
    ParticipantTestData participants;
    @Autowired
    RegistrationService registration;
    @Autowired
    UserAccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    PasswordResetService resets;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void forgotPasswordEmailsASingleUseLinkAndAnswersAnUnknownAddressInTheSameWords() throws Exception {
        Registered ana = participants.register("Ana Mail Reset");
        navigate("forgot-password");

        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail")), ana.email().toUpperCase());
        _click(_get(Button.class, spec -> spec.withText("Send me a link")));
        String answerForAna = _get(Paragraph.class, spec -> spec.withId("reset-requested")).getText();

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = single(mailsTo(ana.email()));
        assertThat(mail.getSubject()).isEqualTo("Riverside Warm Pool: Choose a new password");
        String text = text(mail);
        assertThat(text).contains("The link works once, until").contains("(1 hour)");
        Matcher link = Pattern.compile("https://pool\\.riverside\\.example/reset-password/([A-Za-z0-9_-]+)")
                .matcher(text);
        assertThat(link.find()).as("a link to the configured address in: %s", text).isTrue();

        navigate("forgot-password");
        String stranger = "nobody-" + UUID.randomUUID() + "@example.org";
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail")), stranger);
        _click(_get(Button.class, spec -> spec.withText("Send me a link")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-requested")).getText()).isEqualTo(answerForAna);

        assertThat(resets.reset(link.group(1), "lilac otters swim at dawn")).isEqualTo(ana.email());
        assertThat(passwordEncoder.matches("lilac otters swim at dawn",
                accounts.findByEmail(ana.email()).orElseThrow().getPasswordHash())).isTrue();
        Thread.sleep(500);
        assertThat(mailsTo(stranger)).isEmpty();
        assertThat(mailsTo(ana.email())).extracting(AccountMailTest::subject)
                .contains("Riverside Warm Pool: Your password was changed");
    }

    @Test
    void registeringWithAnAddressThatHasAnAccountChangesNothingAndTellsTheOwner() throws Exception {
        Registered rita = participants.register("Rita Owner");
        String ritasHash = accounts.findByEmail(rita.email()).orElseThrow().getPasswordHash();
        RegistrationForm stranger = RegistrationForms.form("Someone Else");
        stranger.setEmail(rita.email().toUpperCase());
        stranger.setPassword("another warm afternoon");

        registration.registerOrTellOwner(stranger, "192.0.2.2");

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = single(mailsTo(rita.email()));
        assertThat(mail.getSubject()).isEqualTo("Riverside Warm Pool: Someone tried to register with your e-mail "
                + "address");
        assertThat(text(mail)).startsWith("Hello " + rita.name() + ",")
                .contains("You have an account with this address already, so nothing was changed.")
                .contains("Forgot your password?");
        assertThat(accounts.findByEmail(rita.email()).orElseThrow().getPasswordHash()).isEqualTo(ritasHash);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant WHERE email = ?", Integer.class,
                rita.email())).isEqualTo(1);
    }

    @Test
    void aNewInstructorIsInvitedByEmailAndChoosesTheirOwnPasswordWithTheLink() throws Exception {
        String email = "ivy-" + UUID.randomUUID().toString().substring(0, 8) + "@warmpool.example";
        login("admin@warmpool.example", org.warmpool.security.Role.ADMIN);
        navigate("instructors");

        _click(_get(Button.class, spec -> spec.withText("New instructor")));
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Name")),
                "Ivy Instructor");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail")), email);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(notificationTexts()).anyMatch(t -> t.contains("Ivy Instructor is added. An invitation to choose "
                + "a password was e-mailed to " + email + "."));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs();
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        Thread.sleep(300);
        MimeMessage mail = single(mailsTo(email));
        assertThat(mail.getSubject()).isEqualTo("Riverside Warm Pool: Your account");
        String text = text(mail);
        assertThat(text).contains("An account (instructor) has been made for you").contains("(7 days)");
        Matcher link = Pattern.compile("https://pool\\.riverside\\.example/reset-password/([A-Za-z0-9_-]+)")
                .matcher(text);
        assertThat(link.find()).as("a link to the configured address in: %s", text).isTrue();

        assertThat(resets.reset(link.group(1), "lilac otters swim at dawn")).isEqualTo(email);
        assertThat(passwordEncoder.matches("lilac otters swim at dawn",
                accounts.findByEmail(email).orElseThrow().getPasswordHash())).isTrue();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws Exception {
        return String.valueOf(message.getContent()).replace("\r\n", "\n").strip();
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
