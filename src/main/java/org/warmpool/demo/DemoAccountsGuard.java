package org.warmpool.demo;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.warmpool.security.SystemTasks;
import org.warmpool.security.UserAccountService;

/**
 * A clinic's start (no demo data) refuses to run while a demo login with its published password is
 * in the database: someone pointed the dev profile at the clinic's file, or copied a demo database.
 * Runs before the application takes requests, and before the initial administrator is looked for.
 */
@Component
@ConditionalOnProperty(name = "warmpool.demo-data.enabled", havingValue = "false", matchIfMissing = true)
class DemoAccountsGuard implements ApplicationRunner {

    private final UserAccountService accounts;

    DemoAccountsGuard(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> found = new ArrayList<>();
        SystemTasks.runAsStaff(() -> DemoData.ACCOUNTS.stream().map(DemoData.DemoAccount::email)
                .filter(email -> accounts.acceptsPassword(email, DemoData.PASSWORD)).forEach(found::add));
        if (!found.isEmpty()) {
            throw new DemoAccountsPresentException(found);
        }
    }
}
