package org.warmpool.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warmpool.base.ClassFiguresChanged;
import org.warmpool.base.InboxChanged;

/**
 * The per-node broadcaster alone (no Spring): a page part hears of the classes it follows while
 * attached, in its own UI and with its own login, and nothing holds it after it is detached.
 */
class LiveUpdatesTest {

    private final LiveUpdates live = new LiveUpdates();
    private final Authentication desk = new TestingAuthenticationToken("desk@warmpool.example", "n/a", "ROLE_FRONT_DESK");
    private final Authentication ivy = new TestingAuthenticationToken("ivy@warmpool.example", "n/a", "ROLE_INSTRUCTOR");
    /** What the followed part saw: the class and who was logged in while it updated. */
    private final List<String> seen = new ArrayList<>();
    private final Div checkIn = new Div();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        live.stop();
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    @Test
    void anAttachedPartHearsOfItsOwnClassesOnlyInItsUiWithTheLoginItWasOpenedWith() {
        SecurityContextHolder.getContext().setAuthentication(desk);
        LiveUpdates.Following following = live.followClasses(checkIn, this::record);
        following.classes(Set.of(7L, 8L));
        UI.getCurrent().add(checkIn);
        // The change is made by someone else, on a thread of their own.
        SecurityContextHolder.getContext().setAuthentication(ivy);

        changedElsewhere(7);
        changedElsewhere(9);
        live.awaitTold();
        assertThat(seen).as("not before the UI runs its queue").isEmpty();
        MockVaadin.runUIQueue();

        assertThat(seen).containsExactly("7 desk@warmpool.example");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(ivy);
    }

    @Test
    void severalChangesBeforeTheUiRunsGiveOneUpdate() {
        live.followClasses(checkIn, this::record).classes(Set.of(7L));
        UI.getCurrent().add(checkIn);

        changedElsewhere(7);
        changedElsewhere(7);
        changedElsewhere(7);
        live.awaitTold();
        MockVaadin.runUIQueue();

        assertThat(seen).hasSize(1);
    }

    @Test
    void aDetachedPartIsForgottenAndHearsNothing() {
        live.followClasses(checkIn, this::record).classes(Set.of(7L));
        live.followInbox(checkIn, 3, () -> seen.add("inbox"));
        UI.getCurrent().add(checkIn);
        assertThat(live.followers()).isEqualTo(2);

        UI.getCurrent().remove(checkIn);
        changedElsewhere(7);
        live.inboxChanged(new InboxChanged(3));
        live.awaitTold();
        MockVaadin.runUIQueue();

        assertThat(live.followers()).isZero();
        assertThat(seen).isEmpty();

        // Attached again (back to the page), it follows the same classes again.
        UI.getCurrent().add(checkIn);
        changedElsewhere(7);
        live.awaitTold();
        MockVaadin.runUIQueue();
        assertThat(seen).hasSize(1);
    }

    @Test
    void aClosedWindowIsForgottenEvenWhereItsPartsHeardNoDetach() {
        live.followClasses(checkIn, this::record).classes(Set.of(7L));
        UI.getCurrent().add(checkIn);

        // What Vaadin does when a tab is closed or the session ends: the UI itself is detached.
        ComponentUtil.onComponentDetach(UI.getCurrent());

        assertThat(live.followers()).isZero();
    }

    @Test
    void anotherWeekFollowsOtherClasses() {
        LiveUpdates.Following following = live.followClasses(checkIn, this::record);
        following.classes(Set.of(7L));
        UI.getCurrent().add(checkIn);

        following.classes(Set.of(8L));
        changedElsewhere(7);
        changedElsewhere(8);
        live.awaitTold();
        MockVaadin.runUIQueue();

        assertThat(seen).extracting(line -> line.split(" ")[0]).containsExactly("8");
    }

    @Test
    void thePageThatMadeTheChangeDrewItItselfButItsBellIsTold() {
        live.followClasses(checkIn, this::record).classes(Set.of(7L));
        live.followInbox(checkIn, 3, () -> seen.add("inbox"));
        UI.getCurrent().add(checkIn);

        // Committed in a request of this same UI: UI.getCurrent() is the page itself.
        live.classChanged(new ClassFiguresChanged(7));
        live.inboxChanged(new InboxChanged(3));
        live.awaitTold();
        MockVaadin.runUIQueue();

        assertThat(seen).containsExactly("inbox");
    }

    /** A change committed on another person's request: no UI is current on that thread. */
    private void changedElsewhere(long sessionId) {
        UI page = UI.getCurrent();
        UI.setCurrent(null);
        try {
            live.classChanged(new ClassFiguresChanged(sessionId));
        } finally {
            UI.setCurrent(page);
        }
    }

    private void record(long sessionId) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        seen.add(sessionId + " " + (who == null ? "nobody" : who.getName()));
    }
}
