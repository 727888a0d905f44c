package org.warmpool.recommendation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.Focus;
import org.warmpool.matching.Candidate;
import org.warmpool.matching.ClassFilter;
import org.warmpool.matching.MatchResult;
import org.warmpool.matching.ReasonWords;
import org.warmpool.matching.Recommendation;
import org.warmpool.matching.Rejection;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.recommendation.RecommendedClasses;

/**
 * The classes a participant may book in the next two weeks, best first, each with its reasons;
 * and the others with why not. Shown to the participant and, for them, to the front desk. Choices
 * of day, time of day and level narrow the list (the rule is {@link ClassFilter}); the first
 * {@value #FIRST_SHOWN} classes show, and "Show 8 more" shows up to {@value #MORE_SHOWN} more at a
 * time. The classes that do not suit show {@value #OTHERS_SHOWN} at a time too: a chain has
 * thousands in two weeks, and a page of all of them was megabytes to send and to read.
 */
class RecommendationList extends Div {

    static final String NOT_MEDICAL_ADVICE = "These suggestions follow the clinic's rules for pool classes; "
            + "they are not medical advice. If your pain changes suddenly or you feel unwell, contact your doctor.";

    /** How many recommended classes show before "Show more". */
    static final int FIRST_SHOWN = 6;

    /** How many more each press of "Show more" adds. */
    static final int MORE_SHOWN = 10;

    /** How many of the other classes show at a time. */
    static final int OTHERS_SHOWN = 20;

    /** A choice in the day filter: one date, or every one of a weekday. */
    record Day(String label, LocalDate date, DayOfWeek weekday) {
    }

    /**
     * What the list draws: the recommended classes best first and every class (recommended or
     * not) counted by date, time and level; the other classes themselves are read only when shown.
     */
    private record Listing(String blockedBecause, List<Recommendation> recommendations,
            List<RecommendedClasses.Slot> classes) {

        static Listing of(MatchResult result) {
            List<RecommendedClasses.Slot> classes = Stream.concat(
                    result.recommendations().stream().map(Recommendation::session),
                    result.rejections().stream().map(Rejection::session))
                    .map(session -> new RecommendedClasses.Slot(session.date(), session.start(), session.level(), 1))
                    .toList();
            return new Listing(result.blockedBecause(), result.recommendations(), classes);
        }

        static Listing of(RecommendedClasses classes) {
            return new Listing(classes.blockedBecause(), classes.recommendations(), classes.classes());
        }
    }

    /** "you" for the participant; the participant's name when the front desk looks. */
    private String whom = "you";
    private LocalDate today;

    private final Div intro = new Div();
    private final Div filters = new Div();
    private final Select<Day> day = new Select<>();
    private final Select<TimeOfDay> timeOfDay = new Select<>();
    private final Select<Integer> level = new Select<>();
    private final Paragraph count = new Paragraph();
    private final Div results = new Div();

    /**
     * Where the classes come from when the choices change or more are asked for: the result drawn
     * (kept) for the front desk, the participant's own list read again for the participant's page,
     * which then keeps only what it shows (see {@link #showReading}).
     */
    private Supplier<Listing> source;
    /** The classes that do not suit, with their reasons: read when first shown and at each "Show more". */
    private Supplier<List<Rejection>> otherClasses = List::of;
    /** The recommended classes on screen, in order, and the other classes once opened (a page follows them). */
    private final List<Long> onScreen = new ArrayList<>();
    private final List<Long> othersOnScreen = new ArrayList<>();
    private Consumer<List<Long>> onScreenChanged = ids -> { };
    private Supplier<Optional<Candidate>> earliest;
    private CardActions actions = CardActions.NONE;
    private ClassFilter filter = ClassFilter.ALL;
    private int shown = FIRST_SHOWN;
    private boolean updatingChoices;

