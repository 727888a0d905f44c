package org.warmpool.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmpool.KaribuTest;

class ErrorHandlingTest extends KaribuTest {

    private static final String REFERENCE = "[A-Z2-9]{4}-[A-Z2-9]{4}";

    @Test
    void aPageThatFailsShowsAFriendlyMessageWithAReferenceAndNoStackTrace() {
        navigate("test-failure");

        _get(H1.class, spec -> spec.withText("Sorry, this page could not be opened"));
        String message = _get(Paragraph.class).getText();
        assertThat(message).containsPattern("reference: " + REFERENCE)
                .doesNotContain("IllegalStateException", "database on fire", "at org.");
    }

    @Test
    void anErrorInAClickShowsANotificationWithAReference() {
        UiErrorHandling.handle(new ErrorEvent(new IllegalArgumentException("secret detail")));

        List<Notification> notifications = NotificationsKt.getNotifications();
        assertThat(notifications).hasSize(1);
        assertThat(notifications.get(0).getElement().getTextRecursively())
                .containsPattern("reference: " + REFERENCE)
                .doesNotContain("secret detail");
    }

    @Test
    void referencesAreShortAndDifferEachTime() {
        String first = ErrorReference.newReference();
        String second = ErrorReference.newReference();

        assertThat(first).matches(REFERENCE);
        assertThat(second).matches(REFERENCE).isNotEqualTo(first);
    }

    @Test
    void aBrokenRuleShowsItsOwnMessageWithoutAReference() {
        UiErrorHandling.handle(new ErrorEvent(new RuntimeException(
                new org.warmpool.base.RuleViolationException("The pool is full on Monday."))));

        assertThat(NotificationsKt.getNotifications().get(0).getElement().getTextRecursively())
                .contains("The pool is full on Monday.").doesNotContainPattern(REFERENCE);
    }

    @Test
    void aConcurrentEditTellsTheUserToReloadAndTryAgain() {
        UiErrorHandling.handle(new ErrorEvent(
                new org.springframework.orm.ObjectOptimisticLockingFailureException(Object.class, 1L)));

        assertThat(NotificationsKt.getNotifications().get(0).getElement().getTextRecursively())
                .contains("Someone else changed this at the same time");
    }

    @Test
    void invalidDataThatReachesTheDatabaseLayerIsExplainedInWords() {
        var validator = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
        org.warmpool.pool.Pool kettle = new org.warmpool.pool.Pool("Kettle", new java.math.BigDecimal("55.0"),
                new java.math.BigDecimal("1.00"), new java.math.BigDecimal("1.40"), true, 8);
        var violations = validator.validate(kettle);

        UiErrorHandling.handle(new ErrorEvent(new jakarta.validation.ConstraintViolationException(violations)));

        assertThat(NotificationsKt.getNotifications().get(0).getElement().getTextRecursively())
                .startsWith("Nothing was saved. Please correct: Between 20 and 40 °C.");
    }

    @Test
    void aSaveRefusedByADatabaseConstraintSaysItClashedAndGivesAReference() {
        UiErrorHandling.handle(new ErrorEvent(new org.springframework.dao.DataIntegrityViolationException(
                "duplicate key value violates unique constraint \"pain_check_in_booking\"")));

        String text = NotificationsKt.getNotifications().get(0).getElement().getTextRecursively();
        assertThat(text).contains("clashes with a change someone made at the same moment").containsPattern(REFERENCE)
                .doesNotContain("duplicate key");
    }
}
