package org.warmpool;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * After every test method the context's {@link TestClock} goes back to the real time, so that a test
 * that moved the clock cannot move it for the tests after it (they share cached contexts).
 */
public class ClockBackAfterEachTest implements TestExecutionListener {

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
        }
    }
}