    RecommendationList() {
        day.setLabel("Day");
        day.setEmptySelectionAllowed(true);
        day.setEmptySelectionCaption("Any day");
        day.setItemLabelGenerator(choice -> choice == null ? "Any day" : choice.label());
        timeOfDay.setLabel("Time of day");
        timeOfDay.setEmptySelectionAllowed(true);
        timeOfDay.setEmptySelectionCaption("Any time");
        timeOfDay.setItemLabelGenerator(time -> time == null ? "Any time" : time.label());
        timeOfDay.setItems(TimeOfDay.values());
        level.setLabel("Level");
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption("Any level");
        day.addValueChangeListener(change -> choose());
        timeOfDay.addValueChangeListener(change -> choose());
        level.addValueChangeListener(change -> choose());
        filters.addClassName("class-filters");
        filters.add(day, timeOfDay, level);
        // Said by screen readers when the choices change the list.
        count.setId("classes-count");
        count.getElement().setAttribute("role", "status");
        add(intro, filters, count, results);
    }

    /** The classes in a result, recommended or not: what a page showing it follows (LiveUpdates). */
    static List<Long> classIds(MatchResult result) {
        return Stream.concat(result.recommendations().stream().map(Recommendation::session),
                result.rejections().stream().map(Rejection::session)).map(Candidate::sessionId).toList();
    }

    void speakAbout(String participantName) {
        this.whom = participantName;
    }

    /** The clinic's today, so that the day choices can say "Today" and "Tomorrow". */
    void today(LocalDate clinicToday) {
        this.today = clinicToday;
    }

    void show(MatchResult result, Supplier<Optional<Candidate>> earliest) {
        show(result, earliest, CardActions.NONE);
    }

    /** The classes with the buttons (or booking state) that {@code actions} gives each. */
    void show(MatchResult result, Supplier<Optional<Candidate>> earliest, CardActions actions) {
        Listing listing = Listing.of(result);
        show(() -> listing, result::rejections, listing, earliest, actions);
    }

    /**
     * As {@link #show(MatchResult, Supplier, CardActions)}, but keeping none of the classes: the
     * recommended ones are read again from {@code source} when the choices change or more are
     * shown, the others from {@code others} when they are opened or more of them are shown. On the
     * whole chain a participant's two weeks are thousands of classes; an open page keeps only the
     * few it shows, and reading the recommended ones reads only the classes that may suit.
     */
    void showReading(Supplier<RecommendedClasses> source, Supplier<List<Rejection>> others,
            Supplier<Optional<Candidate>> earliest, CardActions actions) {
        Supplier<Listing> listings = () -> Listing.of(source.get());
        show(listings, others, listings.get(), earliest, actions);
    }

    /** Told the recommended classes on screen whenever they change (a page follows those). */
    void onScreenChanged(Consumer<List<Long>> listener) {
        this.onScreenChanged = listener;
    }

    private void show(Supplier<Listing> source, Supplier<List<Rejection>> others, Listing result,
            Supplier<Optional<Candidate>> earliest, CardActions actions) {
        this.source = source;
        this.otherClasses = others;
        this.earliest = earliest;
        this.actions = actions;
        intro.removeAll();
        Paragraph disclaimer = new Paragraph(NOT_MEDICAL_ADVICE);
        disclaimer.addClassName("disclaimer");
        if (result.blockedBecause() != null) {
            intro.add(new Paragraph(result.blockedBecause()), disclaimer);
            filters.setVisible(false);
            count.setVisible(false);
            results.removeAll();
            onScreen.clear();
            othersOnScreen.clear();
            tellOnScreen();
            return;
        }
        intro.add(new Paragraph("Classes in the next " + org.warmpool.recommendation.RecommendationService.DEFAULT_DAYS / 7
                + " weeks that suit " + whom + ", best first."), disclaimer);
        offerChoices(result);
        draw(result);
    }

