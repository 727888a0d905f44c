package org.warmpool.demo;

import java.util.List;

/** Demo logins with the published password exist in a database started without demo data. */
public class DemoAccountsPresentException extends IllegalStateException {

    private final List<String> emails;

    DemoAccountsPresentException(List<String> emails) {
        super("The database holds demo accounts with the published demo password: " + String.join(", ", emails));
        this.emails = List.copyOf(emails);
    }

    public List<String> emails() {
        return emails;
    }
}
