package org.warmpool.security;

import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * The authorization matrix: every route and every public service method, found on the class path,
 * with who may use it, and the checked-in table ({@code security/authorization-matrix.txt}) that
 * says who should. Lines of the table: {@code route|/path|WHO} and
 * {@code service|package.Class#method(Types)|WHO}, where WHO is
 * <ul>
 * <li>a comma-separated list of roles ({@code ADMIN,FRONT_DESK});</li>
 * <li>{@code logged in}: every logged-in user, whatever their role (a route's {@code @PermitAll});</li>
 * <li>{@code anyone}: anonymous visitors too (a route's {@code @AnonymousAllowed}, a service's
 * {@code @PermitAll});</li>
 * <li>{@code unchecked}: a service method with no annotation, so no role check at all;</li>
 * <li>{@code nobody}: {@code @DenyAll}, or a route with no annotation (Vaadin refuses those).</li>
 * </ul>
 */
final class AuthorizationMatrix {

    static final String RESOURCE = "/security/authorization-matrix.txt";
    static final String BASE_PACKAGE = "org.warmpool";

    /** Who may use a route or a method. */
    record Access(String words) {
        static final Access ANYONE = new Access("anyone");
        static final Access LOGGED_IN = new Access("logged in");
        static final Access UNCHECKED = new Access("unchecked");
        static final Access NOBODY = new Access("nobody");

        static Access roles(Set<Role> roles) {
            return roles.isEmpty() ? NOBODY
                    : new Access(roles.stream().sorted().map(Role::name).collect(Collectors.joining(",")));
        }

        static Access parse(String words) {
            String trimmed = words.strip();
            return switch (trimmed) {
                case "anyone", "logged in", "unchecked", "nobody" -> new Access(trimmed);
                default -> roles(Arrays.stream(trimmed.split(",")).map(String::strip).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
            };
        }

        boolean allowsAnonymous() {
            return equals(ANYONE) || equals(UNCHECKED);
        }

        boolean allows(Role role) {
            return allowsAnonymous() || equals(LOGGED_IN)
                    || (!equals(NOBODY) && Arrays.asList(words.split(",")).contains(role.name()));
        }

        @Override
        public String toString() {
            return words;
        }
    }

    /** A route found on the class path. */
    record RouteEntry(String key, Class<?> view, String path, boolean hasParameter) {
    }

    /** A public service method found on the class path. */
    record MethodEntry(String key, Class<?> service, Method method) {
    }

    private AuthorizationMatrix() {
    }

    // ---- discovery ------------------------------------------------------------------------------

    /** Every {@code @Route} class of the application (test views are left out), by its path. */
    static Map<String, RouteEntry> routes() {
        Map<String, RouteEntry> routes = new TreeMap<>();
        for (Class<?> view : applicationClasses(new AnnotationTypeFilter(Route.class))) {
            String value = view.getAnnotation(Route.class).value();
            boolean parameter = HasUrlParameter.class.isAssignableFrom(view);
            String path = "/" + value + (parameter ? (value.isEmpty() ? "" : "/") + "{parameter}" : "");
            routes.put(path, new RouteEntry(path, view, value, parameter));
        }
        return routes;
    }

    /**
     * Every public method declared by a service: each {@code @Service} class of the application
     * outside {@code ui} packages, and each other Spring bean ({@code @Component} and its kin)
     * whose class or one of its methods carries a security annotation.
     */
    static Map<String, MethodEntry> serviceMethods() {
        Map<String, MethodEntry> methods = new TreeMap<>();
        for (Class<?> bean : applicationClasses(new AnnotationTypeFilter(Component.class))) {
            if (bean.getPackageName().contains(".ui") || !isService(bean)) {
                continue;
            }
            for (Method method : bean.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()
                        && !method.isBridge()) {
                    String key = shortName(bean) + "#" + method.getName() + "(" + Arrays.stream(
                            method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","))
                            + ")";
                    methods.put(key, new MethodEntry(key, bean, method));
                }
            }
        }
        return methods;
    }

    private static boolean isService(Class<?> bean) {
        return bean.isAnnotationPresent(Service.class) || hasSecurityAnnotation(bean)
                || Arrays.stream(bean.getDeclaredMethods()).anyMatch(AuthorizationMatrix::hasSecurityAnnotation);
    }

    private static boolean hasSecurityAnnotation(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class) || element.isAnnotationPresent(AnonymousAllowed.class)
                || element.isAnnotationPresent(Secured.class) || element.isAnnotationPresent(PreAuthorize.class);
    }

    /** {@code booking.BookingService} for {@code org.warmpool.booking.BookingService}. */
    static String shortName(Class<?> type) {
        return type.getName().substring(BASE_PACKAGE.length() + 1);
    }

    private static List<Class<?>> applicationClasses(AnnotationTypeFilter filter) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        List<Class<?>> classes = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            if (isTestClass(candidate)) {
                continue;
            }
            classes.add(ClassUtils.resolveClassName(candidate.getBeanClassName(),
                    AuthorizationMatrix.class.getClassLoader()));
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }

    private static boolean isTestClass(BeanDefinition candidate) {
        try {
            return ((AbstractBeanDefinition) candidate).getResource().getURL().toString().contains("/test-classes/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- what the annotations say ----------------------------------------------------------------

    /** As Vaadin's navigation guard reads a view: the first class up the hierarchy with an annotation. */
    static Access declared(RouteEntry route) {
        for (Class<?> type = route.view(); type != null && type != Object.class; type = type.getSuperclass()) {
            if (type.isAnnotationPresent(DenyAll.class)) {
                return Access.NOBODY;
            }
            if (type.isAnnotationPresent(AnonymousAllowed.class)) {
                return Access.ANYONE;
            }
            if (type.isAnnotationPresent(RolesAllowed.class)) {
                return Access.roles(roles(type.getAnnotation(RolesAllowed.class)));
            }
            if (type.isAnnotationPresent(PermitAll.class)) {
                return Access.LOGGED_IN;
            }
        }
        return Access.NOBODY;
    }

    /**
     * As Spring's method security reads a service method ({@code jsr250Enabled}): the method's own
     * annotation, else its class's. {@code @Secured} is not switched on in SecurityConfig and would
     * be ignored; {@code @PreAuthorize} is not used in this application: both are refused here.
     */
    static Access declared(MethodEntry entry) {
        for (AnnotatedElement element : List.of(entry.method(), entry.service())) {
            if (element.isAnnotationPresent(Secured.class) || element.isAnnotationPresent(PreAuthorize.class)
                    || element.isAnnotationPresent(AnonymousAllowed.class)) {
                throw new IllegalStateException(entry.key() + ": use @RolesAllowed, @PermitAll or @DenyAll on "
                        + "services (@Secured is not switched on, @AnonymousAllowed is for views only)");
            }
            if (element.isAnnotationPresent(DenyAll.class)) {
                return Access.NOBODY;
            }
            if (element.isAnnotationPresent(RolesAllowed.class)) {
                return Access.roles(roles(element.getAnnotation(RolesAllowed.class)));
            }
            if (element.isAnnotationPresent(PermitAll.class)) {
                return Access.ANYONE;
            }
        }
        return Access.UNCHECKED;
    }

    private static Set<Role> roles(RolesAllowed annotation) {
        return Arrays.stream(annotation.value()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    // ---- the checked-in table --------------------------------------------------------------------

    /** The table's lines by kind and key ({@code route|/admin}), in file order. */
    static Map<String, Access> expected() {
        Map<String, Access> lines = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int number = 0;
            for (String line : text.split("\n")) {
                number++;
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String[] parts = Arrays.stream(content.split("\\|")).map(String::strip).toArray(String[]::new);
                if (parts.length != 3 || !(parts[0].equals("route") || parts[0].equals("service"))) {
                    throw new IllegalStateException(RESOURCE + " line " + number
                            + ": expected route|/path|WHO or service|package.Class#method(Types)|WHO, not: " + line);
                }
                String key = parts[0] + "|" + parts[1].strip();
                if (lines.put(key, Access.parse(parts[2])) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": " + key + " is listed twice");
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
