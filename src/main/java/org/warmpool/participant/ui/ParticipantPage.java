package org.warmpool.participant.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;

/**
 * A staff page about one participant, opened as {@code <route>/<participant id>}: the participant's
 * record, their recommended classes, their progress. It keeps the id and draws the page anew when
 * it opens and after every change. A service that refuses the data is not caught: the refusal
 * reaches the error view, which shows "Page not available".
 */
public abstract class ParticipantPage extends Main implements HasUrlParameter<Long> {

    private long participantId;

    protected ParticipantPage() {
        addClassName("home-view");
    }

    @Override
    public final void setParameter(BeforeEvent event, Long participantId) {
        this.participantId = participantId;
        show();
    }

    /** The participant this page is about. */
    protected final long participantId() {
        return participantId;
    }

    /** Draws the page again from what the services answer now. */
    protected final void show() {
        removeAll();
        draw(participantId);
    }

    /** Adds the page's content for this participant; the page is empty when called. */
    protected abstract void draw(long participantId);
}
