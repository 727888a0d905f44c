package org.warmpool.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicSettings;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.ui.CheckInView;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.ui.RosterView;
import org.warmpool.security.Role;

class FrontDeskHomeViewTest extends KaribuTest {

    @Autowired
    private BookingTestData data;
    @Autowired
    private ScheduleService schedule;
    @Autowired
    private TestClock clock;
    @Autowired
    private ClinicSettings clinic;

    @Test
    void todaysClassesLinkToTheirCheckInAndRosterNamedAfterTheClass() {
        // Early in the morning, so that the evening classes can still be cancelled.
        LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
        clock.moveTo(today.atTime(LocalTime.of(7, 0)).atZone(clinic.timeZone()).toInstant());
        ScheduledSession evening = data.session(2, 6, today, "19:00");
        ScheduledSession cancelled = data.session(1, 6, today, "20:00");
        asStaff(() -> {
            schedule.cancelSession(cancelled.id(), "Pool heater repair");
            return null;
        });
        login("desk@warmpool.example", Role.FRONT_DESK);

        UI.getCurrent().navigate("desk");

        ListItem item = todaysClass(evening);
        Anchor checkIn = link(item, "Check-in");
        Anchor roster = link(item, "Roster");
        String which = "Level 2 Stretch & Strengthen at 19:00 in " + evening.poolName();
        assertThat(checkIn.getHref()).isEqualTo("check-in?class=" + evening.id());
        assertThat(checkIn.getElement().getAttribute("aria-label")).isEqualTo("Check-in for " + which);
        assertThat(roster.getHref()).isEqualTo("roster/" + evening.id());
        assertThat(roster.getElement().getAttribute("aria-label")).isEqualTo("Roster for " + which);
        // A cancelled class has no one to check in; its roster stays.
        ListItem gone = todaysClass(cancelled);
        assertThat(gone.getElement().getTextRecursively()).contains("cancelled: Pool heater repair");
        assertThat(_find(gone, Anchor.class)).extracting(Anchor::getText).containsExactly("Roster");

        // The links lead to that class's check-in (hours before it starts) and roster.
        UI.getCurrent().navigate("check-in", QueryParameters.of(CheckInView.CLASS_PARAMETER,
                String.valueOf(evening.id())));
        _get(CheckInView.class);
        List<Section> classes = _find(Section.class, spec -> spec.withClasses("check-in-class"));
        assertThat(classes).singleElement().satisfies(section -> assertThat(_get(section, H2.class).getText())
                .isEqualTo("19:00 Level 2 Stretch & Strengthen"));
        assertThat(_get(Anchor.class, spec -> spec.withText("All classes around now")).isVisible()).isTrue();

        UI.getCurrent().navigate(roster.getHref());
        _get(RosterView.class);
        assertThat(_get(H2.class).getText()).startsWith("Level 2 Stretch & Strengthen, ");
    }

    private static ListItem todaysClass(ScheduledSession session) {
        return _find(ListItem.class, spec -> spec.withClasses("today-class")).stream()
                .filter(item -> item.getElement().getTextRecursively().contains(session.poolName()))
                .findFirst().orElseThrow();
    }

    private static Anchor link(ListItem item, String text) {
        return _get(item, Anchor.class, spec -> spec.withText(text));
    }
}
