package org.warmpool.base;

/**
 * A request that breaks a rule of the clinic (a full pool, an overlap, a date in the past).
 * The message is written for the person at the screen: what is wrong and what to do.
 */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String userMessage) {
        super(userMessage);
    }
}
