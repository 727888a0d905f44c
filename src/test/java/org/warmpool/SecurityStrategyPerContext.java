package org.warmpool;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its security-context strategy into Spring Security's static holder when an
 * application context starts; the method-security checks keep using their own context's one.
 * Tests cache several contexts (H2, PostgreSQL), so before each test the static holder is pointed
 * back at the strategy of the context that test runs in. (In production there is one context.)
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        // Before Spring Security's @WithMockUser listener, which writes through the static holder.
        return 100;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
