package org.warmpool.instructor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.warmpool.security.SystemTasks;
import org.warmpool.KaribuTest;
import org.warmpool.base.RuleViolationException;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorService;
import org.warmpool.security.Role;
import org.warmpool.security.UserAccountService;

class InstructorsViewTest extends KaribuTest {

    @Autowired
    private InstructorService instructors;
    @Autowired
    private Clock clock;
    @Autowired
    private UserAccountService accounts;
    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;

    private static final String CHOSEN = "lilac otters swim at dawn";

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "Rita Rowe " + suffix;
    private final String email = "rita-" + suffix + "@warmpool.example";

    @Test
    void anAdminCreatesAnInstructorWhoGetsAnInvitationLinkInsteadOfAPassword() throws Exception {
        login("admin@warmpool.example", Role.ADMIN);
        navigate("instructors");

        _click(_get(Button.class, spec -> spec.withText("New instructor")));
        _assertNone(dialog(), PasswordField.class);
        fillNewInstructor(name, email, "0161 496 0123");
        _click(_get(dialog(), Button.class, spec -> spec.withText("Save")));

        // E-mail is off in tests: the link to hand over stays on screen.
        assertThat(_get(dialog(), Paragraph.class, spec -> spec.withId("invitation-result")).getText())
                .contains("Please give " + name + " this link").contains("log in with " + email);
        String link = _get(dialog(), Span.class, spec -> spec.withId("invitation-link")).getText();
        assertThat(link).contains("/reset-password/");
        _click(_get(dialog(), Button.class, spec -> spec.withText("Close")));
        _assertNoDialogs();
        assertThat(GridKt._getFormattedRow(grid(), rowOf(email)))
                .containsExactly(name, email, "0161 496 0123", "", "Teaching");
        assertThat(instructors.forUser(email)).get().extracting(Instructor::getName).isEqualTo(name);

        // Nobody can log in before the link is used; with it, the instructor chooses their password.
        assertThatThrownBy(() -> authenticate(email, InstructorsViewTest.CHOSEN))
                .isInstanceOf(BadCredentialsException.class);
        logout();
        navigate(link.substring(link.indexOf("reset-password/")));
        assertThat(_get(H1.class).getText()).isEqualTo("Choose your password");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), CHOSEN);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("The same password again")), CHOSEN);
        _click(_get(Button.class, spec -> spec.withText("Save my new password")));
        assertThat(authenticate(email, CHOSEN).isAuthenticated()).isTrue();
    }

    @Test
    void anEmailThatHasAnAccountIsRefusedAndTheFormKeepsWhatWasTyped() {
        login("admin@warmpool.example", Role.ADMIN);
        instructors.create("Someone First " + suffix, email, null, "");
        navigate("instructors");

        _click(_get(Button.class, spec -> spec.withText("New instructor")));
        fillNewInstructor(name, email.toUpperCase(), "");
        RuleViolationException refusal = assertThrows(RuleViolationException.class,
                () -> _click(_get(dialog(), Button.class, spec -> spec.withText("Save"))));

        assertThat(refusal.getMessage()).isEqualTo("An account with this e-mail exists already.");
        Dialog dialog = dialog();
        assertThat(dialog.getHeaderTitle()).isEqualTo("New instructor");
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo(name);
        assertThat(gridEmails()).containsOnlyOnce(email);
    }

    @Test
    void anInstructorWhoStopsTeachingCannotLogInUntilTheyTeachAgain() throws Exception {
        login("admin@warmpool.example", Role.ADMIN);
        Instructor rita = instructors.create(name, email, null, "").instructor();
        accounts.setOwnPassword(rita.getUser().getId(), CHOSEN); // as the administrator logged in above
        assertThat(authenticate(email, CHOSEN).isAuthenticated()).isTrue();
        navigate("instructors");
        GridKt._clickItem(grid(), rowOf(email));

        _setValue(_get(dialog(), Checkbox.class, spec -> spec.withLabel("Teaching (untick when they leave the "
                + "clinic)")), false);
        _click(_get(dialog(), Button.class, spec -> spec.withText("Save contact and status")));

        assertThat(GridKt._getFormattedRow(grid(), rowOf(email)).get(4)).isEqualTo("Not teaching");
        assertThatThrownBy(() -> authenticate(email, CHOSEN)).isInstanceOf(DisabledException.class);

        _setValue(_get(dialog(), Checkbox.class, spec -> spec.withLabel("Teaching (untick when they leave the "
                + "clinic)")), true);
        _click(_get(dialog(), Button.class, spec -> spec.withText("Save contact and status")));
        assertThat(authenticate(email, CHOSEN).isAuthenticated()).isTrue();
    }

    @Test
    void anAdminAddsACertificateAWeeklyTimeAndLeaveAndSeesEachInItsList() {
        login("admin@warmpool.example", Role.ADMIN);
        Instructor rita = instructors.create(name, email, null, "").instructor();
        LocalDate today = LocalDate.now(clock);
        LocalDate issued = today.minusMonths(6);
        LocalDate expires = today.plusYears(2);
        LocalDate leaveFrom = today.plusWeeks(5);
        LocalDate leaveUntil = leaveFrom.plusDays(4);
        navigate("instructors");

        GridKt._clickItem(grid(), rowOf(email));
        assertThat(dialog().getHeaderTitle()).isEqualTo(name);
        assertThat(listedUnder("Certificates")).isEmpty();
        assertThat(listedUnder("When they can teach, every week")).isEmpty();
        assertThat(listedUnder("Leave and sickness")).isEmpty();

        ComboBoxKt.selectByLabel(select("Certificate"), "aquatic therapy");
        _setValue(_get(dialog(), TextField.class, spec -> spec.withLabel("Number")), "AT-2291");
        _setValue(_get(dialog(), DatePicker.class, spec -> spec.withLabel("Issued on")), issued);
        _setValue(_get(dialog(), DatePicker.class, spec -> spec.withLabel("Expires on")), expires);
        _click(_get(dialog(), Button.class, spec -> spec.withText("Add certificate")));

        assertThat(notificationTexts()).anyMatch(text -> text.contains("Certificate added."));
        assertThat(listedUnder("Certificates"))
                .containsExactly("aquatic therapy no. AT-2291, " + issued + " to " + expires);

        ComboBoxKt.selectByLabel(select("Weekday"), "Tuesday");
        _setValue(_get(dialog(), TimePicker.class, spec -> spec.withLabel("From")), LocalTime.of(8, 0));
        _setValue(_get(dialog(), TimePicker.class, spec -> spec.withLabel("Until")), LocalTime.of(13, 0));
        _click(_get(dialog(), Button.class, spec -> spec.withText("Add time")));

        assertThat(notificationTexts()).anyMatch(text -> text.contains("Time added."));
        assertThat(listedUnder("When they can teach, every week")).containsExactly("Tuesday 08:00-13:00");

        _setValue(_get(dialog(), DatePicker.class, spec -> spec.withLabel("First day")), leaveFrom);
        _setValue(_get(dialog(), DatePicker.class, spec -> spec.withLabel("Last day")), leaveUntil);
        _setValue(_get(dialog(), TextField.class, spec -> spec.withLabel("Reason")), "Holiday");
        _click(_get(dialog(), Button.class, spec -> spec.withText("Add leave")));

        assertThat(notificationTexts()).anyMatch(text -> text.contains("Leave added."));
        assertThat(listedUnder("Leave and sickness")).containsExactly(leaveFrom + " to " + leaveUntil + ": Holiday");
        // The certificate also shows in the list of instructors behind the dialog.
        assertThat(GridKt._getFormattedRow(grid(), rowOf(email)).get(3))
                .isEqualTo("aquatic therapy (until " + expires + ")");
        Instructor saved = instructors.get(rita.getId());
        assertThat(saved.getCertifications()).hasSize(1);
        assertThat(saved.getAvailability()).hasSize(1);
        assertThat(saved.getLeave()).hasSize(1);
    }

    @Test
    void aWeeklyTimeThatEndsBeforeItStartsIsRefusedAndNotAdded() {
        login("admin@warmpool.example", Role.ADMIN);
        Instructor rita = instructors.create(name, email, null, "").instructor();
        navigate("instructors");
        GridKt._clickItem(grid(), rowOf(email));

        ComboBoxKt.selectByLabel(select("Weekday"), "Friday");
        _setValue(_get(dialog(), TimePicker.class, spec -> spec.withLabel("From")), LocalTime.of(22, 0));
        _setValue(_get(dialog(), TimePicker.class, spec -> spec.withLabel("Until")), LocalTime.of(6, 0));
        RuleViolationException refusal = assertThrows(RuleViolationException.class,
                () -> _click(_get(dialog(), Button.class, spec -> spec.withText("Add time"))));

        assertThat(refusal.getMessage()).isEqualTo("The end time must be after the start time. A window cannot cross "
                + "midnight: enter it as two windows, one until 23:59 and one from 00:00 the next day.");
        assertThat(listedUnder("When they can teach, every week")).isEmpty();
        assertThat(_get(dialog(), TimePicker.class, spec -> spec.withLabel("From")).getValue())
                .isEqualTo(LocalTime.of(22, 0));
        assertThat(instructors.get(rita.getId()).getAvailability()).isEmpty();
    }

    @Test
    void theFrontDeskCannotOpenTheInstructors() {
        login("desk@warmpool.example", Role.FRONT_DESK);

        navigate("instructors");

        _assertNone(InstructorsView.class);
        _assertNone(Button.class, spec -> spec.withText("New instructor"));
        assertThat(_get(H1.class, spec -> spec.withText("Page not available")).isVisible()).isTrue();
    }

    private void fillNewInstructor(String name, String email, String phone) {
        Dialog dialog = dialog();
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), name);
        _setValue(_get(dialog, EmailField.class, spec -> spec.withLabel("E-mail")), email);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Phone")), phone);
    }

    private Authentication authenticate(String email, String password) throws Exception {
        return authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    /** What each entry of the list under this heading of the open dialog says (beside its Remove button). */
    private static List<String> listedUnder(String heading) {
        H3 title = _get(dialog(), H3.class, spec -> spec.withText(heading));
        List<Component> siblings = title.getParent().orElseThrow().getChildren().toList();
        UnorderedList list = (UnorderedList) siblings.stream().filter(UnorderedList.class::isInstance)
                .findFirst().orElseThrow();
        return _find(list, ListItem.class).stream().map(item -> {
            _get(item, Button.class, spec -> spec.withText("Remove"));
            return _get(item, Span.class).getText();
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String label) {
        return _get(dialog(), Select.class, spec -> spec.withLabel(label));
    }

    private static Dialog dialog() {
        return _get(Dialog.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Instructor> grid() {
        return _get(Grid.class);
    }

    private static List<String> gridEmails() {
        return GridKt._findAll(grid()).stream().map(Instructor::getEmail).toList();
    }

    private static int rowOf(String email) {
        int row = gridEmails().indexOf(email);
        assertThat(row).as("row of %s in the instructors grid", email).isNotNegative();
        return row;
    }
}