    /** The days and levels of the classes at hand; a choice made before stays when still offered. */
    private void offerChoices(Listing result) {
        List<RecommendedClasses.Slot> sessions = result.classes();
        boolean any = !sessions.isEmpty();
        filters.setVisible(any);
        count.setVisible(any);
        updatingChoices = true;
        Day chosenDay = day.getValue();
        Integer chosenLevel = level.getValue();
        List<Day> days = new ArrayList<>();
        new TreeSet<>(sessions.stream().map(RecommendedClasses.Slot::date).toList())
                .forEach(date -> days.add(new Day(dayLabel(date), date, null)));
        new TreeSet<>(sessions.stream().map(session -> session.date().getDayOfWeek()).toList())
                .forEach(weekday -> days.add(new Day("Every " + ClinicFormats.weekday(weekday), null, weekday)));
        day.setItems(days);
        day.setValue(days.contains(chosenDay) ? chosenDay : null);
        Map<Integer, String> levels = new TreeMap<>();
        sessions.forEach(session -> levels.put(session.level().number(), session.level().title()));
        level.setItems(levels.keySet());
        level.setItemLabelGenerator(number -> number == null ? "Any level" : levels.get(number));
        level.setValue(chosenLevel != null && levels.containsKey(chosenLevel) ? chosenLevel : null);
        updatingChoices = false;
        filter = currentFilter();
    }

    private String dayLabel(LocalDate date) {
        String words = date.format(ClinicFormats.DAY_LONG);
        if (date.equals(today)) {
            return "Today, " + words;
        }
        return today != null && date.equals(today.plusDays(1)) ? "Tomorrow, " + words : words;
    }

    private ClassFilter currentFilter() {
        Day chosen = day.getValue();
        ClassFilter chosenDay = chosen == null ? ClassFilter.ALL
                : chosen.date() != null ? ClassFilter.ALL.onDate(chosen.date()) : ClassFilter.ALL.onWeekday(chosen.weekday());
        return chosenDay.at(timeOfDay.getValue()).atLevel(level.getValue());
    }

    private void choose() {
        if (updatingChoices || source == null) {
            return;
        }
        filter = currentFilter();
        shown = FIRST_SHOWN;
        draw(source.get());
    }

    private void clearChoices() {
        updatingChoices = true;
        day.clear();
        timeOfDay.clear();
        level.clear();
        updatingChoices = false;
        choose();
    }

    /** The recommended classes that match the choices, best first. */
    private List<Recommendation> chosen(Listing all) {
        return filter.equals(ClassFilter.ALL) ? all.recommendations()
                : all.recommendations().stream().filter(r -> filter.matches(r.session())).toList();
    }

    private void draw(Listing all) {
        results.removeAll();
        onScreen.clear();
        othersOnScreen.clear();
        List<Recommendation> chosen = chosen(all);
        int total = all.recommendations().size();
        int matching = chosen.size();
        int othersMatching = all.classes().stream()
                .filter(slot -> filter.matches(slot.date(), slot.start(), slot.level().number()))
                .mapToInt(RecommendedClasses.Slot::count).sum() - matching;
        count.setText(filter.equals(ClassFilter.ALL)
                ? classes(total) + " suit " + whom + "."
                : matching + " of " + classes(total) + " that suit " + whom + " match these choices.");
        if (total == 0) {
            String later = earliest.get().map(first -> "The first class that suits " + whom + " is on "
                    + describe(first) + " (" + first.level().title() + "). ").orElse("");
            String next = "you".equals(whom)
                    ? "Please ask the front desk: they can find you a place or put you on a waitlist."
                    : "A class under \"Other classes\" whose only problem is the level can be booked anyway, "
                    + "with a reason.";
            Paragraph none = new Paragraph("No class suits " + whom + " in the next two weeks. " + later + next);
            none.setId("nothing-to-book");
            results.add(none);
        } else if (matching == 0) {
            Paragraph none = new Paragraph("No class that suits " + whom + " matches these choices. "
                    + "Choose another day, time or level, or see all the classes.");
            none.setId("nothing-matches");
            results.add(none, new Button("Show all classes", click -> clearChoices()));
        } else {
            UnorderedList cards = new UnorderedList();
            cards.setId("recommended");
            cards.addClassName("session-list");
            List<Recommendation> recommendations = chosen;
            recommendations.stream().limit(shown).forEach(r -> cards.add(card(r)));
            results.add(cards);
            if (recommendations.size() > shown) {
                Button more = new Button();
                more.setId("show-more");
                more.addClickListener(click -> showMore(cards, more));
                sayHowManyMore(more, recommendations.size() - shown, MORE_SHOWN, "class", "classes");
                results.add(more);
            }
        }
        tellOnScreen();
        if (othersMatching > 0) {
            Details details = new Details("Other classes you cannot book (" + othersMatching + ")");
            // Made when first opened: on the whole chain they are thousands of lines, each its own
            // components kept in the page's memory, and most people never open them.
            details.getElement().addPropertyChangeListener("opened", "opened-changed", opened -> {
                if (details.isOpened() && details.getContent().findAny().isEmpty()) {
                    UnorderedList others = new UnorderedList();
                    others.setId("other-classes");
                    details.add(others);
                    showMoreOthers(details, others, null);
                }
            });
            results.add(new H2("Other classes"), details);
        }
    }

