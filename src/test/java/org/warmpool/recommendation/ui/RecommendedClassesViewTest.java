package org.warmpool.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.participant.Contraindication;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduleTestData;
import org.warmpool.security.Role;

class RecommendedClassesViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock clock;

    private static final String DOCTORS_NOTE = "Booking opens when the front desk has your doctor's note that pool "
            + "exercise is safe for you.";

    @Autowired
    private ParticipantTestData participants;
    @Autowired
    private ScheduleTestData scheduleData;
    @Autowired
    private ScheduleService schedule;
    @Autowired
    private org.warmpool.recommendation.RecommendationService recommendations;
    @Autowired
    private PoolService pools;

    private Registered cleared;
    private Pool warmPool;
    private LocalDate inThreeDays;
    private String start;

    /**
     * A cleared participant (pain 5 for 2 to 11 weeks, not comfortable in deep water), and a Level 2
     * and a Level 3 session in a warm pool of this test's own, three days ahead.
     */
    @BeforeEach
    void clearedParticipantAndWarmPoolSessions() {
        cleared = participants.register("Casey Cleared");
        login(cleared.userId(), cleared.email(), cleared.name(), Role.PARTICIPANT);
        participants.sendIntake(cleared.participantId(), Set.of(), Set.of());

        login("admin@warmpool.example", Role.ADMIN);
        warmPool = scheduleData.warmPool();
        inThreeDays = LocalDate.now(clock).plusDays(3);
        start = LocalTime.of(5, 15).plusMinutes(15L * ThreadLocalRandom.current().nextInt(8)).toString();
        schedule.createSeries(scheduleData.once(scheduleData.level(2), warmPool, inThreeDays, start));
        schedule.createSeries(scheduleData.once(scheduleData.level(3), warmPool, inThreeDays,
                LocalTime.parse(start).plusHours(2).toString()));
    }

    @Test
    void aClearedParticipantSeesTheLevelThatSuitsTheirPainWithReasonsAndWhyTheDeepWaterClassIsNotForThem() {
        logInAs(cleared);

        navigate("classes");

        ListItem card = recommendedCardIn(warmPool.getName());
        assertThat(_get(card, H3.class).getText()).isEqualTo("Level 2 Stretch & Strengthen");
        String reasons = _get(card, Paragraph.class).getText();
        assertThat(reasons).contains("fits its range").contains("34.0 °C pool").contains("seats left");
        Button book = _get(card, Button.class, spec -> spec.withText("Book"));
        assertThat(book.isEnabled()).isTrue();
        assertThat(book.getAriaLabel()).hasValue("Book Level 2 Stretch & Strengthen on "
                + inThreeDays.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.UK))
                + " at " + start);
        assertThat(otherClassesIn(warmPool.getName())).singleElement().asString()
                .contains("level 3 needs comfort in deep water");
        assertThat(_get(Details.class).getSummaryText()).startsWith("Other classes you cannot book (");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("disclaimer")).getText())
                .contains("not medical advice");
    }

    @Test
    void aClassInAPoolColderThanItsLevelNeedsIsListedAmongTheOthersWithTheTemperatures() {
        login("admin@warmpool.example", Role.ADMIN);
        Pool coolPool = pools.save(new Pool("Cool pool " + UUID.randomUUID().toString().substring(0, 8),
                new BigDecimal("30.0"), new BigDecimal("1.00"), new BigDecimal("1.40"), true, 10));
        schedule.createSeries(scheduleData.once(scheduleData.level(1), coolPool, inThreeDays, start));
        logInAs(cleared);

        navigate("classes");

        assertThat(otherClassesIn(coolPool.getName())).singleElement().asString()
                .contains(coolPool.getName() + " is 30.0 °C; level 1 needs 32.0 °C");
        assertThat(recommendedCards()).noneMatch(card -> textOf(card).contains(coolPool.getName()));
    }

    @Test
    void aParticipantWaitingForMedicalClearanceIsToldBookingOpensWithTheDoctorsNoteAndSeesNoClasses() {
        Registered waiting = participants.register("Wyn Waiting");
        logInAs(waiting);
        participants.sendIntake(waiting.participantId(), Set.of(), Set.of(Contraindication.RECENT_SURGERY));

        navigate("classes");

        _get(Paragraph.class, spec -> spec.withText(DOCTORS_NOTE));
        _assertNone(UnorderedList.class, spec -> spec.withId("recommended"));
        _assertNone(UnorderedList.class, spec -> spec.withId("other-classes"));
        _assertNone(Button.class, spec -> spec.withText("Book"));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("disclaimer")).getText())
                .contains("not medical advice");
    }

    @Test
    void theFrontDeskSeesTheParticipantsRecommendedClassButAParticipantCannotOpenAnotherOnesPage() {
        login("desk@warmpool.example", Role.FRONT_DESK);

        navigate("participant-classes/" + cleared.participantId());

        ListItem card = recommendedCardIn(warmPool.getName());
        assertThat(_get(card, H3.class).getText()).isEqualTo("Level 2 Stretch & Strengthen");
        assertThat(_get(card, Paragraph.class).getText()).contains("fits its range");
        assertThat(otherClassesIn(warmPool.getName())).singleElement().asString()
                .contains("level 3 needs comfort in deep water");

        Registered other = participants.register("Ola Other");
        logInAs(other);
        navigate("participant-classes/" + cleared.participantId());

        assertThat(_get(H1.class, spec -> spec.withText("Page not available")).isVisible()).isTrue();
        _assertNone(UnorderedList.class, spec -> spec.withId("recommended"));
    }

    /**
     * The page reads only the classes that may suit; what it says must still be what matching every
     * class says: how many suit, how many others there are (for any choice of level), and each other
     * class listed once with its reasons.
     */
    @Test
    void theCountsAndTheOtherClassesAreThoseOfMatchingEveryClass() {
        logInAs(cleared);
        org.warmpool.matching.MatchResult every = recommendations.forMe(14);

        navigate("classes");

        assertThat(_get(Paragraph.class, spec -> spec.withId("classes-count")).getText())
                .isEqualTo(every.recommendations().size() + (every.recommendations().size() == 1 ? " class" : " classes")
                        + " suit you.");
        assertThat(_get(Details.class).getSummaryText())
                .isEqualTo("Other classes you cannot book (" + every.rejections().size() + ")");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Level")), 3);
        long level3 = every.rejections().stream().filter(r -> r.session().level().number() == 3).count();
        assertThat(_get(Details.class).getSummaryText()).isEqualTo("Other classes you cannot book (" + level3 + ")");
        showAll();
        List<String> lines = _find(_get(UnorderedList.class, spec -> spec.withId("other-classes")), ListItem.class)
                .stream().map(RecommendedClassesViewTest::textOf).toList();
        assertThat(lines).hasSize((int) level3);
        every.rejections().stream().filter(r -> r.session().level().number() == 3).forEach(r -> assertThat(lines)
                .anyMatch(line -> line.contains(org.warmpool.matching.ReasonWords.rejection(r))));
    }

    private void logInAs(Registered participant) {
        login(participant.userId(), participant.email(), participant.name(), Role.PARTICIPANT);
    }

    private static List<ListItem> recommendedCards() {
        showAll();
        return _find(ListItem.class, spec -> spec.withClasses("session-card"));
    }

    /** The one recommended card for a session in this pool. */
    private static ListItem recommendedCardIn(String poolName) {
        showAll();
        UnorderedList recommended = _get(UnorderedList.class, spec -> spec.withId("recommended"));
        List<ListItem> cards = _find(recommended, ListItem.class).stream()
                .filter(card -> textOf(card).contains(poolName)).toList();
        assertThat(cards).as("recommended cards in " + poolName).hasSize(1);
        return cards.get(0);
    }

    /** What the other classes in this pool say, one line each. */
    private static List<String> otherClassesIn(String poolName) {
        showAll();
        UnorderedList others = _get(UnorderedList.class, spec -> spec.withId("other-classes"));
        return _find(others, ListItem.class).stream().map(RecommendedClassesViewTest::textOf)
                .filter(text -> text.contains(poolName)).toList();
    }

    /**
     * The lists show the first few classes, and the other classes only once opened, as the
     * participant does; this test's classes may be further down.
     */
    private static void showAll() {
        _find(Details.class).forEach(details -> details.setOpened(true));
        for (String more : List.of("show-more", "show-more-others")) {
            while (!_find(Button.class, spec -> spec.withId(more)).isEmpty()) {
                _click(_get(Button.class, spec -> spec.withId(more)));
            }
        }
    }

    private static String textOf(ListItem item) {
        return item.getElement().getTextRecursively();
    }
}
