package org.warmpool.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.data.domain.PageRequest;
import org.warmpool.KaribuTest;
import org.warmpool.account.AccountInvitations;
import org.warmpool.account.InvitationLink;
import org.warmpool.account.PasswordResetService;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.security.Role;
import org.warmpool.security.SessionEndedException;
import org.warmpool.security.StaffAccount;
import org.warmpool.security.StaffAccountService;
import org.warmpool.security.SystemTasks;
import org.warmpool.security.ui.LoginView;

/** The administrator's staff accounts page, and what switching an account off does to its open session. */
class StaffAccountsViewTest extends KaribuTest {

    private static final String CHOSEN = "lilac otters swim at dawn";

    @Autowired
    AccountInvitations invitations;
    @Autowired
    StaffAccountService staff;
    @Autowired
    PasswordResetService resets;
    @Autowired
    ParticipantRecordService records;
    @Autowired
    java.time.Clock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdministratorSeesTheStaffAndCreatesAnAccountWhoseLinkIsShownWhenEmailIsOff() {
        String deskEmail = "dora-" + suffix + "@staff.example";
        readyAccount("Dora Desk " + suffix, deskEmail, Role.FRONT_DESK);
        login("admin@warmpool.example", Role.ADMIN);
        navigate("staff");

        List<String> dora = GridKt._getFormattedRow(grid(), rowOf(deskEmail));
        assertThat(dora).containsExactly("Dora Desk " + suffix, deskEmail, "Front desk", "Never", "Active");

        String newEmail = "abe-" + suffix + "@staff.example";
        _click(_get(Button.class, spec -> spec.withText("New staff account")));
        _setValue(_get(dialog(), TextField.class, spec -> spec.withLabel("Name")), "Abe Admin " + suffix);
        _setValue(_get(dialog(), EmailField.class, spec -> spec.withLabel("E-mail")), newEmail);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Role> role = _get(dialog(), RadioButtonGroup.class, spec -> spec.withLabel("Role"));
        _setValue(role, Role.ADMIN);
        _click(_get(dialog(), Button.class, spec -> spec.withText("Save and invite")));

        assertThat(_get(dialog(), Paragraph.class, spec -> spec.withId("invitation-result")).getText())
                .contains("E-mail is not set up").contains("Please give Abe Admin " + suffix + " this link");
        String link = _get(dialog(), Span.class, spec -> spec.withId("invitation-link")).getText();
        assertThat(link).contains("/reset-password/");
        _click(_get(dialog(), Button.class, spec -> spec.withText("Close")));
        _assertNoDialogs();
        assertThat(GridKt._getFormattedRow(grid(), rowOf(newEmail)))
                .containsExactly("Abe Admin " + suffix, newEmail, "Administrator", "Never", "Invitation not used yet");
        assertThat(resets.check(link.substring(link.indexOf("/reset-password/") + 16)).email()).isEqualTo(newEmail);
    }

    @Test
    void anAdministratorSwitchesAnAccountOffAndTheListSaysSo() {
        String deskEmail = "eli-" + suffix + "@staff.example";
        readyAccount("Eli Desk " + suffix, deskEmail, Role.FRONT_DESK);
        login("admin@warmpool.example", Role.ADMIN);
        navigate("staff");

        GridKt._clickItem(grid(), rowOf(deskEmail));
        _click(_get(dialog(), Button.class, spec -> spec.withText("Switch account off")));

        assertThat(notificationTexts()).anyMatch(t -> t.contains("Eli Desk " + suffix + "'s account is switched off"));
        assertThat(_get(dialog(), Paragraph.class, spec -> spec.withId("staff-account-summary")).getText())
                .contains("Status: Switched off.");
        assertThat(GridKt._getFormattedRow(grid(), rowOf(deskEmail)).get(4)).isEqualTo("Switched off");
        _get(dialog(), Button.class, spec -> spec.withText("Switch account on"));
    }

    @Test
    void theFrontDeskCannotOpenTheStaffAccounts() {
        login("desk@warmpool.example", Role.FRONT_DESK);

        navigate("staff");

        _assertNone(StaffAccountsView.class);
        assertThat(_get(H1.class, spec -> spec.withText("Page not available")).isVisible()).isTrue();
    }

    @Test
    void aSwitchedOffAccountsOpenUiIsSentToTheLoginPageAtItsNextNavigation() {
        String deskEmail = "fay-" + suffix + "@staff.example";
        long userId = readyAccount("Fay Desk " + suffix, deskEmail, Role.FRONT_DESK);
        login(userId, deskEmail, "Fay Desk", clock.instant(), Role.FRONT_DESK);
        navigate("participants");
        assertThat(activeView()).isNotInstanceOf(LoginView.class);

        switchOff(userId);
        navigate("participants");

        assertThat(activeView()).isInstanceOf(LoginView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("session-ended")).getText())
                .isEqualTo(SessionEndedException.MESSAGE);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void aSwitchedOffAccountsOpenUiIsRefusedAtItsNextServiceCall() {
        String deskEmail = "gus-" + suffix + "@staff.example";
        long userId = readyAccount("Gus Desk " + suffix, deskEmail, Role.FRONT_DESK);
        login(userId, deskEmail, "Gus Desk", clock.instant(), Role.FRONT_DESK);
        navigate("participants");
        assertThat(records.search("", PageRequest.of(0, 5))).isNotNull();

        switchOff(userId);

        assertThatThrownBy(() -> records.search("", PageRequest.of(0, 5)))
                .isInstanceOf(SessionEndedException.class);
    }

    /** Another administrator, on another screen, switches the account off. */
    private void switchOff(long userId) {
        var mine = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            SystemTasks.runAsStaff(() -> staff.setEnabled(userId, false));
        } finally {
            SecurityContextHolder.setContext(mine);
        }
    }

    private long readyAccount(String name, String email, Role role) {
        InvitationLink[] invitation = new InvitationLink[1];
        SystemTasks.runAsStaff(() -> invitation[0] = invitations.createStaffAccount(name, email, EnumSet.of(role),
                ""));
        String link = invitation[0].link();
        resets.reset(link.substring(link.indexOf("/reset-password/") + 16), CHOSEN);
        long[] id = new long[1];
        SystemTasks.runAsStaff(() -> id[0] = staff.list().stream().filter(a -> a.email().equals(email))
                .mapToLong(StaffAccount::userId).findFirst().orElseThrow());
        return id[0];
    }

    private static Component activeView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private static Dialog dialog() {
        return _get(Dialog.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<StaffAccount> grid() {
        return _get(Grid.class);
    }

    private static int rowOf(String email) {
        int row = GridKt._findAll(grid()).stream().map(StaffAccount::email).toList().indexOf(email);
        assertThat(row).as("row of %s in the staff grid", email).isNotNegative();
        return row;
    }
}