    /**
     * Adds the next {@value #OTHERS_SHOWN} other classes, read again (see {@link #showReading}),
     * skipping those on screen; "Show more" stays while some are not shown yet.
     */
    private void showMoreOthers(Details details, UnorderedList others, Button pressed) {
        Set<Long> already = Set.copyOf(othersOnScreen);
        List<Rejection> rejections = otherClasses.get().stream().filter(r -> filter.matches(r.session())).toList();
        List<Rejection> next = rejections.stream().filter(r -> !already.contains(r.session().sessionId()))
                .limit(OTHERS_SHOWN).toList();
        List<ListItem> added = next.stream().map(this::other).toList();
        next.forEach(other -> othersOnScreen.add(other.session().sessionId()));
        added.forEach(others::add);
        tellOnScreen();
        Set<Long> nowShown = Set.copyOf(othersOnScreen);
        int rest = (int) rejections.stream().filter(r -> !nowShown.contains(r.session().sessionId())).count();
        Button more = pressed;
        if (rest > 0) {
            if (more == null) {
                more = new Button();
                more.setId("show-more-others");
                Button button = more;
                more.addClickListener(click -> showMoreOthers(details, others, button));
                details.add(more);
            }
            sayHowManyMore(more, rest, OTHERS_SHOWN, "other class", "other classes");
        } else if (more != null) {
            details.remove(more);
        }
        if (pressed != null && !added.isEmpty()) {
            Focus.on(added.get(0));
        }
    }

    private ListItem other(Rejection rejection) {
        ListItem other = new ListItem(new Span(describe(rejection.session()) + ": "
                + ReasonWords.rejection(rejection) + "."));
        Component action = actions.forOther(rejection);
        if (action != null) {
            other.addClassName("other-class");
            other.add(action);
        }
        return other;
    }

    /** "Show 8 more": as many as the next press adds ({@code step} at most) of {@code rest} not shown yet. */
    private static void sayHowManyMore(Button more, int rest, int step, String one, String many) {
        int next = Math.min(rest, step);
        more.setText("Show " + next + " more");
        more.setAriaLabel("Show " + next + " more " + (next == 1 ? one : many));
    }

    private void tellOnScreen() {
        onScreenChanged.accept(Stream.concat(onScreen.stream(), othersOnScreen.stream()).toList());
    }

    /**
     * Adds the next cards, read again (see {@link #showReading}), and moves focus to the first new
     * one, where reading carries on; the button goes once every class shows.
     */
    private void showMore(UnorderedList cards, Button more) {
        Set<Long> already = Set.copyOf(onScreen);
        List<Recommendation> recommendations = chosen(source.get());
        List<ListItem> added = recommendations.stream().filter(r -> !already.contains(r.session().sessionId()))
                .limit(MORE_SHOWN).map(this::card).toList();
        shown = onScreen.size();
        added.forEach(cards::add);
        tellOnScreen();
        Set<Long> nowShown = Set.copyOf(onScreen);
        int rest = (int) recommendations.stream().filter(r -> !nowShown.contains(r.session().sessionId())).count();
        if (rest > 0) {
            sayHowManyMore(more, rest, MORE_SHOWN, "class", "classes");
        } else {
            results.remove(more);
        }
        if (!added.isEmpty()) {
            Focus.on(added.get(0).getChildren().filter(H3.class::isInstance).findFirst().orElse(added.get(0)));
        }
    }

    private static String classes(int number) {
        return number + (number == 1 ? " class" : " classes");
    }

    private ListItem card(Recommendation recommendation) {
        Candidate session = recommendation.session();
        onScreen.add(session.sessionId());
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
