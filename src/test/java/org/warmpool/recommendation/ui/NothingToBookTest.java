package org.warmpool.recommendation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warmpool.KaribuTest;
import org.warmpool.matching.Candidate;
import org.warmpool.matching.LevelRules;
import org.warmpool.matching.MatchResult;
import org.warmpool.program.ExerciseBias;

class NothingToBookTest extends KaribuTest {

    @Test
    void whenNothingSuitsSoonTheParticipantIsToldTheFirstDateThatDoesAndWhomToAsk() {
        Candidate later = new Candidate(1, LocalDate.of(2027, 4, 6), LocalTime.of(9, 30),
                new LevelRules(1, "Gentle Mobility", 4, 7, new BigDecimal("32.0")), ExerciseBias.FLEXION,
                "Therapy pool", new BigDecimal("34.0"), true, null, null, 6, 0);
        RecommendationList list = new RecommendationList();

        list.show(new MatchResult(null, List.of(), List.of()), () -> Optional.of(later));

        String message = com.github.mvysny.kaributesting.v10.LocatorJ._get(list, Paragraph.class,
                spec -> spec.withId("nothing-to-book")).getText();
        assertThat(message).isEqualTo("No class suits you in the next two weeks. The first class that suits you is "
                + "on Tuesday 6 April, 09:30, Therapy pool (Level 1 Gentle Mobility). Please ask the front desk: "
                + "they can find you a place or put you on a waitlist.");
    }

    @Test
    void withNothingInEightWeeksEitherTheFrontDeskIsStillTheWay() {
        RecommendationList list = new RecommendationList();

        list.show(new MatchResult(null, List.of(), List.of()), Optional::empty);

        assertThat(list.getElement().getTextRecursively()).contains("No class suits you in the next two weeks. "
                + "Please ask the front desk").contains("not medical advice");
    }

    @Test
    void theFrontDeskReadsTheParticipantsNameAndWhatItCanDo() {
        RecommendationList list = new RecommendationList();
        list.speakAbout("Pat Morgan");

        list.show(new MatchResult(null, List.of(), List.of()), Optional::empty);

        assertThat(list.getElement().getTextRecursively())
                .contains("Classes in the next 2 weeks that suit Pat Morgan, best first.")
                .contains("No class suits Pat Morgan in the next two weeks. A class under \"Other classes\"")
                .doesNotContain("ask the front desk");
    }
}
