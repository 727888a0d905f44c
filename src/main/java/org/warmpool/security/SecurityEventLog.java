package org.warmpool.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every login, failed login, logout and refused call, with who, from which client address and what
 * (the log line has the time). Never a password or any health data: only the e-mail address typed,
 * the page or the service method. One logger, {@code org.warmpool.security.events}, so an
 * operator can send these lines to their own file.
 */
@Component
class SecurityEventLog implements LogoutHandler {

    static final String LOGGER = "org.warmpool.security.events";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        log.info("Login: {} from {}", event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        log.warn("Failed login: {} from {} ({})", event.getAuthentication().getName(),
                address(event.getAuthentication()), event.getException().getClass().getSimpleName());
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            log.info("Logout: {} from {}", authentication.getName(), request.getRemoteAddr());
        }
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        log.warn("Refused: {} for {} from {}", what(event.getSource()),
                who == null ? "an anonymous visitor" : who.getName(), address(who));
    }

    private static String what(Object refused) {
        if (refused instanceof MethodInvocation call) {
            return call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
        }
        if (refused instanceof HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return String.valueOf(refused);
    }

    private static String address(Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "unknown";
    }
}
