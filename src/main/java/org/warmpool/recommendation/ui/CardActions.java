package org.warmpool.recommendation.ui;

import com.vaadin.flow.component.Component;
import org.warmpool.matching.Recommendation;
import org.warmpool.matching.Rejection;

/** What a class in the list offers besides its reasons: booking buttons, or what is booked already. */
public interface CardActions {

    /** No actions: the list only informs. */
    CardActions NONE = new CardActions() {
        @Override
        public Component forRecommended(Recommendation recommendation) {
            return null;
        }
    };

    /** The buttons or booking state for a recommended class; null for none. */
    Component forRecommended(Recommendation recommendation);

    /** The buttons or booking state for a class that does not suit; null for none. */
    default Component forOther(Rejection rejection) {
        return null;
    }
}
