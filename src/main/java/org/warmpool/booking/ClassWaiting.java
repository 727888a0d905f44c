package org.warmpool.booking;

/** A class and the number of people in its waitlist now (a query's row). */
record ClassWaiting(long sessionId, int waiting) {
}
