package org.warmpool.report;

/**
 * Utilisation figures for a group of classes (a level, a pool, a weekday, an hour, one cell of the
 * weekday x hour map, or the whole period).
 *
 * <ul>
 * <li>held: classes not cancelled by the clinic that have started (classes still to come are left out);</li>
 * <li>cancelled: classes the clinic cancelled;</li>
 * <li>offered: the places of the classes held (their capacity); a cancelled class offers none;</li>
 * <li>booked: confirmed bookings in the classes held, marked attended, no-show or not marked
 *     (cancelled bookings and people still on a waitlist are not booked);</li>
 * <li>attended: confirmed bookings marked attended.</li>
 * </ul>
 * The fill rates are booked / offered and attended / offered, in whole per cent, rounded half up;
 * none when nothing was offered.
 */
public record Figures(String label, int held, int cancelled, long offered, long booked, long attended) {

    public static Figures none(String label) {
        return new Figures(label, 0, 0, 0, 0, 0);
    }

    Figures plus(SessionFigures session, boolean isHeld) {
        if (session.cancelledByClinic()) {
            return new Figures(label, held, cancelled + 1, offered, booked, attended);
        }
        if (!isHeld) {
            return this;
        }
        return new Figures(label, held + 1, cancelled, offered + session.capacity(), booked + session.booked(),
                attended + session.attended());
    }

    /** Booked as a share of the places offered, in per cent; null when no place was offered. */
    public Integer bookedRate() {
        return rate(booked);
    }

    /** Attended as a share of the places offered, in per cent; null when no place was offered. */
    public Integer attendedRate() {
        return rate(attended);
    }

    private Integer rate(long part) {
        return offered == 0 ? null : (int) ((part * 200 + offered) / (offered * 2));
    }

    /** "75%", or "-" when nothing was offered. */
    public static String percent(Integer rate) {
        return rate == null ? "-" : rate + "%";
    }
}
