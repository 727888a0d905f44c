package org.warmpool.notification;

import org.warmpool.base.ClinicFormats;
import org.warmpool.booking.BookingNotice;

/** What each message says, in plain and friendly words. */
final class NotificationTexts {


    private static final String CANCEL_HINT = " If you cannot come, please cancel in the app or call the front "
            + "desk, so that someone else can have the place.";

    record Text(String title, String body) {
    }

    private NotificationTexts() {
    }

    static Text of(BookingNotice notice) {
        String classAt = notice.sessionTitle() + ", " + notice.date().format(ClinicFormats.DAY_SHORT) + " at "
                + notice.start().format(ClinicFormats.TIME) + " in " + notice.poolName();
        switch (notice.kind()) {
            case CONFIRMED:
                return new Text("Your place is booked", "Your place is booked: " + classAt + "." + CANCEL_HINT);
            case WAITLISTED:
                return new Text("You are on the waitlist", "You are number " + notice.waitlistPosition()
                        + " on the waitlist for " + classAt + ". If a place comes free, we will give it to you "
                        + "and tell you straight away.");
            case PROMOTED:
                return new Text("A place came free: you are booked", "Good news: a place came free and it is "
                        + "yours. You are booked for " + classAt + "." + CANCEL_HINT);
            case CANCELLED_BY_CLINIC:
                String reason = notice.detail() == null || notice.detail().isBlank() ? ""
                        : " The reason: " + notice.detail().strip() + (notice.detail().strip().endsWith(".") ? "" : ".");
                String credit = notice.creditValidUntil() == null
                        ? " You were on the waitlist for it, so nothing else changes for you."
                        : " We are sorry for the trouble. You have a make-up credit for one place in any class "
                                + "that suits you, valid until "
                                + notice.creditValidUntil().format(ClinicFormats.DAY_SHORT_YEAR) + ".";
                return new Text("Class cancelled by the clinic", "The clinic had to cancel " + classAt + "."
                        + reason + credit);
            case REMINDER:
                return new Text("See you tomorrow", "A friendly reminder of your class tomorrow: " + classAt
                        + ". Please bring a towel and something to drink." + CANCEL_HINT);
            case MOVED:
                return new Text("Your class has moved", "Please note: your class " + notice.sessionTitle()
                        + " that was on " + notice.detail() + " is now on "
                        + notice.date().format(ClinicFormats.DAY_SHORT) + " at "
                        + notice.start().format(ClinicFormats.TIME) + " in " + notice.poolName()
                        + ". Your place is kept."
                        + CANCEL_HINT);
            default:
                throw new IllegalArgumentException("No text for " + notice.kind());
        }
    }
}
