package org.warmpool.account;

import java.time.Instant;

/**
 * A reset link made by staff, to hand over on paper or read out.
 *
 * @param name       whose account it is
 * @param email      the address they log in with
 * @param link       the link that opens the page to choose a new password
 * @param validUntil when the link stops working
 */
public record ResetLink(String name, String email, String link, Instant validUntil) {
}
