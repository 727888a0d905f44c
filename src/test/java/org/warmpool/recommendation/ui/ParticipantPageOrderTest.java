package org.warmpool.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ui.ParticipantView;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.Role;

/**
 * The front desk's pages about one participant show their bookings first (coming places with
 * "Cancel", waitlist places), then what to book.
 */
class ParticipantPageOrderTest extends KaribuTest {

    @Autowired
    private BookingTestData bookingData;
    @Autowired
    private ParticipantTestData participants;
    @Autowired
    private BookingService bookings;
    @Autowired
    private ParticipantRecordService records;

    private long id;
    private String name;
    private ScheduledSession booked;
    private ScheduledSession full;

    /** A walk-in with a place in one class and the first waitlist place in a full one. */
    @BeforeEach
    void aWalkInWithAPlaceAndAWaitlistPlace() {
        booked = bookingData.levelTwo(5, 3, "06:30");
        full = bookingData.levelTwo(1, 4, "06:45");
        ParticipantTestData.Registered other = bookingData.cleared("Olly Other");
        BookingTestData.as(other, () -> bookings.bookForMe(full.id(), false));
        login("desk@warmpool.example", Role.FRONT_DESK);
        id = participants.walkIn("Bea Booked");
        name = records.summary(id).fullName();
        participants.sendIntake(id, Set.of(), Set.of());
        bookings.bookFor(id, booked.id(), false, null);
        bookings.bookFor(id, full.id(), true, null);
    }

    @Test
    void theParticipantsPageShowsTheirBookingsFirstThenWhatToBookThenTheIntake() {
        navigate("participant/" + id);

        List<Component> parts = _get(ParticipantView.class).getChildren().toList();
        Component bookingsHeading = _get(H2.class, spec -> spec.withText("Bookings"));
        UnorderedList list = _get(UnorderedList.class, spec -> spec.withId("participant-bookings"));
        Div toBook = _get(Div.class, spec -> spec.withId("participant-actions"));
        Component intake = _get(H2.class, spec -> spec.withText("Latest intake"));
        assertThat(parts.indexOf(bookingsHeading)).isPositive()
                .isLessThan(parts.indexOf(list));
        assertThat(parts.indexOf(list)).isLessThan(parts.indexOf(toBook));
        assertThat(parts.indexOf(toBook)).isLessThan(parts.indexOf(intake));
        assertThat(toBook.getElement().getTextRecursively()).contains("Classes recommended for " + name);

        List<ListItem> cards = _find(list, ListItem.class);
        assertThat(cards).hasSize(2);
        assertThat(text(cards.get(0))).contains(booked.poolName()).contains("Booked");
        assertThat(_find(cards.get(0), Button.class)).anyMatch(button -> button.getText().startsWith("Cancel"));
        assertThat(text(cards.get(1))).contains(full.poolName()).contains("aitlist");
    }

    @Test
    void theirClassesPageShowsTheirBookingsBeforeTheClassesToBook() {
        navigate("participant-classes/" + id);

        List<H2> headings = _find(H2.class);
        List<String> texts = headings.stream().map(H2::getText).toList();
        assertThat(texts.indexOf("Bookings of " + name)).isNotNegative()
                .isLessThan(texts.indexOf("Classes for " + name));
        List<Component> parts = _get(ParticipantClassesView.class).getChildren().toList();
        assertThat(parts.indexOf(_get(UnorderedList.class, spec -> spec.withId("participant-bookings"))))
                .isLessThan(parts.indexOf(headings.get(texts.indexOf("Classes for " + name))));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
