package org.warmpool;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kotlin.jvm.functions.Function0;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.Role;

/**
 * Base of the browserless UI tests: the real Spring context and Vaadin's Spring servlet, mocked
 * by Karibu, with Spring Security's access annotations enforced on navigation.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    // Route discovery scans the classpath: do it once for the whole test run.
    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.warmpool");

    /** The application's routes, discovered once (the view benchmarks use them too). */
    public static Routes routes() {
        return ROUTES;
    }

    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void setUpVaadin() {
        // Every Karibu request comes from 127.0.0.1 and the suite shares one database: each test
        // starts with no registrations or reset requests counted against that address.
        jdbc.update("DELETE FROM request_attempt");
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        // Closes the test's windows as a browser would, so that no live-update follower
        // (base.ui.LiveUpdates, a singleton of the shared context) keeps a test's UI.
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            List.copyOf(session.getUIs()).forEach(ComponentUtil::onComponentDetach);
        }
        MockVaadin.tearDown();
    }

    /** Logs in as a user with these roles, as the login form would. */
    protected void login(String email, Role... roles) {
        login(0L, email, email.substring(0, email.indexOf('@')), roles);
    }

    protected void login(long userId, String email, String displayName, Role... roles) {
        login(userId, email, displayName, Instant.EPOCH, roles);
    }

    /** As above, for a session that logged in at {@code loggedInAt} (after the account's last password change). */
    protected void login(long userId, String email, String displayName, Instant loggedInAt, Role... roles) {
        authenticate(userId, email, displayName, loggedInAt, roles);
    }

    /** {@link #login} for the current Karibu request, outside a test (the view benchmarks). */
    public static void authenticate(long userId, String email, String displayName, Instant loggedInAt,
            Role... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        AppUserPrincipal principal = new AppUserPrincipal(userId, email, displayName, "n/a", true, authorities,
                loggedInAt);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);

        // Vaadin's route access checks read the servlet request, which Spring's filter would wrap.
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((user, role) -> Arrays.stream(roles).anyMatch(r -> r.name().equals(role)));
    }

    /** Logs out: the next pages are opened as an anonymous visitor. */
    protected void logout() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((user, role) -> false);
    }

    protected void navigate(String route) {
        UI.getCurrent().navigate(route);
    }

    /**
     * What the open notifications say: a short confirmation keeps its text in a property, a
     * problem notification in its child components.
     */
    protected static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> (notification.getElement().getProperty("text", "") + " "
                        + notification.getElement().getTextRecursively()).strip())
                .toList();
    }

    /**
     * The text a browser shows for {@code component}, as {@code getTextRecursively()} gives it,
     * including the parts sent as a whole piece of HTML (an element's {@code innerHTML}, as the
     * schedule's cards are): those are parsed as the browser would and their text taken as it is.
     */
    public static String textShown(Component component) {
        StringBuilder text = new StringBuilder();
        appendText(component.getElement(), text);
        return text.toString();
    }

    /** The text shown by the first element with this class name inside {@code component}, however it was sent. */
    public static String textShown(Component component, String className) {
        return partShown(component.getElement(), className)
                .orElseThrow(() -> new AssertionError("No element with class " + className + " in " + component));
    }

    private static void appendText(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText());
            return;
        }
        String html = element.getProperty("innerHTML");
        if (html != null) {
            text.append(Jsoup.parseBodyFragment(html).body().wholeText());
        }
        element.getChildren().forEach(child -> appendText(child, text));
    }

    private static Optional<String> partShown(Element element, String className) {
        if (!element.isTextNode()) {
            if (element.getClassList().contains(className)) {
                StringBuilder text = new StringBuilder();
                appendText(element, text);
                return Optional.of(text.toString());
            }
            String html = element.getProperty("innerHTML");
            if (html != null) {
                org.jsoup.nodes.Element part = Jsoup.parseBodyFragment(html).body().selectFirst("." + className);
                if (part != null) {
                    return Optional.of(part.wholeText());
                }
            }
        }
        return element.getChildren().map(child -> partShown(child, className)).flatMap(Optional::stream).findFirst();
    }
}
