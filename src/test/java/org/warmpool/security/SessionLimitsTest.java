package org.warmpool.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.notification.NotificationService;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.security.ui.LoginView;

/** However busy, a session ends 12 hours (warmpool.session.max-age) after its login. */
class SessionLimitsTest extends KaribuTest {

    @Autowired
    ParticipantTestData participants;
    @Autowired
    TestClock clock;
    @Autowired
    NotificationService notifications;

    @Test
    void aSessionStillWorksJustBeforeTwelveHoursAndNotAfter() {
        Registered pat = participants.register("Pat Longday");
        logInAt(pat, clock.instant());

        clock.moveTo(clock.instant().plus(Duration.ofHours(12)).minusSeconds(60));
        navigate("messages");
        assertThat(activeView()).isNotInstanceOf(LoginView.class);

        clock.moveTo(clock.instant().plus(Duration.ofMinutes(2)));
        navigate("messages");

        assertThat(activeView()).isInstanceOf(LoginView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("session-ended")).getText())
                .isEqualTo(SessionEndedException.MESSAGE);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void aServiceCallOfASessionOlderThanTwelveHoursIsRefused() {
        Registered pat = participants.register("Pat Service");
        logInAt(pat, clock.instant().minus(Duration.ofHours(12)).minusSeconds(1));

        assertThatThrownBy(() -> notifications.myMessages()).isInstanceOf(SessionEndedException.class);
    }

    private void logInAt(Registered who, Instant loggedInAt) {
        login(who.userId(), who.email(), who.name(), Role.PARTICIPANT);
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(Role.PARTICIPANT.authority()));
        AppUserPrincipal principal = new AppUserPrincipal(who.userId(), who.email(), who.name(), "n/a", true,
                authorities, AccountSessions.truncate(loggedInAt));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    private static Component activeView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
