package org.warmpool.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import com.vaadin.flow.component.Component;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Before every secured service method ({@code @RolesAllowed} or {@code @PermitAll}, on the method
 * or its class), and before the role check itself: a session that has ended is refused with
 * {@link SessionEndedException}. Requests over HTTP are stopped earlier by
 * {@link EndedSessionFilter}; this catches a UI that never passes a servlet filter again (a test's
 * UI, or a long-lived connection) at its next service call.
 */
@Configuration(proxyBeanMethods = false)
class SessionCheckAdvice {

    /** Set while the outermost secured call of this thread runs: one check (one query) per call from outside. */
    private static final ThreadLocal<Boolean> CHECKED = new ThreadLocal<>();

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor endedSessionCheck(ObjectProvider<AccountSessions> sessions) {
        ComposablePointcut secured = new ComposablePointcut(new AnnotationMatchingPointcut(RolesAllowed.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(RolesAllowed.class))
                .union(new AnnotationMatchingPointcut(PermitAll.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(PermitAll.class))
                // Views carry the same annotations for route access, which the navigation guard checks.
                .intersection((ClassFilter) type -> !Component.class.isAssignableFrom(type));
        MethodInterceptor check = (MethodInvocation invocation) -> {
            if (Boolean.TRUE.equals(CHECKED.get())) {
                // A service called by a service: the outermost call checked this thread's session just now.
                return invocation.proceed();
            }
            if (sessions.getObject().ofCurrentSession() == AccountSessions.Status.ENDED) {
                SecurityContextHolder.clearContext();
                throw new SessionEndedException();
            }
            CHECKED.set(Boolean.TRUE);
            try {
                return invocation.proceed();
            } finally {
                CHECKED.remove();
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(secured, check);
        advisor.setOrder(AuthorizationInterceptorsOrder.FIRST.getOrder() + 1);
        return advisor;
    }
}
