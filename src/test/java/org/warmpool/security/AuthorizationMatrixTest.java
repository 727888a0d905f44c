package org.warmpool.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.target.SingletonTargetSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warmpool.KaribuTest;
import org.warmpool.base.ui.NotAvailablePage;
import org.warmpool.security.AuthorizationMatrix.Access;
import org.warmpool.security.AuthorizationMatrix.MethodEntry;
import org.warmpool.security.AuthorizationMatrix.RouteEntry;
import org.warmpool.booking.BookingTestData;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.progress.ProgressTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.ui.LoginView;

/**
 * Every route and every public service method, found on the class path, against the checked-in
 * table {@code src/test/resources/security/authorization-matrix.txt}: each has a line there, the
 * annotations say what the line says, and each role and an anonymous visitor are let in or refused
 * accordingly. See docs/testing.md.
 */
class AuthorizationMatrixTest extends KaribuTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private InstructorTestData instructors;
    @Autowired
    private BookingTestData bookings;
    @Autowired
    private ProgressTestData classes;

    @Test
    void everyRouteAndServiceMethodHasALineAndEveryLineStillExists() {
        Map<String, Access> expected = AuthorizationMatrix.expected();
        Map<String, Access> found = new LinkedHashMap<>();
        AuthorizationMatrix.routes().values().forEach(route -> found.put("route|" + route.key(),
                AuthorizationMatrix.declared(route)));
        AuthorizationMatrix.serviceMethods().values().forEach(method -> found.put("service|" + method.key(),
                AuthorizationMatrix.declared(method)));

        List<String> missing = found.entrySet().stream().filter(entry -> !expected.containsKey(entry.getKey()))
                .map(entry -> entry.getKey() + "|" + entry.getValue()).toList();
        List<String> gone = expected.keySet().stream().filter(key -> !found.containsKey(key)).toList();

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(missing).as("Routes and service methods with no line in %s. Decide who may use each, "
                    + "annotate it, and add its line (shown here with what its annotations say now)",
                    AuthorizationMatrix.RESOURCE).isEmpty();
            softly.assertThat(gone).as("Lines in %s for routes or service methods that no longer exist (renamed, "
                    + "removed, parameters changed): remove or correct them", AuthorizationMatrix.RESOURCE).isEmpty();
        });
    }

    @Test
    void theAnnotationsSayWhatTheTableSays() {
        Map<String, Access> expected = AuthorizationMatrix.expected();
        List<String> disagreements = new ArrayList<>();
        for (RouteEntry route : AuthorizationMatrix.routes().values()) {
            Access table = expected.get("route|" + route.key());
            Access declared = AuthorizationMatrix.declared(route);
            if (table != null && !table.equals(declared)) {
                disagreements.add("route " + route.key() + " (" + route.view().getSimpleName() + "): table says "
                        + table + ", annotations say " + declared);
            }
        }
        for (MethodEntry method : AuthorizationMatrix.serviceMethods().values()) {
            Access table = expected.get("service|" + method.key());
            Access declared = AuthorizationMatrix.declared(method);
            if (table != null && !table.equals(declared)) {
                disagreements.add("service " + method.key() + ": table says " + table + ", annotations say "
                        + declared);
            }
        }
        assertThat(disagreements).as("Annotations that disagree with %s", AuthorizationMatrix.RESOURCE).isEmpty();
    }

    /**
     * A service method with no role check ({@code unchecked} in the table) is for other services
     * and the application's own start-up: no view may call one, or a page would reach it without a check.
     */
    @Test
    void noViewCallsAServiceMethodWithoutARoleCheck() {
        Map<String, MethodEntry> unchecked = new LinkedHashMap<>();
        AuthorizationMatrix.serviceMethods().values().stream()
                .filter(method -> AuthorizationMatrix.declared(method).equals(Access.UNCHECKED))
                .forEach(method -> unchecked.put(method.service().getName() + "#" + method.method().getName()
                        + List.of(method.method().getParameterTypes()).stream().map(Class::getName).toList(), method));
        JavaClasses application = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(AuthorizationMatrix.BASE_PACKAGE);
        Set<String> calls = new TreeSet<>();
        for (JavaClass type : application) {
            if (!type.getPackageName().contains(".ui")) {
                continue;
            }
            for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                var target = call.getTarget();
                String key = target.getOwner().getName() + "#" + target.getName() + target.getRawParameterTypes()
                        .stream().map(JavaClass::getName).toList();
                if (unchecked.containsKey(key)) {
                    calls.add(type.getSimpleName() + " calls " + unchecked.get(key).key());
                }
            }
        }
        assertThat(calls).as("Views calling service methods that have no role check: give the method "
                + "@RolesAllowed or @PermitAll (and its line in %s)", AuthorizationMatrix.RESOURCE).isEmpty();
    }

    /**
     * Opens every route as an anonymous visitor and as a user of each role (one representative URL
     * parameter where the route needs one). Refused: an anonymous visitor lands on the login form, a
     * logged-in user on "Page not available". Let in: the view itself is shown.
     */
    @Test
    void eachRoleAndAnAnonymousVisitorOpenExactlyTheRoutesTheTableGivesThem() {
        Map<String, Access> expected = AuthorizationMatrix.expected();
        Sample sample = sample();
        List<String> wrong = new ArrayList<>();
        for (RouteEntry route : AuthorizationMatrix.routes().values()) {
            Access access = expected.get("route|" + route.key());
            if (access == null) {
                continue; // reported by everyRouteAndServiceMethodHasALineAndEveryLineStillExists
            }
            for (Role role : identities()) {
                if (role == null) {
                    logout();
                } else {
                    sample.logIn(role);
                }
                String url = route.hasParameter() ? sample.url(route) : route.path();
                boolean allowed = role == null ? access.allowsAnonymous() : access.allows(role);
                String who = role == null ? "anonymous" : role.name();
                try {
                    navigate(url);
                } catch (RuntimeException failed) {
                    wrong.add(url + " as " + who + ": " + failed);
                    continue;
                }
                HasElement shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
                boolean refusal = shown instanceof NotAvailablePage<?>
                        || (shown instanceof LoginView && route.view() != LoginView.class);
                boolean viewShown = route.view().isInstance(shown) || forwardsElsewhere(route, role, shown);
                if (allowed && (refusal || !viewShown)) {
                    wrong.add(url + " as " + who + ": should open, but " + shown.getClass().getSimpleName()
                            + " is shown");
                } else if (!allowed && (!refusal || viewShown)) {
                    wrong.add(url + " as " + who + ": should be refused, but " + shown.getClass().getSimpleName()
                            + " is shown");
                }
            }
        }
        assertThat(wrong).as("Routes that do not do what %s says", AuthorizationMatrix.RESOURCE).isEmpty();
    }

    /**
     * One participant, screened clear, booked into a class today that one instructor teaches: the
     * URL parameter for the routes that need one, and the users who log in.
     */
    private Sample sample() {
        login("matrix-admin@warmpool.example", Role.ADMIN);
        Instructor teacher = instructors.qualified("Matrix Teacher");
        Registered swimmer = bookings.cleared("Matrix Swimmer");
        ScheduledSession today = classes.pastClass(2, 0, teacher, swimmer);
        logout();
        return new Sample(teacher, swimmer, today);
    }

    private final class Sample {
        private final Instructor teacher;
        private final Registered swimmer;
        private final ScheduledSession session;

        Sample(Instructor teacher, Registered swimmer, ScheduledSession session) {
            this.teacher = teacher;
            this.swimmer = swimmer;
            this.session = session;
        }

        void logIn(Role role) {
            switch (role) {
                case INSTRUCTOR -> login(teacher.getUser().getId(), teacher.getEmail(), teacher.getName(), role);
                case PARTICIPANT -> login(swimmer.userId(), swimmer.email(), swimmer.name(), role);
                default -> login("matrix-" + role.name().toLowerCase() + "@warmpool.example", role);
            }
        }

        /** The route with one representative parameter: a participant, a class or a (wrong) link token. */
        String url(RouteEntry route) {
            return switch (route.path()) {
                case "participant", "participant-classes", "participant-progress", "intake", "erase-participant" ->
                        route.path() + "/" + swimmer.participantId();
                case "waitlist", "pain-check-in", "roster" -> route.path() + "/" + session.id();
                case "water-temperature" -> route.path() + "/" + session.poolId();
                case "invitation", "reset-password" -> route.path() + "/not-a-real-token";
                default -> throw new IllegalStateException("Route " + route.key() + " takes a parameter: give it a "
                        + "representative one in AuthorizationMatrixTest.Sample.url");
            };
        }
    }

    /**
     * The start page sends each logged-in user to their role's home, and the login page sends a
     * logged-in user to the start page: for these two, "let in" is any page but a refusal.
     */
    private static boolean forwardsElsewhere(RouteEntry route, Role role, HasElement shown) {
        boolean forwarder = route.path().isEmpty() || route.view() == LoginView.class;
        return forwarder && role != null && !(shown instanceof NotAvailablePage<?>) && !(shown instanceof LoginView);
    }

    /**
     * Calls every service method as an anonymous caller and as a user of each role, through the
     * bean's own Spring advice (method security included), in front of a stand-in that does
     * nothing: no method really runs, so dummy arguments are enough and nothing changes. Refused:
     * an {@link AccessDeniedException}. Let in: no access denial (nothing else is looked at).
     */
    @Test
    void eachRoleAndAnAnonymousCallerAreRefusedExactlyTheServiceMethodsTheTableRefusesThem() {
        Map<String, Access> expected = AuthorizationMatrix.expected();
        Map<Class<?>, Object> guarded = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        Set<String> notProxied = new TreeSet<>();
        for (MethodEntry entry : AuthorizationMatrix.serviceMethods().values()) {
            Access access = expected.get("service|" + entry.key());
            if (access == null) {
                continue; // reported by everyRouteAndServiceMethodHasALineAndEveryLineStillExists
            }
            Object bean = context.getBean(entry.service());
            if (!AopUtils.isAopProxy(bean)) {
                if (!access.equals(Access.UNCHECKED)) {
                    notProxied.add(entry.service().getName());
                }
                continue;
            }
            Object proxy = guarded.computeIfAbsent(entry.service(), type -> standInBehind((Advised) bean, type));
            for (Role role : identities()) {
                boolean allowed = role == null ? access.allowsAnonymous() : access.allows(role);
                String who = role == null ? "anonymous" : role.name();
                Throwable thrown = call(proxy, entry.method(), role);
                boolean denied = thrown instanceof AccessDeniedException;
                if (allowed && denied) {
                    wrong.add(entry.key() + " as " + who + ": should be let in, but was refused: " + thrown);
                } else if (!allowed && !denied) {
                    wrong.add(entry.key() + " as " + who + ": should be refused, but "
                            + (thrown == null ? "was let in" : "threw " + thrown));
                }
            }
        }
        assertThat(notProxied).as("Services with role checks that Spring does not proxy (so no check runs)")
                .isEmpty();
        assertThat(wrong).as("Service methods that do not do what %s says", AuthorizationMatrix.RESOURCE).isEmpty();
    }

    /** Anonymous (null), then each role. */
    private static List<Role> identities() {
        List<Role> identities = new ArrayList<>();
        identities.add(null);
        identities.addAll(List.of(Role.values()));
        return identities;
    }

    /** A proxy with the bean's advisors, in front of a mock that does nothing. */
    private static Object standInBehind(Advised bean, Class<?> type) {
        ProxyFactory factory = new ProxyFactory();
        factory.setProxyTargetClass(bean.isProxyTargetClass());
        factory.setExposeProxy(bean.isExposeProxy());
        factory.setInterfaces(bean.getProxiedInterfaces());
        factory.addAdvisors(bean.getAdvisors());
        factory.setTargetSource(new SingletonTargetSource(mock(type)));
        return factory.getProxy(type.getClassLoader());
    }

    private static Throwable call(Object proxy, Method method, Role role) {
        var security = SecurityContextHolder.getContext();
        if (role == null) {
            security.setAuthentication(new AnonymousAuthenticationToken("matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            var authorities = List.of(new SimpleGrantedAuthority(role.authority()));
            security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new AppUserPrincipal(0L,
                    "matrix@warmpool.example", "Matrix", "n/a", true, authorities), null, authorities));
        }
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = neutral(types[i]);
        }
        try {
            method.invoke(proxy, arguments);
            return null;
        } catch (InvocationTargetException thrown) {
            return thrown.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Object neutral(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return 'x';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
