package org.warmpool.participant.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Cards at the top of the front desk's page about a participant: each a heading, a few lines and
 * a link to the full list. The booking feature answers with the next classes and the open make-up
 * credits (it builds on this feature, so this one only knows the interface).
 */
public interface ParticipantAtAGlance {

    /** New cards for this participant, for the front desk and administrators. */
    List<Component> cards(long participantId, String name);
}
