package org.warmpool.security;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the Spring Security chain, after the session's login is read: a session that has ended
 * ({@link AccountSessions}) is logged out (HTTP session invalidated) and the browser is sent to
 * the log-in page, which says why. A page request gets a redirect; a request of Vaadin's client
 * (a click, a navigation inside the app) gets the answer that makes the client go there.
 */
class EndedSessionFilter extends OncePerRequestFilter {

    static final String ENDED_PAGE = "/login?ended";

    private final AccountSessions sessions;

    EndedSessionFilter(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) == null) {
            chain.doFilter(request, response);
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AppUserPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        AccountSessions.Status status = sessions.of(principal);
        if (status == AccountSessions.Status.CURRENT) {
            AccountSessions.whileCurrent(principal, () -> chain.doFilter(request, response));
            return;
        }
        if (status != AccountSessions.Status.ENDED) {
            chain.doFilter(request, response);
            return;
        }
        new SecurityContextLogoutHandler().logout(request, response, auth);
        String target = request.getContextPath() + ENDED_PAGE;
        if ("uidl".equals(request.getParameter("v-r"))) {
            // Vaadin's client follows a critical notification without caption or message as a redirect.
            response.setContentType("application/json; charset=UTF-8");
            response.getOutputStream().write(VaadinService.createCriticalNotificationJSON(null, null, null, target)
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.sendRedirect(target);
    }
}
