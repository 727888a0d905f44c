package org.warmpool.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether a logged-in session may go on. A session ends when its account is disabled, or when it
 * logged in before the account's {@code sessions_valid_from} (set by a password change or reset;
 * an administrator's "log out everywhere" can set it the same way), or when it logged in longer
 * ago than {@code warmpool.session.max-age} (12 hours), however busy it has been. Three places ask on every
 * request: {@link EndedSessionFilter} for each HTTP request, the navigation guard for each Vaadin
 * navigation, and {@link SessionCheckAdvice} before each secured service method. Inside an HTTP request
 * that the filter found current, the other two take its answer instead of reading the account again
 * ({@link #whileCurrent}): a session ended meanwhile stops at its next request.
 */
@Component
public class AccountSessions {

    /** What a session may do. */
    public enum Status {
        /** Carry on. */
        CURRENT,
        /** Carry on, but only to the My account page: someone else chose the password. */
        MUST_CHANGE_PASSWORD,
        /** Log out: the password was changed since this session logged in, the account is disabled, or the session is too old. */
        ENDED
    }

    /** Stored times and login times are compared at millisecond precision, which every database keeps. */
    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The principal the filter found current, for the rest of this thread's HTTP request. */
    private static final ThreadLocal<AppUserPrincipal> CHECKED_THIS_REQUEST = new ThreadLocal<>();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration maxAge;

    AccountSessions(JdbcTemplate jdbc, Clock clock, @Value("${warmpool.session.max-age:12h}") Duration maxAge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The status of the session of the current thread; CURRENT for anonymous visitors and system tasks. */
    public Status ofCurrentSession() {
        return currentPrincipal().map(principal -> principal == CHECKED_THIS_REQUEST.get() ? Status.CURRENT
                : of(principal)).orElse(Status.CURRENT);
    }

    /**
     * Runs the rest of an HTTP request whose session was just found {@link Status#CURRENT}: until it
     * returns, this thread's checks of that same principal need no query. A principal replaced
     * meanwhile (a password changed in this request, a log-in, a log-out) is checked again.
     */
    static void whileCurrent(AppUserPrincipal principal, RestOfRequest rest) throws ServletException, IOException {
        CHECKED_THIS_REQUEST.set(principal);
        try {
            rest.run();
        } finally {
            CHECKED_THIS_REQUEST.remove();
        }
    }

    /** The rest of an HTTP request: what a servlet filter passes it on to. */
    @FunctionalInterface
    interface RestOfRequest {
        void run() throws ServletException, IOException;
    }

    /**
     * One small statement in plain JDBC, on the caller's transaction if there is one, else alone with
     * a connection of its own: it is asked before every secured service call, outside that call's
     * transaction, and a transaction and a Hibernate session of its own cost more than the statement
     * (docs/performance.md, "Booking spread: where the CPU goes").
     */
    public Status of(AppUserPrincipal principal) {
        // An account that no longer exists cannot be checked; accounts are disabled, never deleted.
        return sessionState(principal.getUserId()).map(state -> {
            if (!state.enabled() || tooOld(principal)) {
                return Status.ENDED;
            }
            if (state.sessionsValidFrom() != null
                    && principal.getLoggedInAt().isBefore(truncate(state.sessionsValidFrom()))) {
                return Status.ENDED;
            }
            return state.mustChangePassword() ? Status.MUST_CHANGE_PASSWORD : Status.CURRENT;
        }).orElse(Status.CURRENT);
    }

    private Optional<SessionState> sessionState(long userId) {
        return jdbc.query("select enabled, sessions_valid_from, must_change_password from app_user where id = ?",
                (rs, row) -> {
                    OffsetDateTime validFrom = rs.getObject(2, OffsetDateTime.class);
                    return new SessionState(rs.getBoolean(1), validFrom == null ? null : validFrom.toInstant(),
                            rs.getBoolean(3));
                }, userId).stream().findFirst();
    }

    /** A session with a known login time lasts at most {@code maxAge}, however busy it has been. */
    private boolean tooOld(AppUserPrincipal principal) {
        Instant loggedInAt = principal.getLoggedInAt();
        return !loggedInAt.equals(Instant.EPOCH) && loggedInAt.plus(maxAge).isBefore(clock.instant());
    }

    /**
     * After this session changed its own password (which ended every session older than
     * {@code validFrom}), the session itself goes on: its principal now counts as logged in then.
     * The caller that holds the HTTP session saves the context there (see My account).
     */
    void keepCurrentSession(Instant validFrom) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal principal) {
            AppUserPrincipal renewed = principal.loggedInAt(truncate(validFrom));
            var token = UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities());
            token.setDetails(auth.getDetails());
            // The same context object: Spring Security stored it in the HTTP session at login.
            SecurityContextHolder.getContext().setAuthentication(token);
        }
    }

    static Optional<AppUserPrincipal> currentPrincipal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }
}
