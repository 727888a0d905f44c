package org.warmpool.bench;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import java.time.Instant;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.warmpool.KaribuTest;
import org.warmpool.security.Role;

/**
 * Browser windows as Karibu mocks them, outside a test: each {@link #open} makes a new HTTP session,
 * Vaadin session and UI (Karibu's {@code MockVaadin.setup} on one servlet), logs a user in as
 * {@link KaribuTest} does and shows a route. The UI opened last is the current one; the earlier
 * ones stay alive as long as something holds them (their session lock stays with this thread).
 */
final class KaribuWindows {

    private static final String PRODUCTION_MODE = "vaadin.productionMode";

    private final Function0<UI> factory = UI::new;
    private final MockSpringServlet servlet;

    KaribuWindows(ApplicationContext context) {
        // Karibu's servlet context has its own configuration, in development mode unless told: there
        // Vaadin keeps where each component was created and attached (a stack trace each). The jar
        // runs in production mode, as ChainApp's Spring properties say; so does this context.
        if (System.getProperty(PRODUCTION_MODE) == null) {
            System.setProperty(PRODUCTION_MODE, String.valueOf(!Boolean.getBoolean("bench.devMode")));
        }
        servlet = new MockSpringServlet(KaribuTest.routes(), context, factory);
    }

    /** A new window of its own session, logged in as this user, showing {@code route}. */
    UI open(long userId, String email, String displayName, String route, Role... roles) {
        // A new browser is anonymous until it logs in. Without this, the previous window's login
        // (kept on this thread, as the new session has none yet) met the new request's missing
        // principal in Karibu's first navigation: the log-in page sends a logged-in user home, home
        // sends a request without a principal to log in, and so on until the stack overflowed.
        SecurityContextHolder.clearContext();
        MockVaadin.setup(factory, servlet);
        KaribuTest.authenticate(userId, email, displayName, Instant.EPOCH, roles);
        // Spring Security keeps the login in the HTTP session.
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(SecurityContextHolder.getContext().getAuthentication()));
        respond();
        UI.getCurrent().navigate(route);
        respond();
        return UI.getCurrent();
    }

    /** Whether Vaadin runs in production mode here (Karibu's servlet context's own configuration). */
    static boolean productionMode() {
        return ApplicationConfiguration.get(VaadinService.getCurrent().getContext()).isProductionMode();
    }

    /** Logs another user in on the current window (the next views are theirs). */
    static void switchUser(long userId, String email, String displayName, Role... roles) {
        KaribuTest.authenticate(userId, email, displayName, Instant.EPOCH, roles);
    }

    /**
     * What the server does at the end of a request: runs what waits for the response
     * ({@code beforeClientResponse}, a grid's data) and writes the changes as the UIDL answer.
     * Returns the answer's length in characters.
     */
    static int respond() {
        MockVaadin.clientRoundtrip();
        return new UidlWriter().createUidl(UI.getCurrent(), false).toString().length();
    }

    /**
     * Closes the current window as a browser closing its tab (detached, so that no live-update
     * follower keeps it); the next {@link #open} replaces it as the current one.
     */
    static void closeCurrent() {
        SecurityContextHolder.clearContext();
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            List.copyOf(session.getUIs()).forEach(ComponentUtil::onComponentDetach);
        }
    }
}
