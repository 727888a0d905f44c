package org.warmpool.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.warmpool.base.RuleViolationException;

/**
 * Errors thrown while handling a click or a value change. A broken rule shows its own message;
 * anything unexpected is logged with a reference and shown as a notification, never as a stack
 * trace. The form that was being saved stays open with what the user typed. Errors during
 * navigation go to {@link UnexpectedErrorView}.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    static final String CONCURRENT_EDIT = "Someone else changed this at the same time, so your change was not "
            + "saved. Close the form, open it again to see their change, and make yours once more.";
    static final String NOT_ALLOWED = "Your account may not do this. If you think it should, ask the clinic's "
            + "administrator.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        if (UI.getCurrent() != null) {
            Notifications.problem(message);
        }
    }

    static String messageFor(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolationException rule) {
                return rule.getMessage();
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return CONCURRENT_EDIT;
            }
            if (cause instanceof AccessDeniedException) {
                return NOT_ALLOWED;
            }
            if (cause instanceof DataIntegrityViolationException) {
                // Two people saving the same thing at one moment: the database kept the first.
                return "This was not saved: it clashes with a change someone made at the same moment (reference "
                        + ErrorReference.log(error) + "). Please reload the page to see the latest, then try again.";
            }
            if (cause instanceof ConstraintViolationException invalid) {
                return "Nothing was saved. Please correct: " + invalid.getConstraintViolations().stream()
                        .map(ConstraintViolation::getMessage).distinct().sorted()
                        .collect(Collectors.joining("; ")) + ".";
            }
        }
        return ErrorReference.userMessage(ErrorReference.log(error));
    }
}
