package org.warmpool.booking;

/**
 * What one cold-water action did.
 *
 * @param classesCancelled the cold classes, all cancelled
 * @param peopleMoved      places moved to a warm class of the same level, that day
 * @param creditsGiven     places that could not be moved: cancelled with a make-up credit
 * @param waitlistTold     people who were waiting for a place in a cold class and were told
 */
public record ColdWaterOutcome(int classesCancelled, int peopleMoved, int creditsGiven, int waitlistTold) {

    /** "3 classes cancelled: 12 people moved to a warm class, 4 given a make-up credit, 2 on a waitlist told." */
    public String describe() {
        return classesCancelled + (classesCancelled == 1 ? " class" : " classes") + " cancelled: "
                + (peopleMoved > 0 ? people(peopleMoved) + " moved to a warm class of the same level, " : "")
                + people(creditsGiven) + " given a make-up credit, " + people(waitlistTold)
                + " on a waitlist told.";
    }

    private static String people(int count) {
        return count + (count == 1 ? " person" : " people");
    }
}
