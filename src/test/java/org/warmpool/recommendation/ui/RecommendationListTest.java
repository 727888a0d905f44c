package org.warmpool.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmpool.base.ui.FocusRequests;
import org.warmpool.matching.Candidate;
import org.warmpool.matching.LevelRules;
import org.warmpool.matching.TestResults;
import org.warmpool.participant.TimeOfDay;

/** The recommended classes as a short list with choices of day, time and level (no Spring: seconds). */
class RecommendationListTest {

    private static final LevelRules GENTLE = new LevelRules(1, "Gentle Mobility", 4, 7, new BigDecimal("32.0"));
    private static final LevelRules STRETCH = new LevelRules(2, "Stretch & Strengthen", 2, 5, new BigDecimal("30.0"));
    /** A Saturday: the clinic's today in these tests. */
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 6);

    private RecommendationList list;

    /**
     * Fourteen classes, one a day for two weeks from today: mornings at Level 1 (09:30), except
     * afternoons at Level 2 (14:00) on Tuesdays.
     */
    @BeforeEach
    void fourteenClasses() {
        MockVaadin.setup();
        List<Candidate> sessions = new ArrayList<>();
        for (int day = 0; day < 14; day++) {
            LocalDate date = TODAY.plusDays(day);
            boolean tuesday = date.getDayOfWeek() == java.time.DayOfWeek.TUESDAY;
            sessions.add(TestResults.session(day + 1, tuesday ? STRETCH : GENTLE, date,
                    tuesday ? LocalTime.of(14, 0) : LocalTime.of(9, 30)));
        }
        list = new RecommendationList();
        list.today(TODAY);
        UI.getCurrent().add(list);
        list.show(TestResults.recommending(sessions), Optional::empty);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theFirstSixShowAndShowMoreSaysHowManyMoreThenShowsThemWithFocusOnTheFirstNewClass() {
        assertThat(cards()).hasSize(RecommendationList.FIRST_SHOWN);
        assertThat(count()).isEqualTo("14 classes suit you.");
        Button more = _get(Button.class, spec -> spec.withText("Show 8 more"));
        assertThat(more.getAriaLabel()).hasValue("Show 8 more classes");

        try (FocusRequests focus = FocusRequests.record()) {
            _click(more);
            List<ListItem> cards = cards();
            assertThat(cards).hasSize(14);
            assertThat(focus.focused(_get(cards.get(6), H3.class))).as("focus on the seventh class").isTrue();
        }
        _assertNone(Button.class, spec -> spec.withId("show-more"));
        assertThat(cards()).allSatisfy(card -> assertThat(_get(card, Paragraph.class).getText())
                .as("the reason stays on each card").startsWith("Because "));
    }

    @Test
    void aDayOfTheComingTwoWeeksOrAWeekdayNarrowsTheList() {
        Select<RecommendationList.Day> day = select("Day");
        List<String> labels = day.getListDataView().getItems().map(RecommendationList.Day::label).toList();
        assertThat(labels).startsWith("Today, Saturday 6 March", "Tomorrow, Sunday 7 March", "Monday 8 March")
                .contains("Friday 19 March", "Every Tuesday").hasSize(14 + 7);

        _setValue(day, new RecommendationList.Day("Monday 8 March", TODAY.plusDays(2), null));
        assertThat(cards()).singleElement().extracting(RecommendationListTest::text).asString()
                .contains("Monday 8 March, 09:30");
        assertThat(count()).isEqualTo("1 of 14 classes that suit you match these choices.");

        _setValue(day, new RecommendationList.Day("Every Tuesday", null, java.time.DayOfWeek.TUESDAY));
        assertThat(cards()).hasSize(2).allSatisfy(card -> assertThat(text(card)).contains("Tuesday"));
    }

    @Test
    void aTimeOfDayAndALevelNarrowTheListAndNoMatchOffersAllClassesAgain() {
        _setValue(select("Time of day"), TimeOfDay.AFTERNOON);
        assertThat(cards()).hasSize(2).allSatisfy(card -> assertThat(text(card)).contains("14:00"));

        _setValue(select("Level"), 1);
        _assertNone(ListItem.class, spec -> spec.withClasses("session-card"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("nothing-matches")).getText())
                .startsWith("No class that suits you matches these choices.");

        _click(_get(Button.class, spec -> spec.withText("Show all classes")));
        assertThat(cards()).hasSize(RecommendationList.FIRST_SHOWN);
        assertThat(select("Level").getValue()).isNull();
        assertThat(select("Time of day").getValue()).isNull();
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    private static List<ListItem> cards() {
        return _find(ListItem.class, spec -> spec.withClasses("session-card"));
    }

    private static String count() {
        return _get(Paragraph.class, spec -> spec.withId("classes-count")).getText();
    }

    private static String text(ListItem card) {
        return card.getElement().getTextRecursively();
    }
}
