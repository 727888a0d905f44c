package org.warmpool.security;

/** What a user may do. A user has one or more roles; each maps to a Spring Security authority. */
public enum Role {
    ADMIN("Administrator"),
    FRONT_DESK("Front desk"),
    INSTRUCTOR("Instructor"),
    PARTICIPANT("Participant");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
