package org.warmpool.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;
import org.warmpool.security.AccountSessions;

/**
 * Before every navigation in the app: a session that has ended (password changed elsewhere,
 * account disabled) is logged out and shown the log-in page with the reason; someone who must
 * choose a new password first is sent to My account until they have. HTTP requests are checked
 * earlier, in the security filter chain; this also covers a UI that sends none (a test's UI).
 */
@Component
class SessionGuard implements VaadinServiceInitListener {

    /** My account's route; by address, so that security does not depend on the account feature. */
    static final String ACCOUNT_ROUTE = "account";

    private final transient AccountSessions sessions;

    SessionGuard(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        switch (sessions.ofCurrentSession()) {
            case ENDED -> {
                VaadinServletRequest request = VaadinServletRequest.getCurrent();
                if (request != null) {
                    new SecurityContextLogoutHandler().logout(request.getHttpServletRequest(), null, null);
                }
                SecurityContextHolder.clearContext();
                event.forwardTo(LoginView.class, new QueryParameters(Map.of("ended", List.of(""))));
            }
            case MUST_CHANGE_PASSWORD -> {
                if (!ACCOUNT_ROUTE.equals(event.getLocation().getFirstSegment()) && !event.hasErrorParameter()) {
                    event.forwardTo(ACCOUNT_ROUTE);
                }
            }
            case CURRENT -> {
                // carry on
            }
        }
    }
}
