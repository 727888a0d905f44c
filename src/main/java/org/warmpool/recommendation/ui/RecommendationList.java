package org.warmpool.recommendation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import java.util.function.Supplier;
import org.warmpool.base.ClinicFormats;
import org.warmpool.matching.Candidate;
import org.warmpool.matching.MatchResult;
import org.warmpool.matching.ReasonWords;
import org.warmpool.matching.Recommendation;
import org.warmpool.matching.Rejection;

/**
 * The classes a participant may book in the next two weeks, best first, each with its reasons;
 * and the others with why not. Shown to the participant and, for them, to the front desk.
 */
class RecommendationList extends Div {

    static final String NOT_MEDICAL_ADVICE = "These suggestions follow the clinic's rules for pool classes; "
            + "they are not medical advice. If your pain changes suddenly or you feel unwell, contact your doctor.";

    /** "you" for the participant; the participant's name when the front desk looks. */
    private String whom = "you";

    void speakAbout(String participantName) {
        this.whom = participantName;
    }

    void show(MatchResult result, Supplier<Optional<Candidate>> earliest) {
        show(result, earliest, CardActions.NONE);
    }

    /** The classes with the buttons (or booking state) that {@code actions} gives each. */
    void show(MatchResult result, Supplier<Optional<Candidate>> earliest, CardActions actions) {
        removeAll();
        Paragraph disclaimer = new Paragraph(NOT_MEDICAL_ADVICE);
        disclaimer.addClassName("disclaimer");
        if (result.blockedBecause() != null) {
            add(new Paragraph(result.blockedBecause()), disclaimer);
            return;
        }
        add(new Paragraph("Classes in the next " + org.warmpool.recommendation.RecommendationService.DEFAULT_DAYS / 7
                + " weeks that suit " + whom + ", best first."), disclaimer);
        if (result.recommendations().isEmpty()) {
            String later = earliest.get().map(first -> "The first class that suits " + whom + " is on "
                    + describe(first) + " (" + first.level().title() + "). ").orElse("");
            String next = "you".equals(whom)
                    ? "Please ask the front desk: they can find you a place or put you on a waitlist."
                    : "A class under \"Other classes\" whose only problem is the level can be booked anyway, "
                    + "with a reason.";
            Paragraph none = new Paragraph("No class suits " + whom + " in the next two weeks. " + later + next);
            none.setId("nothing-to-book");
            add(none);
        } else {
            UnorderedList cards = new UnorderedList();
            cards.setId("recommended");
            cards.addClassName("session-list");
            result.recommendations().forEach(r -> cards.add(card(r, actions)));
            add(cards);
        }
        if (!result.rejections().isEmpty()) {
            UnorderedList others = new UnorderedList();
            others.setId("other-classes");
            for (Rejection rejection : result.rejections()) {
                ListItem other = new ListItem(new Span(describe(rejection.session()) + ": "
                        + ReasonWords.rejection(rejection) + "."));
                Component action = actions.forOther(rejection);
                if (action != null) {
                    other.addClassName("other-class");
                    other.add(action);
                }
                others.add(other);
            }
            Details details = new Details("Other classes you cannot book (" + result.rejections().size() + ")",
                    others);
            add(new H2("Other classes"), details);
        }
    }

    private static ListItem card(Recommendation recommendation, CardActions actions) {
        Candidate session = recommendation.session();
        ListItem card = new ListItem();
        card.addClassName("session-card");
        card.addClassName("level-" + session.level().number());
        card.add(new H3(session.level().title()), new Span(describe(session)),
                new Paragraph(ReasonWords.because(recommendation) + "."));
        Component action = actions.forRecommended(recommendation);
        if (action != null) {
            card.add(action);
        }
        return card;
    }

    private static String describe(Candidate session) {
        return session.date().atTime(session.start()).format(ClinicFormats.DAY_LONG_TIME) + ", " + session.poolName()
                + (session.instructorName() == null ? "" : ", with " + session.instructorName());
    }
}
