package org.warmpool.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warmpool.KaribuTest;
import org.warmpool.security.Role;
import org.warmpool.security.ui.LoginView;

class RoleNavigationTest extends KaribuTest {

    @Test
    void anAnonymousVisitorIsSentToTheLoginForm() {
        navigate("");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(LoginView.class);
        _get(LoginForm.class);
    }

    @Test
    void anAnonymousVisitorTypingAStaffRouteIsSentToTheLoginForm() {
        navigate("admin");

        _get(LoginForm.class);
        _assertNone(AdminHomeView.class);
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource(delimiter = '|', value = {
            "ADMIN       | Clinic administration | Administration; Check-in; Participants; Schedule; Cover needed; Reports; Make-up credits; Pools; Class levels; Instructors; Staff accounts; Programme rules; Backups; Audit log",
            "FRONT_DESK  | Front desk            | Front desk; Check-in; Participants; Schedule; Cover needed; Reports; Make-up credits",
            "INSTRUCTOR  | My schedule           | My schedule",
            "PARTICIPANT | My Warmpool           | My Warmpool; Recommended classes; My bookings; My progress; Messages; My data"})
    void eachRoleLandsOnItsHomeAndSeesOnlyItsMenuEntries(Role role, String homeTitle, String menuEntries) {
        login("someone@warmpool.example", role);

        navigate("");

        assertThat(_get(H1.class, spec -> spec.withClasses("view-title")).getText()).isEqualTo(homeTitle);
        assertThat(menuLabels()).containsExactly(menuEntries.split("; "));
    }

    @Test
    void aUserWithTwoRolesSeesBothMenusAndLandsOnTheFirstRole() {
        login("desk-and-teach@warmpool.example", Role.FRONT_DESK, Role.INSTRUCTOR);

        navigate("");

        _get(FrontDeskHomeView.class);
        assertThat(menuLabels()).containsExactly("Front desk", "Check-in", "My schedule", "Participants", "Schedule", "Cover needed",
                "Reports", "Make-up credits");
    }

    @Test
    void aParticipantTypingAStaffRouteIsRefused() {
        login("pat@warmpool.example", Role.PARTICIPANT);

        for (String staffRoute : List.of("admin", "desk", "teaching", "schedule", "cover", "pools", "levels",
                "instructors", "participants", "participant/1", "participant-classes/1", "programme-rules", "check-in",
                "reports", "waitlist/1", "backups")) {
            navigate(staffRoute);

            _assertNone(AdminHomeView.class);
            _assertNone(FrontDeskHomeView.class);
            _assertNone(org.warmpool.schedule.ui.MyScheduleView.class);
            assertThat(_get(H1.class, spec -> spec.withText("Page not available")).isVisible()).isTrue();
        }
    }

    @Test
    void theDrawerGreetsTheUserByName() {
        login(0L, "ana@warmpool.example", "Ana Costa", Role.INSTRUCTOR);

        navigate("");

        _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Ana Costa"));
    }

    private static List<String> menuLabels() {
        _get(SideNav.class);
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
