package org.warmpool.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * A class's card on the schedule week as a browser draws it: the day's list is sent as one piece of
 * HTML, so the card is read from that HTML, and clicked as the browser reports a click on it.
 */
public final class WeekCard {

    private final SessionList list;
    private final long sessionId;
    private final org.jsoup.nodes.Element item;

    private WeekCard(SessionList list, long sessionId, org.jsoup.nodes.Element item) {
        this.list = list;
        this.sessionId = sessionId;
        this.item = item;
    }

    /** The cards inside {@code root}, in the order shown. */
    public static List<WeekCard> in(Component root) {
        List<WeekCard> cards = new ArrayList<>();
        for (SessionList list : _find(root, SessionList.class)) {
            for (org.jsoup.nodes.Element item : Jsoup.parseBodyFragment(list.getElement().getProperty("innerHTML", ""))
                    .body().children()) {
                long id = Long.parseLong(item.selectFirst("button").attr("data-session"));
                cards.add(new WeekCard(list, id, item));
            }
        }
        return cards;
    }

    /** The cards of the whole page. */
    public static List<WeekCard> shown() {
        return in(UI.getCurrent());
    }

    /** The card's text, as its button's accessible name. */
    public String text() {
        return item.wholeText();
    }

    /** The text of the card's line with this class name ("session-places"). */
    public String part(String className) {
        return item.selectFirst("." + className).wholeText();
    }

    public boolean hasClassName(String className) {
        return item.hasClass(className);
    }

    public long sessionId() {
        return sessionId;
    }

    /** A click on the card (or Enter or Space on its button), as the browser reports it. */
    public void click() {
        JsonObject data = Json.createObject();
        data.put(SessionList.CLICKED_SESSION, String.valueOf(sessionId));
        BasicUtilsKt._fireDomEvent(list, "click", data);
    }

    @Override
    public String toString() {
        return text();
    }
}
