package org.warmpool.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in plain words why a clinic's start stopped on demo accounts, and what to do, without a stack trace. */
class DemoAccountsFailureAnalyzer extends AbstractFailureAnalyzer<DemoAccountsPresentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoAccountsPresentException cause) {
        return new FailureAnalysis("Warmpool did not start: this database holds demo logins whose password is "
                + "published (" + String.join(", ", cause.emails()) + "). A clinic's database must never have them.",
                "If this is the demo, start it with ./mvnw spring-boot:run (the dev profile keeps its own file, "
                        + "./data/warmpool-demo). If this is the clinic's database, restore the last backup taken "
                        + "before the demo data came in, or start from a new database file "
                        + "(spring.datasource.url). See docs/operations.md, \"Demo and production apart\".",
                cause);
    }
}
