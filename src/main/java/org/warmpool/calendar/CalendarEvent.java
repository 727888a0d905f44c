package org.warmpool.calendar;

import java.time.LocalDateTime;

/**
 * One class as a calendar event: what a feed or an "Add to calendar" file says about it. Class
 * details only: never anything about anyone's health.
 *
 * @param uid         stable across changes, so that calendar programs update the event in place
 * @param start       its start, clinic date and time
 * @param end         its end, clinic date and time
 * @param sequence    grows whenever the class changes (moved, cancelled), so programs take the newer copy
 */
record CalendarEvent(String uid, LocalDateTime start, LocalDateTime end, String summary, String location,
        String description, State state, long sequence) {

    /** CONFIRMED: a place or a class taught; TENTATIVE: a waitlist place; CANCELLED: called off by the clinic. */
    enum State {
        CONFIRMED, TENTATIVE, CANCELLED
    }
}
