package org.warmpool.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One message at a time, away from the navigation; confirmations go by themselves, problems stay. */
class NotificationsTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aNewMessageClosesThePreviousOneSoMessagesNeverStack() {
        Notification saved = Notifications.success("Saved.");
        Notification problem = Notifications.problem("That class is full.");
        Notification again = Notifications.success("Booked.");

        assertThat(saved.isOpened()).isFalse();
        assertThat(problem.isOpened()).isFalse();
        assertThat(again.isOpened()).isTrue();
        assertThat(NotificationsKt.getNotifications()).containsExactly(again);
    }

    @Test
    void aConfirmationClosesByItselfAndAProblemStaysUntilClosedWithItsButton() {
        Notification saved = Notifications.success("Saved.");
        assertThat(saved.getDuration()).isEqualTo(Notifications.SUCCESS_DURATION_MS).isPositive();

        Notification problem = Notifications.problem("That class is full.");
        assertThat(problem.getDuration()).isZero();
        assertThat(problem.isAssertive()).isTrue();
        com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                problem, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Close")));
        assertThat(problem.isOpened()).isFalse();
    }

    @Test
    void messagesAppearAtTheBottomOnTheEndSideAwayFromTheDrawerAndTheTopBar() {
        // The drawer is on the start side and the bar with the menu button is at the top, at
        // 1280 px and at 360 px alike: a message at the bottom end covers neither.
        assertThat(Notifications.success("Saved.").getPosition()).isEqualTo(Notification.Position.BOTTOM_END);
        assertThat(Notifications.problem("That class is full.").getPosition())
                .isEqualTo(Notification.Position.BOTTOM_END);
    }
}
