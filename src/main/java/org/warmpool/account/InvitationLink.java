package org.warmpool.account;

import java.time.Instant;

/**
 * An invitation to a new staff or instructor account: a single-use link with which the person
 * chooses their password.
 *
 * @param name       whose account it is
 * @param email      the address they log in with (and to which the invitation was e-mailed)
 * @param link       the link; shown only when it was not e-mailed, to hand over
 * @param validUntil when the link stops working
 * @param mailed     whether it was e-mailed (e-mail is set up) rather than to be handed over
 */
public record InvitationLink(String name, String email, String link, Instant validUntil, boolean mailed) {
}
