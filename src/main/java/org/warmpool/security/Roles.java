package org.warmpool.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} on views and services. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String FRONT_DESK = "FRONT_DESK";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String PARTICIPANT = "PARTICIPANT";

    private Roles() {
    }
}
