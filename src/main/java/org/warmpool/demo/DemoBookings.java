package org.warmpool.demo;

import java.util.List;
import org.warmpool.booking.BookingService;
import org.warmpool.matching.Recommendation;
import org.warmpool.recommendation.RecommendationService;

/** Each cleared demo participant has a place in their two best recommended classes. */
class DemoBookings {

    private static final int PLACES_EACH = 2;

    private final RecommendationService recommendations;
    private final BookingService bookings;

    DemoBookings(RecommendationService recommendations, BookingService bookings) {
        this.recommendations = recommendations;
        this.bookings = bookings;
    }

    void load(List<Long> participantIds) {
        for (long participantId : participantIds) {
            List<Recommendation> best = recommendations.forParticipant(participantId, 14).recommendations();
            int booked = 0;
            for (Recommendation recommendation : best) {
                if (booked == PLACES_EACH) {
                    break;
                }
                try {
                    bookings.bookFor(participantId, recommendation.session().sessionId(), false, null);
                    booked++;
                } catch (org.warmpool.base.RuleViolationException overlapsAnother) {
                    // Two of the best can be at the same time; take the next one.
                }
            }
        }
    }
}
