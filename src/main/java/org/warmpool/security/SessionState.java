package org.warmpool.security;

import java.time.Instant;

/** What decides whether a session of an account may go on. */
record SessionState(boolean enabled, Instant sessionsValidFrom, boolean mustChangePassword) {
}
