package org.warmpool.participant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.participant.RegistrationForms;
import org.warmpool.base.RuleViolationException;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.ParticipantSummary;
import org.warmpool.participant.RegistrationForm;
import org.warmpool.participant.RegistrationService;
import org.warmpool.security.AppUser;
import org.warmpool.security.Role;
import org.warmpool.security.UserAccountService;

class RegisterViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock clock;

    private static final String PLEASE_CORRECT = "Please correct the highlighted fields:";

    @Autowired
    private UserAccountService accounts;
    @Autowired
    private RegistrationService registration;
    @Autowired
    private ParticipantRecordService records;
    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private TestClock testClock;

    @AfterEach
    void resetClock() {
        testClock.reset();
    }

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "rita-" + UUID.randomUUID() + "@example.org";
    private final Typed rita = new Typed("Rita Register " + tag, email, "warm water on tuesday", "0161 496 0100",
            LocalDate.of(1961, 5, 14), "Tom Register", "0161 496 0101", true);

    @Test
    void anAnonymousVisitorCreatesAnAccountAndIsSentToTheLoginPage() {
        navigate("register");

        fill(rita);
        _click(createButton());

        assertThat(redirects()).containsExactly("login?registered");
        AppUser account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.getDisplayName()).isEqualTo(rita.fullName());
        assertThat(account.getRoles()).containsExactly(Role.PARTICIPANT);
        assertThat(passwordEncoder.matches(rita.password(), account.getPasswordHash())).isTrue();
        assertThat(participantsWithEmail(email)).singleElement().satisfies(participant -> {
            assertThat(participant.fullName()).isEqualTo(rita.fullName());
            assertThat(participant.phone()).isEqualTo(rita.phone());
            assertThat(participant.walkIn()).isFalse();
        });
    }

    @Test
    void anEmailThatIsRegisteredInOtherLetterCaseGetsTheSameNextPageAndChangesNothing() {
        registration.register(rita.asForm());
        String ritasHash = accounts.findByEmail(email).orElseThrow().getPasswordHash();
        Typed second = new Typed("Rita Again " + tag, email.toUpperCase(Locale.ROOT), "another warm afternoon",
                "0161 496 0199", LocalDate.of(1970, 1, 2), "Sam Again", "0161 496 0198", true);
        navigate("register");

        fill(second);
        _click(createButton());

        // The page does not tell a stranger that the address has an account: the same next page as a new one.
        assertThat(redirects()).containsExactly("login?registered");
        assertThat(accounts.findByEmail(email).orElseThrow().getDisplayName()).isEqualTo(rita.fullName());
        assertThat(accounts.findByEmail(email).orElseThrow().getPasswordHash()).isEqualTo(ritasHash);
        assertThat(participantsWithEmail(email)).extracting(ParticipantSummary::fullName)
                .containsExactly(rita.fullName());
    }

    @Test
    void theEleventhRegistrationFromOneNetworkWithinAnHourIsRefusedPolitelyAndTheFormKeepsWhatWasTyped() {
        for (int i = 0; i < 10; i++) {
            // Ten registrations from the address every Karibu request comes from.
            registration.registerOrTellOwner(RegistrationForms.form("Limit " + i), "127.0.0.1");
        }
        navigate("register");

        fill(rita);
        _click(createButton());

        assertThat(redirects()).isEmpty();
        assertThat(notificationTexts()).singleElement().asString()
                .startsWith(RegistrationService.TOO_MANY_REGISTRATIONS)
                .matches(".*try again after \\d\\d:\\d\\d, or ask the front desk to register you\\..*");
        assertThat(accounts.findByEmail(email)).as("nothing was created").isEmpty();
        assertFormHolds(rita);

        // An hour later the same click goes through.
        testClock.moveTo(testClock.instant().plus(Duration.ofMinutes(61)));
        _click(createButton());
        assertThat(redirects()).containsExactly("login?registered");
        assertThat(accounts.findByEmail(email)).isPresent();
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefusedOnItsField() {
        assertRefusedOnItsField(rita.withPassword("warm pool 1"), RegisterViewTest::passwordField,
                "Use at least 12 characters. A few words in a row are easy to remember, for example "
                        + "\"warm water on tuesday\".");
    }

    @Test
    void aWellKnownPasswordIsRefusedOnItsField() {
        assertRefusedOnItsField(rita.withPassword("password1234"), RegisterViewTest::passwordField,
                "This password is too well known or too easy to guess. This is a very common password. Add "
                        + "another word or two. Uncommon words are better.");
    }

    @Test
    void anEmailWithoutAnAtSignIsRefusedOnItsField() {
        String noAt = "rita-" + tag + ".example.org";
        assertRefusedOnItsField(rita.withEmail(noAt), RegisterViewTest::emailField,
                "Enter an e-mail address like name@example.org");
        assertThat(accounts.findByEmail(noAt)).isEmpty();
    }

    @Test
    void aDateOfBirthInTheFutureIsRefusedOnItsField() {
        assertRefusedOnItsField(rita.withDateOfBirth(LocalDate.now(clock).plusDays(3)),
                RegisterViewTest::dateOfBirthField, "The date of birth must be in the past");
    }

    @Test
    void aNameOfTenThousandCharactersIsRefusedOnItsFieldEvenWhenTheBrowserLimitIsBypassed() {
        assertRefusedOnItsField(rita.withFullName("R".repeat(10_000)), RegisterViewTest::fullNameField,
                "At most 120 characters");
    }

    @Test
    void withoutConsentNothingIsCreatedAndTheConsentBoxSaysWhy() {
        assertRefusedOnItsField(rita.withConsent(false), RegisterViewTest::consentBox,
                "We can only store your health answers with your consent");
    }

    /** Fills the form, clicks create: the field shows its message, nothing else is flagged, nothing is created. */
    private void assertRefusedOnItsField(Typed typed, Supplier<HasValidation> locator, String message) {
        navigate("register");

        fill(typed);
        _click(createButton());

        HasValidation field = locator.get();
        assertThat(field.isInvalid()).as("the field is marked").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
        assertThat(List.<HasValidation>of(fullNameField(), emailField(), passwordField(), phoneField(),
                dateOfBirthField(), emergencyNameField(), emergencyPhoneField(), consentBox()))
                .filteredOn(HasValidation::isInvalid).as("fields marked invalid").containsExactly(field);
        assertThat(notificationTexts()).anyMatch(text -> text.contains(PLEASE_CORRECT));
        assertFormHolds(typed);
        assertThat(redirects()).isEmpty();
        assertThat(accounts.findByEmail(typed.email())).isEmpty();
        assertThat(participantsWithEmail(typed.email())).isEmpty();
    }

    private void fill(Typed typed) {
        _setValue(fullNameField(), typed.fullName());
        _setValue(emailField(), typed.email());
        _setValue(passwordField(), typed.password());
        _setValue(phoneField(), typed.phone());
        _setValue(dateOfBirthField(), typed.dateOfBirth());
        _setValue(emergencyNameField(), typed.emergencyName());
        _setValue(emergencyPhoneField(), typed.emergencyPhone());
        _setValue(consentBox(), typed.consent());
    }

    private void assertFormHolds(Typed typed) {
        assertThat(fullNameField().getValue()).isEqualTo(typed.fullName());
        assertThat(emailField().getValue()).isEqualTo(typed.email());
        assertThat(passwordField().getValue()).isEqualTo(typed.password());
        assertThat(phoneField().getValue()).isEqualTo(typed.phone());
        assertThat(dateOfBirthField().getValue()).isEqualTo(typed.dateOfBirth());
        assertThat(emergencyNameField().getValue()).isEqualTo(typed.emergencyName());
        assertThat(emergencyPhoneField().getValue()).isEqualTo(typed.emergencyPhone());
        assertThat(consentBox().getValue()).isEqualTo(typed.consent());
    }

    /** Where the page sent the browser since the last look: the view leaves for the login page this way. */
    private static List<String> redirects() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation())
                .filter(invocation -> invocation.getExpression().contains("window.open("))
                .map(invocation -> String.valueOf(invocation.getParameters().get(0)))
                .toList();
    }

    /** What the front desk finds for this e-mail. */
    private List<ParticipantSummary> participantsWithEmail(String address) {
        Authentication visitor = SecurityContextHolder.getContext().getAuthentication();
        login("desk@warmpool.example", Role.FRONT_DESK);
        try {
            return records.search(address, PageRequest.of(0, 10)).stream()
                    .filter(participant -> address.equalsIgnoreCase(participant.email())).toList();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(visitor);
        }
    }

    private static Button createButton() {
        return _get(Button.class, spec -> spec.withText("Create my account"));
    }

    private static TextField fullNameField() {
        return _get(TextField.class, spec -> spec.withLabel("Full name"));
    }

    private static EmailField emailField() {
        return _get(EmailField.class, spec -> spec.withLabel("E-mail"));
    }

    private static PasswordField passwordField() {
        return _get(PasswordField.class, spec -> spec.withLabel("Password"));
    }

    private static TextField phoneField() {
        return _get(TextField.class, spec -> spec.withLabel("Phone (optional)"));
    }

    private static DatePicker dateOfBirthField() {
        return _get(DatePicker.class, spec -> spec.withLabel("Date of birth"));
    }

    private static TextField emergencyNameField() {
        return _get(TextField.class, spec -> spec.withLabel("Emergency contact: name"));
    }

    private static TextField emergencyPhoneField() {
        return _get(TextField.class, spec -> spec.withLabel("Emergency contact: phone"));
    }

    private static Checkbox consentBox() {
        return _get(Checkbox.class, spec -> spec.withId("consent"));
    }

    /** What the visitor types into the form. */
    private record Typed(String fullName, String email, String password, String phone, LocalDate dateOfBirth,
            String emergencyName, String emergencyPhone, boolean consent) {

        Typed withFullName(String value) {
            return new Typed(value, email, password, phone, dateOfBirth, emergencyName, emergencyPhone, consent);
        }

        Typed withEmail(String value) {
            return new Typed(fullName, value, password, phone, dateOfBirth, emergencyName, emergencyPhone, consent);
        }

        Typed withPassword(String value) {
            return new Typed(fullName, email, value, phone, dateOfBirth, emergencyName, emergencyPhone, consent);
        }

        Typed withDateOfBirth(LocalDate value) {
            return new Typed(fullName, email, password, phone, value, emergencyName, emergencyPhone, consent);
        }

        Typed withConsent(boolean value) {
            return new Typed(fullName, email, password, phone, dateOfBirth, emergencyName, emergencyPhone, value);
        }

        RegistrationForm asForm() {
            RegistrationForm form = new RegistrationForm();
            form.setFullName(fullName);
            form.setEmail(email);
            form.setPassword(password);
            form.setPhone(phone);
            form.setDateOfBirth(dateOfBirth);
            form.setEmergencyContactName(emergencyName);
            form.setEmergencyContactPhone(emergencyPhone);
            form.setConsent(consent);
            return form;
        }
    }
}
