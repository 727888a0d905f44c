package org.warmpool.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.warmpool.security.ui.LoginView;

@Configuration
@EnableWebSecurity
// @RolesAllowed and @PermitAll only. Spring Security's @PreAuthorize family is off: unused here, its
// four advisors searched every method of each view for their annotations whenever a view was made.
@EnableMethodSecurity(prePostEnabled = false, jsr250Enabled = true)
class SecurityConfig extends VaadinWebSecurity {

    /** The private calendar feeds, {@code /calendar/<token>.ics} (calendar.CalendarController). */
    static final String CALENDAR_FEEDS = "/calendar/*.ics";

    private final boolean h2ConsoleEnabled;
    private final AccountSessions sessions;
    private final SecurityEventLog eventLog;

    SecurityConfig(@Value("${spring.h2.console.enabled:false}") boolean h2ConsoleEnabled, AccountSessions sessions,
            SecurityEventLog eventLog) {
        this.h2ConsoleEnabled = h2ConsoleEnabled;
        this.sessions = sessions;
        this.eventLog = eventLog;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        // Private calendar feeds: calendar programs cannot log in; the long random token in the address is
        // the key (an unknown or revoked one answers 404). Only this one path segment: the "Add to
        // calendar" files below /calendar/booking/ and /calendar/class/ need a login like every page.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, CALENDAR_FEEDS).permitAll());
        if (h2ConsoleEnabled) {
            // Development only (the dev profile): the console needs frames and posts without Vaadin's CSRF token.
            http.authorizeHttpRequests(auth -> auth.requestMatchers(PathRequest.toH2Console()).hasRole(Roles.ADMIN));
            http.csrf(csrf -> csrf.ignoringRequestMatchers(PathRequest.toH2Console()));
        }
        SecurityHeaders.apply(http, h2ConsoleEnabled);
        super.configure(http);
        setLoginView(http, LoginView.class);
        // A session that logged in before a password change, or of a disabled account, ends here.
        http.addFilterAfter(new EndedSessionFilter(sessions), SecurityContextHolderFilter.class);
    }

    /** Logouts are written to the security log (logins and refusals come as events). */
    @Override
    protected void addLogoutHandlers(Consumer<LogoutHandler> registry) {
        super.addLogoutHandlers(registry);
        registry.accept(eventLog);
    }

    /** Refused pages and service calls become events for the security log. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /**
     * BCrypt with its default cost (10); tests that register hundreds of participants lower it
     * through {@code warmpool.security.bcrypt-strength}, which production leaves alone.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${warmpool.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }
}
