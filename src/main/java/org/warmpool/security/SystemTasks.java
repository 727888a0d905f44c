package org.warmpool.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the application does by itself (demo data, scheduled jobs) passes the same service-level
 * role checks as a person would, under a "system" identity with staff roles.
 */
public final class SystemTasks {

    private SystemTasks() {
    }

    /** As {@link #runAsStaff}, for a task with a result. */
    public static <T> T callAsStaff(Supplier<T> task) {
        List<T> result = new ArrayList<>(1);
        runAsStaff(() -> result.add(task.get()));
        return result.get(0);
    }

    public static void runAsStaff(Runnable task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()),
                new SimpleGrantedAuthority(Role.FRONT_DESK.authority()));
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null, authorities));
        SecurityContextHolder.setContext(system);
        try {
            task.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
